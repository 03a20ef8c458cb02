package quotes

import (
	"strings"
	"unicode/utf8"
)

// attr is a found attribution: the cue word and the token range [a, b) of
// the speaker phrase (global token indices).
type attr struct {
	cue  string
	a, b int
	dist int // tokens between the quote mark and the cue
	// implicit: no subject phrase ("», ha aggiunto."): the speaker is the
	// person the previous sentences are about.
	implicit bool
}

// isStop reports tokens that end a reporting clause.
func isStop(t token) bool {
	if t.word {
		return false
	}
	switch t.text {
	case ".", "!", "?", ";", ":", "\"", "“", "”", "„", "«", "»", "‘", "’", "…":
		return true
	}
	return false
}

func isDash(t token) bool {
	return t.text == "—" || t.text == "–" || t.text == "-" || t.text == ","
}

// attrAfter looks for a reporting clause at the start of toks[i:j] (the
// text after a closing quote mark): "X said", "said X", "X told Y",
// "according to X", "a-t-il déclaré", "so Müller".
func (d *doc) attrAfter(i, j int) (attr, bool) {
	k := i
	for k < j && !d.toks[k].word && isDash(d.toks[k]) {
		k++
	}
	if k >= j || isStop(d.toks[k]) {
		return attr{}, false
	}
	if n, ok := d.according(k); ok {
		if a, b, ok := d.npAfter(n, j); ok {
			return attr{"according to", a, b, n - i, false}, true
		}
	}
	// Cue first: "said X", "ha detto X", "a-t-il déclaré".
	v := k
	for v < j && v-k < 2 && d.toks[v].word && auxAdverbs[d.toks[v].lower] {
		if p := invertedPronoun(d.toks[v].text); p != "" && v+1 < j && isCue(d.toks, v+1) != "" {
			return attr{isCue(d.toks, v+1), v, v + 1, v + 1 - i, false}, true
		}
		v++
	}
	if v < j {
		if cue := isCue(d.toks, v); cue != "" {
			if invertedPronoun(d.toks[v].text) != "" {
				return attr{cue, v, v + 1, v - i, false}, true
			}
			if a, b, ok := d.npAfter(v+1, j); ok {
				return attr{cue, a, b, v - i, false}, true
			}
			if v+1 >= j || isStop(d.toks[v+1]) {
				return attr{cue, v, v + 1, v - i, true}, true
			}
		}
	}
	// Speaker first: "X said", "an official told reporters".
	for c := k; c < j && c-k < 24; c++ {
		if isStop(d.toks[c]) && !d.abbrevDot(c) {
			break
		}
		if cue := isCue(d.toks, c); cue != "" {
			if a, b, ok := d.npBefore(k, c); ok {
				return attr{cue, a, b, c - i, false}, true
			}
			return attr{}, false
		}
	}
	return attr{}, false
}

// attrBefore looks for a reporting clause in toks[i:j] (the text before an
// opening quote mark) whose cue is followed by at most a short tail: "X
// said:", "X said on the phone:", "X told a court that ...", "X called it",
// "According to X,".
func (d *doc) attrBefore(i, j int) (attr, bool) {
	for c := j - 1; c >= i && j-c <= 30; c-- {
		t := d.toks[c]
		if isStop(t) && t.text != ":" {
			return attr{}, false
		}
		lw := t.lower
		if n, ok := d.according(c); ok && c >= i {
			// "According to X, “…”", "Secondo la presidente, Anna Ricci, «…»"
			if a, b, ok := d.npAfter(n, j); ok && (j-b <= 2 || j-b <= 10 && d.toks[j-1].text == ",") {
				return attr{"according to", a, b, j - b, false}, true
			}
		}
		cue := isCue(d.toks, c)
		if cue == "" && partialCues[lw] && j-c <= 7 {
			cue = lw
		}
		if cue == "" && colonCues[lw] && j-c == 2 && d.toks[j-1].text == ":" {
			cue = lw // "A leaked memo read: “…”"
		}
		if cue == "" {
			continue
		}
		if strings.HasSuffix(cue, "ing") && d.toks[c-1].text == "," {
			// "Ma called, saying he was “…”": the subject of the sentence.
			if a, b, ok := d.firstPersonIn(i, c); ok {
				return attr{cue, a, b, j - 1 - c, false}, true
			}
			if a, b, ok := d.subjectNP(i, c); ok {
				return attr{cue, a, b, j - 1 - c, false}, true
			}
			return attr{}, false
		}
		if a, b, ok := d.npBefore(i, c); ok {
			return attr{cue, a, b, j - 1 - c, false}, true
		}
		// Verb-first languages: "dijo Vidal:", "ha detto Ferri:".
		if d.lang != "en" && d.lang != "" && !partialCues[lw] && c+1 < j && d.toks[c+1].cap {
			if a, b, ok := d.npAfter(c+1, j); ok {
				return attr{cue, a, b, j - 1 - c, false}, true
			}
		}
		return attr{}, false
	}
	return attr{}, false
}

