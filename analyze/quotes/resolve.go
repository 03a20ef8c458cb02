package quotes

import (
	"sort"
	"strings"

	"github.com/truthlens/truthlens/text"
)

// doc holds what attribution needs about one text.
type doc struct {
	s      string
	lang   string
	toks   []token
	ments  []mention
	people []Person
	sents  []text.Range
	paras  []text.Range
	spans  []qspan
	// cueToks are the indexes of the tokens that are cues.
	cueToks []int
	// subjects are the speaker phrases of every reporting clause outside
	// quotes, in text order: the antecedents of "they" and "the spokesperson".
	subjects []resolved
}

// resolved is a speaker with the mention that resolved it.
type resolved struct {
	name       string
	start, end int
	person     bool   // a named person
	pos        int    // where the phrase is
	cue        string // the cue of the clause (subjects only)
}

// tokAt returns the index of the first token starting at or after pos.
func (d *doc) tokAt(pos int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= pos })
}

// mentionAt returns the mention covering offset pos, or nil.
func (d *doc) mentionAt(pos int) *mention {
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].End > pos })
	if i < len(d.ments) && d.ments[i].Start <= pos {
		return &d.ments[i]
	}
	return nil
}

// sentenceAt returns the index of the sentence containing pos (or the last
// one starting before it).
func (d *doc) sentenceAt(pos int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].Start > pos })
	return i - 1
}

// inQuote reports whether pos lies inside quoted words.
func (d *doc) inQuote(pos int) bool {
	i := sort.Search(len(d.spans), func(i int) bool { return d.spans[i].end > pos })
	return i < len(d.spans) && d.spans[i].start <= pos
}

// resolve turns the speaker phrase toks[a:b] into a speaker.
func (d *doc) resolve(a, b int) resolved {
	s := d.s
	start, end := d.toks[a].start, d.toks[b-1].end
	phrase := normalizeSpace(s[start:end])
	if b-a == 1 {
		lw := d.toks[a].lower
		if p := invertedPronoun(lw); p != "" {
			lw = p
		}
		if g := pronoun(lw, d.lang); g != 0 {
			if r, ok := d.resolvePronoun(g, start); ok {
				r.start, r.end = start, end // the pronoun resolved it
				return r
			}
			return resolved{}
		}
		switch lw {
		case "i", "we", "ich", "wir", "je", "nous", "yo", "io", "noi":
			return resolved{}
		}
	}
	// The head: last word before the first preposition.
	h := b
	for x := a + 1; x < b; x++ {
		if d.toks[x].word && prepositions[d.toks[x].lower] {
			h = x
			break
		}
	}
	head := -1
	for x := h - 1; x >= a; x-- {
		if d.toks[x].word {
			head = x
			break
		}
	}
	if head < 0 {
		return resolved{}
	}
	ht := d.toks[head]
	// "acting U.S. Attorney for Norfolk Dana Lee": a name ending a
	// capitalised title phrase is the speaker (but "the spokeswoman for
	// Gov. Dana Lee" is the spokeswoman).
	if lt := d.toks[b-1]; lt.cap && h < b && ht.cap {
		if m := d.mentionAt(lt.start); m != nil && m.kind == 'p' && m.End == lt.end && m.Start > d.toks[h].start {
			return resolved{name: m.Name, start: m.Start, end: m.End, person: true, pos: start}
		}
	}
	// "the 38-year-old": the person the text is about
	if lw := d.toks[a].lower; lw == "the" && b-a <= 3 && strings.HasSuffix(ht.lower, "-old") {
		if r, ok := d.resolvePronoun('u', start); ok {
			r.start, r.end = start, end
			return r
		}
	}
	// "the spokesperson", "the former minister", "the CEO": a role named before.
	if lw := d.toks[a].lower; (lw == "the" || lw == "this") && h == b && b-a <= 4 {
		role := ht.lower
		if r, ok := d.resolveRole(role, start, 'u'); ok {
			r.start, r.end = start, end
			return r
		}
		if roleNouns[role] || titles[role] {
			return resolved{name: phrase, start: start, end: end, pos: start}
		}
	}
	if ht.cap {
		if m := d.mentionAt(ht.start); m != nil && m.Start >= start {
			if m.kind == 'p' {
				return resolved{name: m.Name, start: m.Start, end: m.End, person: true, pos: start}
			}
			if h < b { // "the Central Commission for Discipline Inspection"
				return resolved{name: phrase, start: start, end: end, pos: start}
			}
			return resolved{name: normalizeSpace(s[m.Start:m.End]), start: m.Start, end: m.End, pos: start}
		}
		return resolved{name: phrase, start: start, end: end, pos: start}
	}
	return resolved{name: phrase, start: start, end: end, pos: start}
}

