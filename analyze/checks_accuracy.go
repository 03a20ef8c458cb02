package analyze

import (
	"math"
	"sort"
	"strconv"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

func (st *state) accuracy(doc *truthlens.Document) []truthlens.Check {
	return []truthlens.Check{
		st.checkAttributed(),
		st.checkNamed(),
		st.checkSpecifics(),
		st.checkDocuments(),
		st.checkAnonymous(),
		st.checkHedging(),
		st.checkSpeakers(),
		st.checkHeadlineFigures(doc.Title),
	}
}

func (st *state) checkAttributed() truthlens.Check {
	if na, ok := st.langNA(chkAttributed); ok {
		return na
	}
	if len(st.claims) == 0 {
		return notApplicable(chkAttributed, "no checkable claims found")
	}
	// Reporters attribute once per paragraph, not in every sentence: half
	// of the claims attributed in their own sentence earns the full value.
	c := check(chkAttributed, 0, "")
	var pts float64
	named, docs, anon := 0, 0, 0
	for _, cl := range st.claims {
		switch cl.Src.Kind {
		case srcNamed:
			named++
			pts++
		case srcDocument:
			docs++
			pts++
		case srcAnonymous:
			anon++
			pts += 1.0 / 3
		default:
			st.addEvidence(&c, st.span(cl.Start, cl.End, "claim without a named source"))
		}
	}
	c.Value = round3(math.Min(1, pts/float64(len(st.claims))/0.5))
	c.Note = itoa(len(st.claims)) + " claims: " + itoa(named) + " to named sources, " +
		itoa(docs) + " to documents, " + itoa(anon) + " to unnamed sources"
	return c
}

// namedSources returns the distinct named sources: quoted speakers and
// named attributions, with the span of their first mention.
func (st *state) namedSources() ([]string, []truthlens.Span) {
	seen := map[string]bool{}
	var names []string
	var spans []truthlens.Span
	add := func(name string, a, b int) {
		k := strings.ToLower(name)
		if k == "" || seen[k] || pronouns[k] {
			return
		}
		seen[k] = true
		names = append(names, name)
		if b > a {
			spans = append(spans, st.span(a, b, "named source"))
		}
	}
	for _, q := range st.quotes {
		if q.Speaker != "" {
			add(q.Speaker, q.SpeakerStart, q.SpeakerEnd)
		}
	}
	for _, f := range st.feats {
		if f.src.Kind == srcNamed {
			add(f.src.Text, f.src.Start, f.src.End)
		}
	}
	return names, spans
}

func (st *state) checkNamed() truthlens.Check {
	names, spans := st.namedSources()
	c := check(chkNamed, 1-math.Exp(-float64(len(names))/2), itoa(len(names))+" named sources")
	for _, sp := range spans {
		st.addEvidence(&c, sp)
	}
	return c
}

func (st *state) checkSpecifics() truthlens.Check {
	if len(st.sents) == 0 {
		return notApplicable(chkSpecifics, "no sentences")
	}
	c := check(chkSpecifics, 0, "")
	n := 0
	for i, f := range st.feats {
		if f.nums+f.dates > 0 {
			n++
			st.addEvidence(&c, st.span(st.sents[i].Start, st.sents[i].End, "figure or date"))
		}
	}
	share := float64(n) / float64(len(st.sents))
	c.Value = round3(math.Min(1, share/0.35))
	c.Note = itoa(n) + " of " + itoa(len(st.sents)) + " sentences give a figure or a date"
	return c
}

func (st *state) checkDocuments() truthlens.Check {
	if na, ok := st.langNA(chkDocuments); ok {
		return na
	}
	c := check(chkDocuments, 0, "")
	n := 0
	for _, f := range st.feats {
		if f.src.Kind == srcDocument {
			n++
			st.addEvidence(&c, st.span(f.src.Start, f.src.End, "document cited"))
		}
	}
	c.Value = round3(1 - math.Exp(-float64(n)/1.5))
	c.Note = itoa(n) + " sentences cite documents or records"
	return c
}

// anonSentences returns the sentences relying on anonymous or vague
// sourcing, with one evidence span each.
func (st *state) anonSentences() (map[int]bool, []truthlens.Span) {
	sents := map[int]bool{}
	var spans []truthlens.Span
	for _, h := range st.sourcing() {
		if h.Tag != tagAnon || h.Quote || sents[h.Sent] {
			continue
		}
		sents[h.Sent] = true
		spans = append(spans, st.span(h.Start, h.End, "vague or anonymous source"))
	}
	for i, f := range st.feats {
		if f.src.Kind == srcAnonymous && !sents[i] {
			sents[i] = true
			spans = append(spans, st.span(f.src.Start, f.src.End, "unnamed source"))
		}
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	return sents, spans
}

func (st *state) checkAnonymous() truthlens.Check {
	if na, ok := st.langNA(chkAnonymous); ok {
		return na
	}
	if len(st.sents) == 0 {
		return notApplicable(chkAnonymous, "no sentences")
	}
	sents, spans := st.anonSentences()
	rate := float64(len(sents)) / float64(len(st.sents))
	c := check(chkAnonymous, math.Exp(-rate/0.08), itoa(len(sents))+" sentences rely on unnamed or vague sources")
	for _, sp := range spans {
		st.addEvidence(&c, sp)
	}
	return c
}

func (st *state) checkHedging() truthlens.Check {
	if na, ok := st.langNA(chkHedging); ok {
		return na
	}
	c := check(chkHedging, 1, "")
	n := 0
	for _, h := range st.sourcing() {
		if h.Tag != tagHedge || h.Quote {
			continue
		}
		n++
		st.addEvidence(&c, st.span(h.Start, h.End, "speculation"))
	}
	rate := st.per100(n)
	c.Value = round3(math.Exp(-rate / 1.5))
	c.Note = itoa(n) + " hedges, " + fmtF(rate) + " per 100 words"
	return c
}

func (st *state) checkSpeakers() truthlens.Check {
	if len(st.quotes) == 0 {
		return notApplicable(chkSpeakers, "no quotations")
	}
	c := check(chkSpeakers, 0, "")
	n := 0
	for _, q := range st.quotes {
		if q.Speaker != "" {
			n++
		} else {
			st.addEvidence(&c, st.span(q.Start, q.End, "quotation without a speaker"))
		}
	}
	c.Value = round3(float64(n) / float64(len(st.quotes)))
	c.Note = itoa(n) + " of " + itoa(len(st.quotes)) + " quotations have a speaker"
	return c
}

// checkHeadlineFigures: every number in the headline should be in the body
// ("$48m" in the title matches "$48 million" in the text).
func (st *state) checkHeadlineFigures(title string) truthlens.Check {
	tt := tokenize(title)
	var figs []float64
	var figText []string
	for i, t := range tt {
		if v, ok := figureValue(tt, i); ok {
			figs = append(figs, v)
			figText = append(figText, title[t.Start:t.End])
		}
	}
	if len(figs) == 0 {
		return notApplicable(chkConsistent, "the headline states no figures")
	}
	c := check(chkConsistent, 0, "")
	first := map[float64]int{} // value -> index of its first use in the text
	for i := range st.toks {
		if v, ok := figureValue(st.toks, i); ok {
			if _, seen := first[v]; !seen {
				first[v] = i
			}
		}
	}
	found := 0
	var missing []string
	for k, v := range figs {
		if i, ok := first[v]; ok {
			found++
			st.addEvidence(&c, st.span(st.toks[i].Start, st.toks[i].End, "headline figure in the text"))
		} else {
			missing = append(missing, figText[k])
		}
	}
	c.Value = round3(float64(found) / float64(len(figs)))
	c.Note = itoa(found) + " of " + itoa(len(figs)) + " headline figures appear in the text"
	if len(missing) > 0 {
		c.Note += "; missing: " + strings.Join(missing, ", ")
	}
	return c
}

var scaleWords = map[string]float64{"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "percent": 1, "per": 1}

// figureValue reads the number of toks[i] with its scale ("48m", "48
// million", "2.8bn", "1,000"), or ok=false if the token is no number.
// Ranges and scores ("6-3") are compared as written.
func figureValue(toks []token, i int) (float64, bool) {
	t := toks[i].Norm
	if !toks[i].has(fDigit) || t[0] < '0' || t[0] > '9' {
		return 0, false
	}
	j := 0
	for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == '.' || t[j] == ',') {
		j++
	}
	num, suffix := strings.ReplaceAll(t[:j], ",", ""), t[j:]
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	if suffix != "" {
		m, ok := scaleWords[suffix]
		if !ok {
			// "6-3", "2021-22", "3rd": keep distinct from plain numbers.
			return v + 0.5e-9*float64(len(suffix)+int(suffix[0])), true
		}
		return v * m, true
	}
	if i+1 < len(toks) && toks[i+1].Sent == toks[i].Sent && toks[i+1].Start-toks[i].End <= 1 {
		if m, ok := scaleWords[toks[i+1].Norm]; ok {
			return v * m, true
		}
	}
	return v, true
}
