package quotes

import (
	"sort"
	"strings"

	"github.com/truthlens/truthlens/text"
)

// This file checks speaker phrases found next to a cue. Real news text puts
// whole clauses before a cue ("Moore declined to identify the donor but
// said", "Explaining why he argued", "the aid when asked"): such a phrase
// is no speaker, though a name or pronoun inside it may be.

// notInSpeaker are words that never stand inside a speaker phrase: they
// start a clause or belong to a verb phrase.
var notInSpeaker = words("when while but to by if because than then were was is are been be being " +
	"did does do not why how what whether until unless into him them could would can should might " +
	"must will")

// timeWords and timeLeads make the time phrases that may stand between a
// speaker and the cue ("last week", "on Monday").
var timeWords = words("week month year night weekend monday tuesday wednesday thursday friday saturday sunday " +
	"morning afternoon evening")
var timeLeads = words("last this next on early late")

// firstPerson are pronouns of the writer.
var firstPerson = words("i we me us my our")

// reflexives follow a name for emphasis ("as Lee herself said").
var reflexives = words("himself herself themselves itself")

// tidySpeaker checks the speaker phrase toks[a:b]. A phrase with a person
// named before its first preposition gives that person ("poet Ada Lind
// struggled at first to" -> "Ada Lind"; not "a spokesperson for Sen.
// Ada Lind", not "Lind's neighbor"); a phrase with a clause word in it
// gives its pronoun ("Explaining why he"), else it is rejected.
func (d *doc) tidySpeaker(a, b int) (int, int, bool) {
	// "Lee told CBS that Harry (had said)": the clause after "that"
	for x := b - 2; x > a; x-- {
		if d.toks[x].lower == "that" && d.toks[x+1].word {
			return d.tidySpeaker(x+1, b)
		}
	}
	if b-a == 1 && relatives[d.toks[a].lower] {
		// "the poet Ana Roe, who tweeted": the name before the comma
		return d.antecedent(a)
	}
	for b-a > 1 && reflexives[d.toks[b-1].lower] {
		b--
	}
	// "I am (asking)", "we have (said)": the writer is no speaker
	if firstPerson[d.toks[a].lower] && d.toks[a].text != "US" {
		return 0, 0, false
	}
	// "Mr. Ruiz last week (said)", "Ruiz on Monday (said)"
	if b-a > 2 && timeWords[d.toks[b-1].lower] && timeLeads[d.toks[b-2].lower] {
		b -= 2
	}
	if b-a <= 1 {
		if b > a && d.toks[a].word && determiners[d.toks[a].lower] && d.toks[a].lower != "someone" && d.toks[a].lower != "somebody" {
			return 0, 0, false // "the", "its"
		}
		return a, b, b > a
	}
	bad, pron := false, -1
	for x := a; x < b; x++ {
		t := d.toks[x]
		if !t.word {
			continue
		}
		if t.lower == "to" && x+1 < b && (d.toks[x+1].cap || determiners[d.toks[x+1].lower]) {
			continue // "the mission to the UN", "ambassador to France"
		}
		if notInSpeaker[t.lower] || x > a && isCue(d.toks, x) != "" {
			bad = true // "the owner said a man came in"
		}
		if pron < 0 && pronoun(t.lower, d.lang) != 0 {
			pron = x
		}
	}
	if !bad && pron < 0 {
		return a, b, true
	}
	// a person named in the phrase, before any preposition
	for x := a; x < b; x++ {
		t := d.toks[x]
		if t.word && x > a && prepositions[t.lower] && !notInSpeaker[t.lower] {
			break
		}
		if !t.cap {
			continue
		}
		m := d.mentionAt(t.start)
		if m == nil || m.kind != 'p' || m.Start != t.start {
			continue
		}
		e := x
		for e < b && d.toks[e].start < m.End {
			e++
		}
		if possessiveBase(d.toks[e-1].text) != d.toks[e-1].text {
			continue // "Lind's neighbor"
		}
		return x, e, true
	}
	if pron >= 0 {
		return pron, pron + 1, true
	}
	// "… and the man could be heard (saying)": the noun phrase before
	// the auxiliary
	for x := a + 1; x < b; x++ {
		if !auxVerbs[d.toks[x].lower] {
			continue
		}
		for y := x - 1; y >= a && x-y <= 4; y-- {
			if lw := d.toks[y].lower; determiners[lw] && lw != "his" && lw != "her" && lw != "its" && lw != "their" {
				if x-y >= 2 {
					return y, x, true
				}
				break
			}
			if !d.toks[y].word || isCue(d.toks, y) != "" || notInSpeaker[d.toks[y].lower] {
				break
			}
		}
		break
	}
	return 0, 0, false
}