// firstPersonIn returns the token range of the first person mention in
// toks[i:j] outside quotes.
func (d *doc) firstPersonIn(i, j int) (int, int, bool) {
	for x := i; x < j; x++ {
		t := d.toks[x]
		if !t.cap || d.inQuote(t.start) {
			continue
		}
		if m := d.mentionAt(t.start); m != nil && m.kind == 'p' {
			e := x
			for e < j && d.toks[e].start < m.End {
				e++
			}
			return x, e, true
		}
	}
	return 0, 0, false
}

// subjectNP returns the phrase that opens the clause toks[i:c] when it is
// capitalised: "The Association of Freight Carriers (opposed …)".
func (d *doc) subjectNP(i, c int) (int, int, bool) {
	a := i
	for a < c && (!d.toks[a].word || stopCaps[d.toks[a].lower]) {
		a++
	}
	e := a
	for e < c {
		t := d.toks[e]
		if !t.word {
			break
		}
		lw := t.lower
		if !t.cap && !((lw == "of" || lw == "for" || lw == "and") && e+1 < c && d.toks[e+1].cap) {
			break
		}
		e++
	}
	if e == a || !d.toks[a].cap {
		return 0, 0, false
	}
	return a, e, true
}

// according reports an "according to" cue at token k.
func (d *doc) according(k int) (int, bool) {
	if strings.EqualFold(d.toks[k].text, "so") && d.lang != "de" {
		return 0, false
	}
	return isAccording(d.toks, k)
}

// npAfter returns the speaker phrase starting at token k: a name (with
// titles), a pronoun or a short descriptive phrase, up to punctuation or a
// preposition that starts an adverbial ("in a statement").
func (d *doc) npAfter(k, j int) (int, int, bool) {
	if k >= j {
		return 0, 0, false
	}
	first := d.toks[k]
	lw := first.lower
	if !first.word {
		return 0, 0, false
	}
	if !first.cap && !determiners[lw] && pronoun(lw, d.lang) == 0 && !roleNouns[lw] {
		// "incident commander Rosa Delgado": a lower-case role before a name
		x := k
		for x < j && x-k < 4 && d.toks[x].word && !d.toks[x].cap && !prepositions[d.toks[x].lower] {
			x++
		}
		if x == k || x >= j || !d.toks[x].cap {
			return 0, 0, false
		}
	}
	if pronoun(lw, d.lang) != 0 {
		return k, k + 1, true
	}
	descriptive := !first.cap || stopCaps[lw]
	e := k
	for e < j && e-k < 12 {
		t := d.toks[e]
		if !t.word {
			if t.text == "." && e > k && (utf8.RuneCountInString(d.toks[e-1].text) == 1 || titles[d.toks[e-1].lower]) {
				e++
				continue
			}
			if t.text == "-" || t.text == "&" {
				e++
				continue
			}
			break
		}
		tl := t.lower
		if e > k && prepositions[tl] && !(descriptive && (tl == "for" || tl == "of" || tl == "at")) {
			break
		}
		if e > k && !t.cap && !descriptive && !particles[tl] {
			break // "said Ma recounting"
		}
		if e > k && !t.cap && (cueVerbs[tl] || strings.HasSuffix(tl, "ing")) {
			break
		}
		e++
	}
	for e > k && !d.toks[e-1].word {
		e--
	}
	if e <= k {
		return 0, 0, false
	}
	// "dijo el alcalde, Andrés Quintero": the name in apposition.
	if descriptive && e+1 < j && d.toks[e].text == "," && d.toks[e+1].cap {
		if m := d.mentionAt(d.toks[e+1].start); m != nil && m.kind == 'p' && m.Start == d.toks[e+1].start {
			x := e + 1
			for x < j && d.toks[x].start < m.End {
				x++
			}
			return e + 1, x, true
		}
	}
	return k, e, true
}

// determiners may open a descriptive speaker phrase.
var determiners = words("a an the one another two three several some many most his her their its " +
	"our un une le la les el los las il lo gli der die das ein eine ihr ihre sein seine deren " +
	"dessen son sa ses leur su sus suo sua")

// npBefore returns the speaker phrase that ends right before the cue at
// token c, looking back no further than token i: auxiliaries and adverbs
// are skipped ("Ma reportedly told"), an appositive ("X, one of H's
// lawyers, said") gives way to the name before it, and an introductory
// clause ("According to court records, Ma Yun said") is cut off.
func (d *doc) npBefore(i, c int) (int, int, bool) {
	e := c
	for e > i {
		t := d.toks[e-1]
		lw := t.lower
		if t.word && !t.cap && (auxAdverbs[lw] || (strings.HasSuffix(lw, "ly") && len(lw) > 4)) {
			e--
			continue
		}
		break
	}
	// "A friend called and told": drop "called and".
	if e-i >= 3 && strings.EqualFold(d.toks[e-1].text, "and") && !d.toks[e-2].cap {
		e -= 2
	}
	if e <= i {
		return 0, 0, false
	}
	// Appositives: "NAME, 45, ROLE, who …," before the cue.
	if d.toks[e-1].text == "," {
		return d.appositive(i, e-1)
	}
	return d.trimLead(d.clauseStart(i, e), e)
}

