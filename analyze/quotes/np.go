package quotes

import (
	"strings"
	"unicode/utf8"
)

// This file finds speaker phrases: the noun phrase next to a cue that
// names the speaker.

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
	// "Ruiz's neighbor, Ana Lee": a possessive opens a description
	descriptive := !first.cap || stopCaps[lw] || possessiveBase(first.text) != first.text
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
			// "MVTA general manager Diane Kowalczyk": a lower-case role
			// between capitalised words
			if n := d.roleRun(e, j); n > 0 {
				e += n
				continue
			}
			break // "said Ma recounting"
		}
		if e > k && !t.cap && (cueVerbs[tl] || strings.HasSuffix(tl, "ing") && !determiners[d.toks[e-1].lower]) {
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

// roleRun returns the length of a run of at most three lower-case words at
// toks[e:j] that holds a role noun or title and is followed by a
// capitalised word, or 0.
func (d *doc) roleRun(e, j int) int {
	role := false
	for x := e; x < j && x-e < 3; x++ {
		t := d.toks[x]
		if !t.word {
			return 0
		}
		if t.cap {
			if role && x > e {
				return x - e
			}
			return 0
		}
		if roleNouns[t.lower] || titles[t.lower] {
			role = true
		}
	}
	return 0
}

// determiners may open a descriptive speaker phrase.
var determiners = words("a an the one another two three several some many most his her their its " +
	"someone somebody " +
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
		// "The senators — with two others — argue": a dash aside
		if d.spacedDash(e-1) && e-1 > i {
			x := e - 2
			for x > i && !d.spacedDash(x) && e-x < 16 {
				x--
			}
			if x > i && d.spacedDash(x) {
				e = x
				continue
			}
		}
		// "Chuck Hale (D-N.Y.) said", "Ann Roe (pictured) said": a
		// parenthesis between the speaker and the cue
		if t.text == ")" {
			x := e - 2
			for x > i && d.toks[x].text != "(" && e-x < 12 {
				x--
			}
			if x > i && d.toks[x].text == "(" {
				e = x
				continue
			}
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
		if a, b, ok := d.appositive(i, e-1); ok {
			return d.tidySpeaker(a, b)
		}
		return 0, 0, false
	}
	a, b, ok := d.trimLead(d.clauseStart(i, e), e)
	if !ok {
		return 0, 0, false
	}
	// "Ana Lee, president of the guild said": no comma closes the
	// appositive, the name before it speaks
	if f := d.toks[a]; a >= i+2 && d.toks[a-1].text == "," && !f.cap && (roleNouns[f.lower] || titles[f.lower] || determiners[f.lower]) {
		if m := d.mentionAt(d.toks[a-2].start); m != nil && m.kind == 'p' && m.End >= d.toks[a-2].end-3 {
			x := a - 2
			for x > i && d.toks[x-1].start >= m.Start {
				x--
			}
			return x, a - 1, true
		}
	}
	return d.tidySpeaker(a, b)
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
	return n.text == "," || n.text == ")" || (n.word && !n.cap) || titles[p.lower] || len(p.text) == 1 ||
		strings.Contains(p.text, ".") // "U.S. Attorney", "D-N.Y.)"

}

// pluralPossessive reports an apostrophe glued to the word before it and
// followed by a word ("the Employers’ Association").
func (d *doc) pluralPossessive(x int) bool {
	t := d.toks[x]
	if (t.text != "’" && t.text != "'") || x == 0 || x+1 >= len(d.toks) {
		return false
	}
	p, n := d.toks[x-1], d.toks[x+1]
	return p.word && p.end == t.start && n.word && n.start > t.end && strings.HasSuffix(p.lower, "s")
}

// spacedDash reports a dash token set off by spaces ("—", "–", or " - "),
// which brackets an aside.
func (d *doc) spacedDash(x int) bool {
	t := d.toks[x]
	if t.text == "—" || t.text == "–" {
		return true
	}
	return t.text == "-" && x > 0 && x+1 < len(d.toks) && d.toks[x-1].end < t.start && t.end < d.toks[x+1].start
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
		if t.text == "," || t.text == "(" || isStop(t) && !d.abbrevDot(x) && !d.pluralPossessive(x) || d.spacedDash(x) {
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
		// "a move riders' advocates (called)": a plural possessive after
		// a noun starts a new phrase
		if p := d.toks[x-1]; d.toks[x].word && x+1 < e && (d.toks[x+1].text == "'" || d.toks[x+1].text == "’") &&
			d.toks[x+1].start == d.toks[x].end && p.word && !p.cap && !determiners[p.lower] && !prepositions[p.lower] {
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