// relatives open a relative clause whose subject is the name before them.
var relatives = words("who which")

// antecedent returns the mention that ends right before the comma before
// the relative pronoun at token a.
func (d *doc) antecedent(a int) (int, int, bool) {
	if a < 2 || d.toks[a-1].text != "," {
		return 0, 0, false
	}
	t := d.toks[a-2]
	m := d.mentionAt(t.start)
	if m == nil || !t.cap {
		return 0, 0, false
	}
	x := a - 2
	for x > 0 && d.toks[x-1].start >= m.Start {
		x--
	}
	return x, a - 1, true
}

// sentenceSubject returns the subject that opens the clause toks[i:c]: a
// pronoun or a person named first ("IRS head Dana Roe said … but added,
// “…”").
func (d *doc) sentenceSubject(i, c int) (int, int, bool) {
	x := i
	for x < c && !d.toks[x].word {
		x++
	}
	// "In an interview, …", "Describing the visit, he …": an opening
	// phrase before the subject
	intro := x < c && (prepositions[d.toks[x].lower] || subordinators[d.toks[x].lower] ||
		d.toks[x].cap && strings.HasSuffix(d.toks[x].lower, "ing"))
	for x < c && (!d.toks[x].word || npLeadStrip[d.toks[x].lower]) {
		x++
	}
	if x < c && pronoun(d.toks[x].lower, d.lang) != 0 {
		return x, x + 1, true
	}
	if a, b, ok := d.firstPersonIn(i, c); ok && a-i <= 4 && !intro && possessiveBase(d.toks[b-1].text) == d.toks[b-1].text {
		return a, b, true
	}
	// "In an interview, Moore declined … but said": after the opening
	// phrase
	if intro {
		for y := i; y < c && y-i < 30; y++ {
			if d.toks[y].text == "," {
				return d.sentenceSubject(y+1, c)
			}
		}
	}
	return 0, 0, false
}

// documents name a written source whose author follows ("a statement
// from the port authority").
var documents = words("statement report release email letter post filing memo notice")

// subordinators open a clause before the main subject ("When Lee asked
// …, he declined").
var subordinators = words("when as after before while if although though because since once until")

// sentenceTok returns the index of the first token of the sentence that
// holds token c.
func (d *doc) sentenceTok(c int) int {
	if si := d.sentenceAt(d.toks[c].start); si >= 0 {
		return d.tokAt(d.sents[si].Start)
	}
	return 0
}

// coordinated reports a cue joined to an earlier verb of the same subject:
// "… but added", "… and said".
func (d *doc) coordinated(c int) bool {
	e := c
	for e > 0 && d.toks[e-1].word && !d.toks[e-1].cap && auxAdverbs[d.toks[e-1].lower] {
		e--
	}
	if e == 0 {
		return false
	}
	lw := strings.ToLower(d.toks[e-1].text)
	return lw == "but" || lw == "and"
}

