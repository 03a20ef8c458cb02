package analyze

import (
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/lexicon"
)

// sentenceTechs finds techniques argued over a whole sentence that no
// phrase list names:
//
//   - fear: a prediction (will, would, could…) about "we", "our", "you"
//     or "your" that holds a word of negative feeling ("If we do not act
//     now, we will lose our children");
//   - doubt: the outlet reports a claim only to cast doubt on it ("X
//     claims …, but …", "X insists …") — the whole sentence;
//   - loaded language: a punchy sentence of one to four words in the
//     outlet's voice ("Shameful.", "Not a word."), listed as Derived
//     (style, not a counted technique).
//
// A sentence that already holds a clause-level technique is left alone.
func (st *state) sentenceTechs() {
	if len(st.sents) == 0 {
		return
	}
	lx := lexicon.For(st.lang)
	var add []tech
	k := 0
	for i := range st.sents {
		T := st.sentToks(i)
		if len(T) == 0 {
			continue
		}
		for k < len(st.techs) && st.techs[k].Sent < i {
			k++
		}
		has := false
		for m := k; m < len(st.techs) && st.techs[m].Sent == i; m++ {
			has = has || clauseTechniques[st.techs[m].Name]
		}
		if has {
			continue
		}
		r := st.sents[i]
		body := strings.TrimRight(st.s[r.Start:r.End], " \n\t")
		last := body[len(body)-1]
		if last == '?' {
			continue
		}
		end := T[len(T)-1].End
		q := T[0].Quote
		if name, ok := sentencePattern(lx, T); ok {
			add = append(add, tech{Name: name, Start: T[0].Start, End: end, Quote: q, Sent: i})
			continue
		}
		if len(T) <= 4 && i > 0 && (last == '.' || last == '!') && q < 0 && T[len(T)-1].Quote < 0 && punchy(lx, T) {
			add = append(add, tech{Name: truthlens.TechLoadedLanguage, Start: T[0].Start, End: end, Quote: -1, Sent: i, Derived: true})
		}
	}
	st.addTechs(add)
}

// sentencePattern classifies one sentence as fear or doubt.
func sentencePattern(lx *lexicon.Table, T []token) (string, bool) {
	var future, person, negative, claim, but bool
	for j, t := range T {
		n := t.Norm
		switch n {
		case "will", "won't", "would", "could", "going", "we'll", "you'll", "they'll", "soon":
			future = true
		case "we", "our", "us", "you", "your", "we're", "you're":
			person = true
		case "claims", "claimed", "insists", "insisted", "pretends", "pretended", "alleges":
			claim = claim || j > 0
		case "but":
			but = but || claim
		}
		if !negative {
			e := lx.Get(n)
			negative = e.Class.Any(lexicon.Fear) || e.HasValence && e.Valence <= -0.3 && !e.Class.Any(lexicon.Negation)
		}
	}
	switch {
	case future && person && negative:
		return truthlens.TechFear, true
	case claim && but:
		return truthlens.TechDoubt, true
	}
	return "", false
}

// punchy reports whether a very short sentence is a verdict ("Shameful.",
// "Not a word.", "Nothing will change."): an evaluative, negating or
// sweeping word, no digits, no reporting verb, no name after its first word.
func punchy(lx *lexicon.Table, T []token) bool {
	cue := false
	for j, t := range T {
		if t.has(fDigit) || j > 0 && t.has(fUpper) {
			return false
		}
		e := lx.Get(t.Norm)
		if e.Class.Any(lexicon.Reporting | lexicon.Event) {
			return false
		}
		cue = cue || e.Class.Any(lexicon.Opinion|lexicon.Loaded|lexicon.NameCalling|lexicon.Absolutist|lexicon.Negation|lexicon.Certainty) ||
			e.HasValence && (e.Valence <= -0.3 || e.Valence >= 0.5)
	}
	return cue
}
