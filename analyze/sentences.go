package analyze

import (
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/subjectivity"
	"github.com/truthlens/truthlens/text"
)

// label fills st.labels and st.sub: the subjectivity of every sentence with
// quotations masked, its quote flag, and its loaded flag (the classifier's,
// or a loaded word or label in the outlet's own words). Claim flags are set
// later by findClaims.
func (st *state) label() {
	st.labels = make([]truthlens.Sentence, len(st.sents))
	st.sub = make([]subjectivity.Result, len(st.sents))
	qi := 0
	ti := 0
	var mask []text.Range
	for i, r := range st.sents {
		mask = mask[:0]
		quote := false
		for qi < len(st.quotes) && st.quotes[qi].End <= r.Start {
			qi++
		}
		for k := qi; k < len(st.quotes) && st.quotes[k].Start < r.End; k++ {
			q := st.quotes[k]
			a, b := max(q.Start, r.Start), min(q.End, r.End)
			if a < b {
				quote = true
				mask = append(mask, text.Range{Start: a - r.Start, End: b - r.Start})
			}
		}
		sent := st.s[r.Start:r.End]
		var m []text.Range
		if len(mask) > 0 {
			m = append([]text.Range(nil), mask...)
		}
		res := subjectivity.Classify(sent, st.lang, m)
		st.sub[i] = res
		loaded := res.Loaded
		for ti < len(st.techs) && st.techs[ti].Sent < i {
			ti++
		}
		for k := ti; k < len(st.techs) && st.techs[k].Sent == i; k++ {
			t := st.techs[k]
			if t.Quote < 0 && (t.Name == truthlens.TechLoadedLanguage || t.Name == truthlens.TechNameCalling) {
				loaded = true
			}
		}
		st.labels[i] = truthlens.Sentence{
			Start: r.Start, End: r.End, Text: sent,
			Subjective:   res.Subjective,
			Subjectivity: truthlens.Round2(clamp01(res.Subjectivity)),
			Loaded:       loaded,
			Quote:        quote,
		}
	}
}

func clamp01(x float64) float64 {
	if x != x || x < 0 {
		return 0
	}
	if x > 1 {
		return 1
	}
	return x
}
