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
//     outlet's voice ("Shameful.", "Enough said."), and slogans: a short
//     exclamation ("Send them all home!"); both listed as Derived (style,
//     which obj.subjective and obj.exclamation already weigh).
//
// A sentence that already holds a clause-level technique is left alone.
func (st *state) sentenceTechs() {
	if len(st.sents) == 0 {
		return
	}
	lx := st.lx
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
		has, whole := false, false // whole: a technique already spans the sentence
		for m := k; m < len(st.techs) && st.techs[m].Sent == i; m++ {
			has = has || clauseTechniques[st.techs[m].Name]
			whole = whole || st.techs[m].Start <= T[0].Start && st.techs[m].End >= T[len(T)-1].End
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
		if name, a, b := sentencePattern(lx, T); name != "" {
			add = append(add, tech{Name: name, Start: T[a].Start, End: T[b-1].End, Quote: T[a].Quote, Sent: i})
			continue
		}
		if !whole && last == '!' && len(T) <= 6 && i > 0 && T[len(T)-1].Quote == q && !T[0].has(fDigit) {
			// "Build the wall!", "Lock them up!": a short exclamation is a
			// slogan; obj.exclamation already counts the mark.
			add = append(add, tech{Name: TechSlogan, Start: T[0].Start, End: end, Quote: q, Sent: i, Derived: true})
			continue
		}
		if !whole && len(T) <= 4 && i > 0 && (last == '.' || last == '!') && q < 0 && T[len(T)-1].Quote < 0 && punchy(lx, T) {
			add = append(add, tech{Name: truthlens.TechLoadedLanguage, Start: T[0].Start, End: end, Quote: -1, Sent: i, Derived: true})
		}
	}
	st.addTechs(add)
}

// sentencePattern classifies one sentence as fear or doubt and returns
// the tokens [a, b) of T the span covers: a quotation judged on its own
// (a speaker's "If this passes, our children will be drinking poisoned
// water"), or the outlet's words, where a reporting verb means the
// prediction is reported, not made.
func sentencePattern(lx *lexicon.Table, T []token) (name string, a, b int) {
	for s := 0; s < len(T); {
		e := s + 1
		for e < len(T) && T[e].Quote == T[s].Quote {
			e++
		}
		if T[s].Quote >= 0 {
			if f, _, _ := cues(lx, T[s:e], T[s].Quote); f {
				return truthlens.TechFear, s, e
			}
		}
		s = e
	}
	fear, doubt, reported := cues(lx, T, -1)
	switch {
	case fear && !reported:
		return truthlens.TechFear, 0, len(T)
	case doubt:
		return truthlens.TechDoubt, 0, len(T)
	}
	return "", 0, 0
}

// cues reads a run of words for a fearful prediction (a future or modal
// verb, "we"/"you", a word of negative feeling), a doubted claim ("X
// claims …, but …") and a reporting verb, in the words of T that lie in
// quotation q (-1: the outlet's own words).
func cues(lx *lexicon.Table, T []token, q int) (fear, doubt, reported bool) {
	var future, person, negative, claim, but bool
	for j, t := range T {
		if t.Quote != q {
			continue
		}
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
		e := lx.Get(n)
		reported = reported || e.Class.Any(lexicon.Reporting)
		if !negative {
			negative = e.Class.Any(lexicon.Fear) || e.HasValence && e.Valence <= -0.3 && !e.Class.Any(lexicon.Negation)
		}
	}
	return future && person && negative, claim && but, reported
}

// punchy reports whether a very short sentence is a verdict ("Shameful.",
// "Enough said.", "Nothing will change."): an evaluative, emotive or
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
		cue = cue || e.Class.Any(lexicon.Opinion|lexicon.Loaded|lexicon.NameCalling|lexicon.Absolutist|lexicon.Certainty) ||
			e.HasValence && (e.Valence <= -0.3 || e.Valence >= 0.5)
	}
	return cue
}