// appositive picks the speaker among the comma-separated segments of
// toks[i:e] (the clause before a cue, its last comma removed): the first
// segment that is a person's name ("Clara X, one of H's lawyers,"; "Its
// president, Tomasz Wiecek,"), else a proper name after a descriptive one
// ("The host, Portugal,"), else the first segment that does not open like
// a relative or participle clause, an age or a prepositional phrase
// ("An official, speaking on condition of anonymity,"; "The senator, a
// Republican from Utah,").
func (d *doc) appositive(i, e int) (int, int, bool) {
	start := i
	for x := e - 1; x >= i; x-- {
		if isStop(d.toks[x]) && !d.abbrevDot(x) {
			start = x + 1
			break
		}
	}
	type seg struct{ a, b int }
	var segs []seg
	a := start
	for x := start; x <= e; x++ {
		if x == e || d.toks[x].text == "," {
			if a < x {
				segs = append(segs, seg{a, x})
			}
			a = x + 1
		}
	}
	if len(segs) > 6 {
		segs = segs[len(segs)-6:]
	}
	for _, g := range segs {
		if x, y, ok := d.trimLead(g.a, g.b); ok && d.headIsName(x, y) {
			return x, y, true
		}
	}
	for k := 1; k < len(segs); k++ {
		if d.isProper(segs[k].a, segs[k].b) && !d.toks[segs[k-1].b-1].cap {
			return d.trimLead(segs[k].a, segs[k].b)
		}
	}
	for _, g := range segs {
		if first := d.toks[g.a]; first.word && prepositions[first.lower] {
			continue // "In a statement,"
		}
		x, y, ok := d.trimLead(g.a, g.b)
		if !ok {
			continue
		}
		f := d.toks[x]
		if f.cap || determiners[f.lower] {
			return x, y, true
		}
	}
	return 0, 0, false
}

// abbrevDot reports a period that ends an abbreviation rather than a
// sentence: "Sen.", "D-N.M.,", "J. Smith".
func (d *doc) abbrevDot(x int) bool {
	t := d.toks[x]
	if t.text != "." || x == 0 || x+1 >= len(d.toks) {
		return false
	}
	p, n := d.toks[x-1], d.toks[x+1]
	if !p.word || p.end != t.start {
		return false
	}
	return n.text == "," || (n.word && !n.cap) || titles[p.lower] || len(p.text) == 1
}

// clauseStart returns the first token after the last comma, colon or
// stop in toks[i:e].
func (d *doc) clauseStart(i, e int) int {
	for x := e - 1; x >= i; x-- {
		t := d.toks[x]
		if t.text == ")" { // "(CCDI)" belongs to the phrase
			for x > i && d.toks[x].text != "(" {
				x--
			}
			continue
		}
		if t.text == "," || t.text == "(" || isStop(t) && !d.abbrevDot(x) {
			return x + 1
		}
	}
	return i
}

// trimLead drops leading subordinators and fillers from toks[a:e].
func (d *doc) trimLead(a, e int) (int, int, bool) {
	for a < e {
		t := d.toks[a]
		lw := t.lower
		if !t.word || npLeadStrip[lw] {
			a++
			continue
		}
		if _, ok := isAccording(d.toks, a); ok {
			a += 2
			continue
		}
		break
	}
	if a >= e || e-a > 14 {
		return 0, 0, false
	}
	// "a case the judge (called)": the last determiner not inside a
	// prepositional phrase starts the subject.
	for x := e - 1; x > a; x-- {
		lw := d.toks[x].lower
		if prepositions[lw] {
			break
		}
		if (lw == "the" || lw == "a" || lw == "an") && !prepositions[d.toks[x-1].lower] {
			a = x
			break
		}
	}
	// A phrase that is all lower-case function words is no speaker.
	for x := a; x < e; x++ {
		if d.toks[x].word {
			return a, e, true
		}
	}
	return 0, 0, false
}

// isProper reports whether toks[a:e] is exactly one capitalised mention.
func (d *doc) isProper(a, e int) bool {
	if a >= e || !d.toks[a].cap {
		return false
	}
	m := d.mentionAt(d.toks[a].start)
	return m != nil && m.Start == d.toks[a].start && m.End >= d.toks[e-1].end-3
}

// headIsName reports whether the last word of toks[a:e] belongs to a
// person mention.
func (d *doc) headIsName(a, e int) bool {
	for x := e - 1; x >= a; x-- {
		if d.toks[x].word {
			m := d.mentionAt(d.toks[x].start)
			return m != nil && m.kind == 'p'
		}
	}
	return false
}
