package quotes

import (
	"strings"
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

// closingCues may close a sentence with its speaker after a comma ("…,
// said Ana Lee, a lawyer."); "told" and "asked" take an object there.
var closingCues = words("said says added adds wrote writes")

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
	for c := k; c < j && c-k < 48; c++ {
		if isStop(d.toks[c]) && !d.abbrevDot(c) {
			break
		}
		if cue := isCue(d.toks, c); cue != "" {
			// "There is “no dispute” among lawyers, said Ana Lee.": the
			// clause that closes the sentence
			if d.toks[c-1].text == "," && closingCues[cue] {
				if a, b, ok := d.npAfter(c+1, j); ok && (b == j || isStop(d.toks[b]) || d.toks[b].text == ",") {
					return attr{cue, a, b, c - i, false}, true
				}
			}
			if c-k >= 24 {
				continue
			}
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
	// "Lee told MPs the inquiry only asked for it “weeks ago”": a
	// reporting clause inside reported speech gives way to the person
	// reporting it
	var inner attr
	innerOK := false
	for c := j - 1; c >= i && j-c <= 40; c-- {
		a, ok, stop := d.attrBeforeAt(i, j, c)
		if ok && !innerOK && j-c > 30 {
			break
		}
		if ok && d.personish(a) {
			return a, true
		}
		if ok && !innerOK {
			inner, innerOK = a, true
			continue
		}
		if t := d.toks[c]; stop && !innerOK || isStop(t) && t.text != ":" && !(t.text == ";" && c == j-1) {
			break
		}
	}
	return inner, innerOK
}

// personish reports a speaker phrase that names or points to a person: a
// pronoun, a person's name, or a person's role.
func (d *doc) personish(a attr) bool {
	if a.implicit || a.b-a.a == 1 && pronoun(d.toks[a.a].lower, d.lang) != 0 {
		return true
	}
	if m := d.mentionAt(d.toks[a.b-1].start); m != nil && m.kind == 'p' {
		return true
	}
	return humanRole(d.s[d.toks[a.a].start:d.toks[a.b-1].end])
}

// attrBeforeAt checks token c of toks[i:j] for a reporting clause; stop
// reports a cue or a sentence stop there (look no further back).
func (d *doc) attrBeforeAt(i, j, c int) (attr, bool, bool) {
	t := d.toks[c]
	if isStop(t) && t.text != ":" && !(t.text == ";" && c == j-1) {
		return attr{}, false, true
	}
	lw := t.lower
	if n, ok := d.according(c); ok && c >= i {
		// "According to X, “…”", "Secondo la presidente, Anna Ricci, «…»"
		a, b, ok := d.npAfter(n, j)
		if ok && b+1 < j && documents[d.toks[b-1].lower] && (d.toks[b].lower == "from" || d.toks[b].lower == "by") {
			// "According to a statement from the port, the closure is “…”"
			a, b, ok = d.npAfter(b+1, j)
		}
		if ok && (j-b <= 2 || j-b <= 10 && d.toks[j-1].text == "," || b < j && d.toks[b].text == ",") {
			return attr{"according to", a, b, j - b, false}, true, true
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
		return attr{}, false, false
	}
	if strings.HasSuffix(cue, "ing") && d.toks[c-1].text == "," {
		// "Ma called, saying he was “…”": the subject of the sentence.
		if a, b, ok := d.sentenceSubject(d.sentenceTok(c), c); ok {
			return attr{cue, a, b, j - 1 - c, false}, true, true
		}
		if a, b, ok := d.firstPersonIn(i, c); ok {
			return attr{cue, a, b, j - 1 - c, false}, true, true
		}
		if a, b, ok := d.subjectNP(i, c); ok {
			return attr{cue, a, b, j - 1 - c, false}, true, true
		}
		return attr{}, false, true
	}
	if d.coordinated(c) {
		// "Rettig said … but added, “…”": the subject of the sentence
		if a, b, ok := d.sentenceSubject(d.sentenceTok(c), c); ok {
			return attr{cue, a, b, j - 1 - c, false}, true, true
		}
	}
	if a, b, ok := d.npBefore(i, c); ok {
		return attr{cue, a, b, j - 1 - c, false}, true, true
	}
	// Verb-first languages: "dijo Vidal:", "ha detto Ferri:".
	if d.lang != "en" && d.lang != "" && !partialCues[lw] && c+1 < j && d.toks[c+1].cap {
		if a, b, ok := d.npAfter(c+1, j); ok {
			return attr{cue, a, b, j - 1 - c, false}, true, true
		}
	}
	return attr{}, false, true
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
			// "British politicians (have …)": lower-case words up to an
			// auxiliary or a past-tense verb
			for e < c && d.toks[e].word && !d.toks[e].cap && !auxVerbs[d.toks[e].lower] &&
				!strings.HasSuffix(d.toks[e].lower, "ed") && !prepositions[d.toks[e].lower] && e-a < 6 {
				e++
			}
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