// doubtContext widens a doubting question back over the sentence before
// it when that sentence reports what someone says or claims ("The
// district says the lessons are age-appropriate. Appropriate for whom?"):
// the doubt is cast on that claim, and annotators mark both.
func (st *state) doubtContext() {
	for k := range st.techs {
		t := &st.techs[k]
		i := t.Sent
		if t.Name != truthlens.TechDoubt || t.Quote >= 0 || i < 1 {
			continue
		}
		T := st.sentToks(i)
		r := st.sents[i]
		if len(T) == 0 || t.Start != T[0].Start || !strings.HasSuffix(strings.TrimRight(st.s[r.Start:r.End], "\"'”’») \n"), "?") {
			continue
		}
		P := st.sentToks(i - 1)
		if len(P) == 0 || strings.Contains(st.s[P[len(P)-1].End:T[0].Start], "\n\n") {
			continue
		}
		reports := false
		for _, p := range P {
			reports = reports || p.Quote < 0 && claimVerbs[p.Norm]
		}
		for _, o := range st.techsIn(i - 1) {
			reports = reports && !clauseTechniques[o.Name]
		}
		if !reports {
			continue
		}
		t.Start, t.Sent = P[0].Start, i-1
	}
	sortTechs(st.techs)
}

// claimVerbs report, in the present tense of opinion writing, a claim the
// writer goes on to question.
var claimVerbs = setOf("says", "say", "claims", "claim", "insists", "insist", "assures",
	"assure", "promises", "promise", "maintains", "calls", "argue", "argues")

// superlativeClaims lists "the worst … ever", "the most cynical budget
// this state has ever seen" as exaggeration: an evaluative superlative
// carried to "ever", "in history" or "of all time" in the same clause.
// Plain record superlatives ("the largest ever recorded") are left alone.
func (st *state) superlativeClaims() {
	lx := st.lx
	toks := st.toks
	var add []tech
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Sent < 0 {
			continue
		}
		ok := false
		switch t.Norm {
		case "worst", "best", "greatest":
			ok = true
		case "most":
			if i+1 < len(toks) && toks[i+1].Sent == t.Sent {
				e := lx.Get(toks[i+1].Norm)
				ok = e.Class.Any(lexicon.Opinion|lexicon.Loaded) || e.HasValence && (e.Valence <= -0.3 || e.Valence >= 0.3)
			}
		}
		if !ok {
			continue
		}
		end := -1
		for k := i + 1; k < len(toks) && k-i <= 10 && toks[k].Sent == t.Sent; k++ {
			if strings.ContainsAny(st.s[toks[k-1].End:toks[k].Start], ",;:()\"“”") {
				break
			}
			if toks[k].Norm == "ever" || toks[k].Norm == "history" || toks[k].Norm == "time" && toks[k-1].Norm == "all" {
				end = k
				break
			}
		}
		if end < 0 {
			continue
		}
		if end+1 < len(toks) && toks[end+1].Sent == t.Sent && (toks[end+1].Norm == "seen" || toks[end+1].Norm == "known" || toks[end+1].Norm == "had") {
			end++
		}
		if toks[end].Norm == "history" && end+1 < len(toks) && toks[end+1].Norm == "of" {
			// "… in the history of our town": the whole measure.
			for k := end + 1; k < len(toks) && k-end <= 4 && toks[k].Sent == t.Sent &&
				!strings.ContainsAny(st.s[toks[k-1].End:toks[k].Start], ",;:()\"“”.!?"); k++ {
				end = k
			}
		}
		a := i
		if a > 0 && toks[a-1].Sent == t.Sent && toks[a-1].Norm == "the" {
			a--
		}
		add = append(add, tech{Name: truthlens.TechExaggeration, Start: toks[a].Start, End: toks[end].End, Quote: t.Quote, Sent: t.Sent})
		i = end
	}
	st.addTechs(add)
}
