package analyze

import (
	"sort"
	"strings"

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
	var extra []tech // loaded words the classifier found and the lists missed
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
		res := st.deps.classify(sent, st.lang, m)
		st.sub[i] = res
		n0 := len(extra)
		extra = st.mergeCues(i, r, res, extra)
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
		if len(extra) > n0 {
			loaded = true
		}
		st.labels[i] = truthlens.Sentence{
			Start: r.Start, End: r.End, Text: sent,
			Subjective:   res.Subjective,
			Subjectivity: truthlens.Round2(clamp01(res.Subjectivity)),
			Loaded:       loaded,
			Quote:        quote,
		}
	}
	st.addTechs(extra)
}

// newsCommon are words of the shared loaded lexicon that careful news
// reporting uses in their plain sense; they are not listed as techniques.
var newsCommon = setOf("controversial", "crackdown", "disaster", "catastrophe", "backlash",
	"row", "feud", "feuds", "extreme", "authoritarian", "embattled", "beleaguered", "fake",
	"militant", "militants", "spree", "saga", "woes", "showdown", "blunder", "blunders",
	"rebuke", "rebuked", "hail", "hailed", "laud", "lauded", "lament", "lamented",
	"triumph", "rioters", "looters", "extremist", "extremists", "radicalized", "cruelty",
	"dash", "dashed", "flop", "spat", "spats", "grab", "derail", "derailed", "torpedo",
	"torpedoed", "rumble", "panned", "slate", "slated", "dodge", "dodged", "snub", "snubbed")

// mergeCues appends to extra the classifier's loaded and name-calling
// cues (the shared lexicon of package lexicon) that the technique lists
// missed, as techniques of the outlet's own words.
func (st *state) mergeCues(i int, r text.Range, res subjectivity.Result, extra []tech) []tech {
	if !st.en {
		return extra
	}
	own := st.techsIn(i)
	for _, c := range res.Spans {
		name := ""
		switch c.Kind {
		case subjectivity.KindLoaded:
			name = truthlens.TechLoadedLanguage
		case subjectivity.KindNameCalling:
			name = truthlens.TechNameCalling
		default:
			continue
		}
		a, b := r.Start+c.Start, r.Start+c.End
		if c.Start < 0 || b > r.End || a >= b || newsCommon[strings.ToLower(st.s[a:b])] || st.inQuote(a) {
			continue
		}
		overlap := false
		for _, t := range own {
			overlap = overlap || t.Start < b && a < t.End
		}
		for _, t := range extra {
			overlap = overlap || t.Start < b && a < t.End
		}
		if !overlap {
			extra = append(extra, tech{Name: name, Start: a, End: b, Quote: -1, Sent: i})
		}
	}
	return extra
}

// inQuote reports whether byte offset off lies inside a quotation.
func (st *state) inQuote(off int) bool {
	k := sort.Search(len(st.quotes), func(k int) bool { return st.quotes[k].End > off })
	return k < len(st.quotes) && st.quotes[k].Start <= off
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