// genderOK reports whether a mention of gender g fits pronoun gender want.
func genderOK(want, g byte) bool {
	switch want {
	case 'm':
		return g == 'm' || g == 'u'
	case 'f':
		return g == 'f' || g == 'u'
	case 'u':
		return true
	}
	return false
}

// resolvePronoun resolves he/she to the first matching person mention of
// the nearest earlier sentence that has one (subjects come first in news
// sentences), and they/it to the nearest earlier descriptive or
// organisation speaker.
func (d *doc) resolvePronoun(g byte, pos int) (resolved, bool) {
	si := d.sentenceAt(pos)
	if g == 'p' || g == 'n' {
		for k := len(d.subjects) - 1; k >= 0; k-- {
			r := d.subjects[k]
			if r.pos >= pos || r.name == "" {
				continue
			}
			if s2 := d.sentenceAt(r.pos); si-s2 > 3 {
				break
			}
			if !r.person {
				return r, true
			}
		}
		return resolved{}, false
	}
	// up to six sentences back, not counting those wholly quoted
	for k, n := si-1, 0; k >= 0 && n < 6; k-- {
		sent := d.sents[k]
		if !d.quotedSentence(sent) {
			n++
		}
		// "The president, asked …, smiled. “…,” she said."
		if t := d.tokAt(sent.Start); t+1 < len(d.toks) && d.toks[t].lower == "the" && !d.toks[t+1].cap &&
			(roleNouns[d.toks[t+1].lower] || titles[d.toks[t+1].lower]) {
			if r, ok := d.resolveRole(d.toks[t+1].lower, d.toks[t].start, g); ok && r.person {
				return r, true
			}
		}
		// the speaker of a reporting clause in that sentence first
		// ("Pointing to Vance, Ruiz said … But she added")
		if r, ok := d.subjectIn(sent, g); ok {
			return r, true
		}
		// "She also fended off an attack from Vance.": a sentence about
		// the same he/she names others only as objects
		if d.opensWithPronoun(sent, g) {
			continue
		}
		i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].Start >= sent.Start })
		poss := -1
		for ; i < len(d.ments) && d.ments[i].Start < sent.End; i++ {
			m := d.ments[i]
			if m.kind != 'p' || d.inQuote(m.Start) || !genderOK(g, m.gender) {
				continue
			}
			if t := d.toks[d.tokAt(m.End)-1]; possessiveBase(t.text) != t.text {
				// "in Ruiz's subcommittee, Rep. Hale …": a possessive
				// only when nobody else is named ("In Ruiz's case, she")
				if poss < 0 {
					poss = i
				}
				continue
			}
			return resolved{name: m.Name, start: m.Start, end: m.End, person: true, pos: m.Start}, true
		}
		if poss >= 0 {
			m := d.ments[poss]
			return resolved{name: m.Name, start: m.Start, end: m.End, person: true, pos: m.Start}, true
		}
	}
	return resolved{}, false
}

// quotedSentence reports a sentence whose words all lie inside quotes.
func (d *doc) quotedSentence(sent text.Range) bool {
	for x := d.tokAt(sent.Start); x < len(d.toks) && d.toks[x].start < sent.End; x++ {
		if d.toks[x].word && !d.inQuote(d.toks[x].start) {
			return false
		}
	}
	return true
}