// subjectIn returns the first named person who is the speaker of a
// reporting clause in sentence sent and fits gender g.
func (d *doc) subjectIn(sent text.Range, g byte) (resolved, bool) {
	k0 := sort.Search(len(d.subjects), func(k int) bool { return d.subjects[k].pos >= sent.Start })
	// "Lee told CBS that Harry had said …": a speaker of the pronoun's
	// known gender before one of unknown gender
	if g == 'm' || g == 'f' {
		for k := k0; k < len(d.subjects) && d.subjects[k].pos < sent.End; k++ {
			r := d.subjects[k]
			if m := d.mentionAt(r.start); r.person && !d.inQuote(r.start) && m != nil && m.kind == 'p' && m.gender == g {
				return resolved{name: r.name, start: r.start, end: r.end, person: true, pos: r.start}, true
			}
		}
	}
	for k := k0; k < len(d.subjects) && d.subjects[k].pos < sent.End; k++ {
		r := d.subjects[k]
		if d.inQuote(r.start) {
			continue
		}
		if !r.person && humanRole(r.name) && !strings.HasPrefix(strings.ToLower(r.name), "the ") {
			// "A spokesperson for the league said … “…,” he said." (but
			// "the former mayor" is someone named before)
			return resolved{name: r.name, start: r.start, end: r.end, pos: r.start}, true
		}
		if m := d.mentionAt(r.start); m != nil && m.kind == 'p' && genderOK(g, m.gender) {
			return resolved{name: r.name, start: r.start, end: r.end, person: true, pos: r.start}, true
		}
	}
	return resolved{}, false
}

// humanRole reports a descriptive speaker headed by a person's role ("a
// spokesperson for the league", "the mayor"), not an institution.
func humanRole(phrase string) bool {
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if prepositions[w] {
			return false
		}
		if roleNouns[w] && !institutions[w] {
			return true
		}
	}
	return false
}

// institutions are role nouns that name no person.
var institutions = words("statement report company firm government ministry department agency embassy " +
	"group police officials sources residents experts campaigners activists leaders lawyers investigators " +
	"representatives spokesmen aides")

// opensWithPronoun reports a sentence whose subject is a pronoun of gender
// g ("She also …", "But he …").
func (d *doc) opensWithPronoun(sent text.Range, g byte) bool {
	x := d.tokAt(sent.Start)
	for x < len(d.toks) && d.toks[x].start < sent.End && (!d.toks[x].word || npLeadStrip[d.toks[x].lower]) {
		x++
	}
	if x < len(d.toks) && d.toks[x].start < sent.End && pronoun(d.toks[x].lower, d.lang) == g {
		return true
	}
	// "As Vance played down the boos, she added:": a he/she speaker
	for ; x+1 < len(d.toks) && d.toks[x].start < sent.End; x++ {
		if d.toks[x].word && pronoun(d.toks[x].lower, d.lang) == g && !d.inQuote(d.toks[x].start) && isCue(d.toks, x+1) != "" &&
			afterQuoteOrComma(d.toks[x-1].text) { // not "…, which he suggested"
			return true
		}
	}
	return false
}

// afterQuoteOrComma reports the tokens that may precede a he/she + cue
// attribution: "…,” she told", "As …, he said".
func afterQuoteOrComma(t string) bool {
	switch t {
	case ",", "”", "\"", "’", "'", "»":
		return true
	}
	return false
}

// findCues records the indexes of the cue tokens.
func (d *doc) findCues() {
	for c, t := range d.toks {
		if t.word && !t.cap && isCue(d.toks, c) != "" {
			d.cueToks = append(d.cueToks, c)
		}
	}
}

// promoteSpeakers makes a single unknown capitalised word that is the
// subject of a cue ("Okafor said", "said Okafor") a person, with every
// other mention of it: the antecedent of a later "he said".
func (d *doc) promoteSpeakers() {
	names := map[string]bool{}
	for _, c := range d.cueToks {
		for _, x := range []int{c - 1, c + 1} {
			if x < 0 || x >= len(d.toks) || !d.toks[x].cap {
				continue
			}
			// "said Okafor." but not "said Capo was too big"
			if x == c+1 && x+1 < len(d.toks) && d.toks[x+1].word {
				continue
			}
			if m := d.mentionAt(d.toks[x].start); m != nil && m.single && m.Start == d.toks[x].start && m.End == d.toks[x].end {
				names[m.Name] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for k := range d.ments {
		if m := &d.ments[k]; m.single && names[m.Name] {
			m.kind, m.single = 'p', false
		}
	}
}
