package analyze

import (
	"sort"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// Technique names beyond the ones the domain package declares.
const (
	TechCausal     = "causal_oversimplification"
	TechSlogan     = "slogans"
	TechCliche     = "thought_terminating_cliche"
	TechWhatabout  = "whataboutism"
	TechBandwagon  = "bandwagon"
	TechHitler     = "reductio_ad_hitlerum"
	TechBlackWhite = "black_and_white_fallacy"
	TechAuthority  = "appeal_to_authority"
	TechRepetition = "repetition"
)

// techMatcher holds every technique list, tagged with its technique. The
// order matters for phrases of equal length: the first list wins, so the
// more specific techniques come first.
var techMatcher = func() *matcher {
	m := newMatcher()
	for _, l := range []struct {
		tag  string
		list []string
	}{
		{TechHitler, hitlerList},
		{TechSlogan, sloganList},
		{TechCliche, clicheList},
		{TechWhatabout, whataboutList},
		{TechBandwagon, bandwagonList},
		{TechBlackWhite, blackWhiteList},
		{TechCausal, causalList},
		{TechAuthority, authorityList},
		{truthlens.TechFlagWaving, flagWavingList},
		{truthlens.TechFear, fearList},
		{truthlens.TechDoubt, doubtList},
		{truthlens.TechExaggeration, exaggerationList},
		{truthlens.TechMinimisation, minimisationList},
		{truthlens.TechNameCalling, nameCallingList},
		{truthlens.TechLoadedLanguage, loadedList},
	} {
		for _, e := range l.list {
			m.add(e + "|" + l.tag)
		}
	}
	return m
}()

// clauseTechniques are argued over a clause, not a word: their span runs
// on to the end of the clause, as annotators mark them.
var clauseTechniques = map[string]bool{
	truthlens.TechDoubt: true, truthlens.TechFear: true, TechWhatabout: true,
	TechBlackWhite: true, TechCausal: true, TechBandwagon: true,
	truthlens.TechFlagWaving: true, TechAuthority: true,
}

// labelPrefix are words that label the word after them ("so-called
// experts", "self-styled patriots"): the span takes that word too.
var labelPrefix = setOf("so-called", "self-described", "self-styled", "self-proclaimed",
	"self-declared", "would-be")

// tech is a technique found in the text. Quote is the index of the
// quotation it lies in (-1: the outlet's own words).
type tech struct {
	Name       string
	Start, End int
	Quote      int
	Sent       int
	// Derived marks a span found from other evidence (a rhetorical
	// question, a repeated label): obj.questions or the loaded-word checks
	// already count it, so obj.techniques does not count it again.
	Derived bool
}

// findTechniques scans the whole token stream once.
func (st *state) findTechniques() {
	if !st.en {
		return
	}
	toks := st.toks
	covered := map[string]int{} // technique -> end of its last span
	for i := 0; i < len(toks); i++ {
		if toks[i].Sent < 0 {
			continue
		}
		n, tag := techMatcher.at(toks, i)
		if n == 0 || toks[i].Start < covered[tag] {
			continue
		}
		j := i + n // exclusive
		a := i
		if (labelPrefix[toks[j-1].Norm] || n == 1 && strongIntensifier[toks[i].Norm]) && j < len(toks) && toks[j].Sent == toks[i].Sent &&
			toks[j].Quote == toks[j-1].Quote && !strings.ContainsAny(st.s[toks[j-1].End:toks[j].Start], ",;:.!?\"“”()") {
			j++ // "so-called experts", "utterly chaotic": with the word it qualifies
		}
		if clauseTechniques[tag] {
			a = st.clauseStart(i)
			j = st.clauseEnd(i, j)
		}
		t := tech{Name: tag, Start: toks[a].Start, End: toks[j-1].End, Quote: toks[i].Quote, Sent: toks[i].Sent}
		if t.Quote < 0 {
			t.Quote = toks[j-1].Quote
		}
		st.techs = append(st.techs, t)
		covered[tag] = t.End
		// Continue after the phrase, not the clause: a clause-level span
		// may hold other techniques ("Everyone knows this disgraceful scam").
		i += n - 1
	}
	st.superlativeClaims()
	st.lexiconTechs()
	st.sentenceTechs()
	st.questionDoubts()
	st.doubtContext()
	st.repetitions()
}

// sortTechs puts techniques in text order (stable: equal starts keep
// their order of discovery).
func sortTechs(ts []tech) {
	sort.SliceStable(ts, func(a, b int) bool { return ts[a].Start < ts[b].Start })
}

// repetitions marks a loaded word, label or slogan that the outlet repeats
// three times or more: each use after the first is a repetition span.
func (st *state) repetitions() {
	count := map[string]int{}
	for _, t := range st.techs {
		if t.Quote < 0 && !t.Derived && repeatable[t.Name] {
			count[strings.ToLower(st.s[t.Start:t.End])]++
		}
	}
	seen := map[string]bool{}
	var add []tech
	for _, t := range st.techs {
		if t.Quote >= 0 || t.Derived || !repeatable[t.Name] {
			continue
		}
		k := strings.ToLower(st.s[t.Start:t.End])
		if count[k] < 3 {
			continue
		}
		if seen[k] {
			add = append(add, tech{Name: TechRepetition, Start: t.Start, End: t.End, Quote: -1, Sent: t.Sent, Derived: true})
		}
		seen[k] = true
	}
	st.addTechs(add)
}

var repeatable = map[string]bool{truthlens.TechLoadedLanguage: true, truthlens.TechNameCalling: true, TechSlogan: true}

// questionDoubts adds a doubt span for each question the outlet asks in its
// own words ("Why won't the media report on this?"), unless the sentence
// already holds a doubt technique. Questions inside quotations are the
// speaker's and are left alone.
func (st *state) questionDoubts() {
	var add []tech
	k := 0
	for i, r := range st.sents {
		sent := strings.TrimRight(st.s[r.Start:r.End], "\"'”’») ")
		if !strings.HasSuffix(sent, "?") {
			continue
		}
		T := st.sentToks(i)
		if len(T) < 3 {
			continue
		}
		inQuote := 0
		for _, t := range T {
			if t.Quote >= 0 {
				inQuote++
			}
		}
		if inQuote > 0 {
			continue
		}
		for k < len(st.techs) && st.techs[k].Sent < i {
			k++
		}
		has := false
		for m := k; m < len(st.techs) && st.techs[m].Sent == i; m++ {
			has = has || clauseTechniques[st.techs[m].Name]
		}
		if !has {
			add = append(add, tech{Name: truthlens.TechDoubt, Start: T[0].Start, End: r.Start + len(sent), Quote: -1, Sent: i, Derived: true})
		}
	}
	st.addTechs(add)
}

// clauseEnd extends a match toks[i:j] to the end of its clause: up to the
// next ; : ( quotation mark or dash, or the end of the sentence, at most
// 20 tokens in all (commas do not end it: annotators mark the argument).
func (st *state) clauseEnd(i, j int) int {
	toks := st.toks
	for j < len(toks) && j-i < 20 && toks[j].Sent == toks[i].Sent {
		gap := st.s[toks[j-1].End:toks[j].Start]
		if strings.ContainsAny(gap, ";:()\"“”") || strings.Contains(gap, "—") {
			break
		}
		j++
	}
	return j
}

// clauseStart returns the first token of the clause holding toks[i]: back
// to the previous , ; : ( or the start of the sentence, at most 12 tokens.
func (st *state) clauseStart(i int) int {
	toks := st.toks
	a := i
	for a > 0 && i-a < 12 && toks[a-1].Sent == toks[i].Sent {
		gap := st.s[toks[a-1].End:toks[a].Start]
		if strings.ContainsAny(gap, ",;:()\"“”") || strings.Contains(gap, "—") {
			break
		}
		a--
	}
	// "If we do nothing, …": a conditional opening clause belongs to the
	// argument.
	if f := st.sentTok[toks[i].Sent]; a > f && i-f < 24 && conditional[toks[f].Norm] {
		a = f
	}
	return a
}

var conditional = setOf("if", "unless", "once", "until", "when", "whenever")

// publicTechniques returns the techniques as contract objects. A technique
// inside a quotation is listed with a note naming it the speaker's.
func (st *state) publicTechniques() []truthlens.Technique {
	out := make([]truthlens.Technique, 0, len(st.techs))
	for _, t := range st.techs {
		pt := truthlens.Technique{Technique: t.Name, Start: t.Start, End: t.End, Text: st.s[t.Start:t.End]}
		if t.Quote >= 0 {
			who := st.quotes[t.Quote].Speaker
			if who == "" {
				who = "an unnamed speaker"
			}
			pt.Note = "inside a quotation: the words of " + who + ", not the outlet's; not counted in the scores"
		}
		out = append(out, pt)
	}
	return out
}

// techsIn returns the techniques of sentence i (st.techs is in text order,
// so sentence indexes do not decrease).
func (st *state) techsIn(i int) []tech {
	a := sort.Search(len(st.techs), func(k int) bool { return st.techs[k].Sent >= i })
	b := a
	for b < len(st.techs) && st.techs[b].Sent == i {
		b++
	}
	return st.techs[a:b]
}