// roleSynonyms fold roles that name the same job.
var roleSynonyms = map[string]string{"spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"chairman": "chair", "chairwoman": "chair", "councilor": "councillor", "attorney": "lawyer"}

func foldRole(r string) string {
	r = strings.TrimSuffix(r, ".")
	if f, ok := roleSynonyms[r]; ok {
		return f
	}
	return r
}

// hasRole reports whether one of the roles seen with m folds to role
// (already folded).
func (m mention) hasRole(role string) bool {
	for _, r := range strings.Fields(m.role) {
		if foldRole(r) == role {
			return true
		}
	}
	return false
}

// resolveRole finds the most recent person introduced with role before pos,
// or else the most recent descriptive speaker whose phrase has that role.
func (d *doc) resolveRole(role string, pos int, g byte) (resolved, bool) {
	role = foldRole(role)
	for k := len(d.ments) - 1; k >= 0; k-- {
		m := d.ments[k]
		if m.Start >= pos || m.kind != 'p' || !genderOK(g, m.gender) {
			continue
		}
		if m.hasRole(role) {
			return resolved{name: m.Name, start: m.Start, end: m.End, person: true, pos: m.Start}, true
		}
	}
	// A role named just after ("the judge ... Judge Harriet Nakamura").
	si := d.sentenceAt(pos)
	for k := range d.ments {
		m := d.ments[k]
		if m.Start < pos || m.kind != 'p' || !genderOK(g, m.gender) {
			continue
		}
		if d.sentenceAt(m.Start)-si > 4 {
			break
		}
		if m.hasRole(role) {
			return resolved{name: m.Name, start: m.Start, end: m.End, person: true, pos: m.Start}, true
		}
	}
	for k := len(d.subjects) - 1; k >= 0; k-- {
		r := d.subjects[k]
		if r.pos >= pos || r.person {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(r.name)) {
			if prepositions[w] {
				break // "a spokesperson for the mayor" is no mayor
			}
			if foldRole(w) == role {
				return r, true
			}
		}
	}
	return resolved{}, false
}

// collectSubjects records the speaker phrase of every reporting clause
// outside quotes, for they/it and role resolution.
func (d *doc) collectSubjects() {
	for _, c := range d.cueToks {
		t := d.toks[c]
		if d.inQuote(t.start) {
			continue
		}
		si := d.sentenceAt(t.start)
		if si < 0 {
			continue
		}
		i := d.tokAt(d.sents[si].Start)
		var a, b int
		ok := false
		if c > 0 && d.toks[c-1].text == "," && closingCues[t.lower] && c+1 < len(d.toks) && d.toks[c+1].cap {
			// "…, says Holm." records Holm
			end := d.tokAt(d.sents[si].End)
			a, b, ok = d.npAfter(c+1, end)
			ok = ok && (b >= end || isStop(d.toks[b]) || d.toks[b].text == ",")
		}
		if !ok {
			a, b, ok = d.npBefore(i, c)
		}
		if !ok || (b-a == 1 && pronoun(d.toks[a].lower, d.lang) != 0) {
			continue
		}
		if d.inQuote(d.toks[a].start) {
			continue
		}
		r := d.resolve(a, b)
		if r.name != "" {
			r.pos, r.cue = d.toks[a].start, t.lower
			d.subjects = append(d.subjects, r)
		}
	}
}

// addAppositiveRoles records "NAME, one of H's lawyers," roles, and makes
// a single unknown word a person in "Her husband, Kwame,".
func (d *doc) addAppositiveRoles() {
	for k := range d.ments {
		m := &d.ments[k]
		if !m.single {
			continue
		}
		i := d.tokAt(m.Start)
		if i < 2 || d.toks[i-1].text != "," || i+1 >= len(d.toks) || d.toks[i+1].text != "," {
			continue
		}
		if role := d.toks[i-2].lower; roleNouns[role] && !d.toks[i-2].cap {
			m.kind, m.single, m.role = 'p', false, role
		}
	}
	for k := range d.ments {
		m := &d.ments[k]
		i := d.tokAt(m.Start)
		if m.kind != 'p' || i < 2 || d.toks[i-1].text != "," {
			continue
		}
		if role := d.toks[i-2].lower; roleNouns[role] && !d.toks[i-2].cap {
			m.role = strings.TrimSpace(m.role + " " + role)
		}
	}
	for k := range d.ments {
		m := &d.ments[k]
		if m.kind != 'p' {
			continue
		}
		i := d.tokAt(m.End)
		if i >= len(d.toks) || d.toks[i].text != "," {
			continue
		}
		if i+1 >= len(d.toks) {
			continue
		}
		if f := d.toks[i+1]; !f.word || !(determiners[f.lower] || roleNouns[f.lower] ||
			possessiveBase(f.text) != f.text || (f.cap && i+2 < len(d.toks) && roleNouns[d.toks[i+2].lower])) {
			continue
		}
		for x := i + 1; x < len(d.toks) && x-i <= 8; x++ {
			t := d.toks[x]
			if !t.word {
				break
			}
			if lw := possessiveBase(t.lower); roleNouns[lw] && !t.cap {
				m.role = strings.TrimSpace(m.role + " " + strings.TrimSuffix(lw, "s"))
			}
		}
	}
}
