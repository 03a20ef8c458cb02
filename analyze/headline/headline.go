// Package headline scores a headline for clickbait and sensationalism and
// suggests a neutral rewrite. Deterministic; no LLM.
//
// Clickbait is decided by a small logistic-regression model over hashed
// word and character n-grams (model.json, trained by
// internal/train/clickbait on the MIT-licensed "Stop Clickbait" data set);
// it applies to English titles only.
//
// Sensationalism (0-10, one decimal) is a sum of named points, each with
// its evidence span except the first:
//
//	4 × clickbait probability
//	loaded or emotive word      1.5 each, at most 3
//	superlative (best, -est)    1 each, at most 2
//	shouted word (ALL CAPS)     1 each, at most 2
//	exclamation mark(s)         1 each, at most 1.5
//	clickbait frame             1 each, at most 2 ("You won't believe")
//	absolute term (never, all)  0.5 each, at most 1
//	intensifier (totally)       0.5 each, at most 1
//
// capped at 10. The suggested headline is a rule-based rewrite (see
// rewrite.go and attribution.go).
package headline

import (
	"math"
	"sort"
	"unicode"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/lexicon"
)

// Context is what the article body tells about the headline's claims.
type Context struct {
	// Source names who the facts come from, as the article names them:
	// "the Guardian", "ICIJ", "documents seen by the Guardian". Empty when
	// the article names none.
	Source string `json:"source"`
	// Allegation is true when the article presents the headline's facts
	// as an allegation or a report's finding rather than as established.
	Allegation bool `json:"allegation"`
}

// Analyze returns the headline analysis of title in language lang (ISO
// 639-1, "" when unknown). Evidence offsets point into title.
func Analyze(title, lang string) truthlens.Headline {
	return AnalyzeWithContext(title, lang, Context{})
}

// AnalyzeWithContext is Analyze with what the article body says about the
// source of the headline's claims (see ContextFromText), so that the
// suggested headline can name it.
func AnalyzeWithContext(title, lang string, ctx Context) truthlens.Headline {
	toks := tokenize(title)
	english := isEnglish(lang, title, toks)
	p := 0.0
	if english && len(toks) > 0 {
		if m, err := loadModel(); err == nil {
			p = sigmoid(m.Score(features(title, toks, m.Features, nil)))
		}
	}
	clickbait := p >= 0.5
	cues := findCues(title, toks, lang, english)
	h := truthlens.Headline{
		Original:       title,
		Clickbait:      clickbait,
		Sensationalism: points(p, cues),
		Evidence:       evidence(title, cues, clickbait),
	}
	if english && clickbait && !hasKind(cues, kindClickbait, kindFrame) {
		if sp, ok := modelCue(title, toks); ok {
			h.Evidence = appendSorted(h.Evidence, sp)
		}
	}
	h.Suggested = suggest(title, toks, cues, english, clickbait || hasKind(cues, kindFrame), ctx)
	return h
}

// pointTable: points per cue of a kind and the cap for that kind. The
// clickbait probability adds up to 4 points.
var pointTable = map[string][2]float64{
	kindFrame:       {1, 2},
	kindLoaded:      {1.5, 3},
	kindSuperlative: {1, 2},
	kindAllCaps:     {1, 2},
	kindExclaim:     {1, 1.5},
	kindAbsolute:    {0.5, 1},
	kindIntensifier: {0.5, 1},
}

// points is the 0-10 sensationalism: 4 × clickbait probability plus the
// capped points of each cue kind, rounded to one decimal.
func points(p float64, cues []cue) float64 {
	sum := map[string]float64{}
	for _, c := range cues {
		if pt, ok := pointTable[c.kind]; ok {
			sum[c.kind] = math.Min(sum[c.kind]+pt[0], pt[1])
		}
	}
	total := 4 * p
	kinds := make([]string, 0, len(sum))
	for k := range sum {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		total += sum[k]
	}
	return math.Round(math.Min(10, math.Max(0, total))*10) / 10
}

// evidence turns cues into spans sorted by offset. Structural clickbait
// cues are shown only when the model says clickbait.
func evidence(title string, cues []cue, clickbait bool) []truthlens.Span {
	out := make([]truthlens.Span, 0, len(cues))
	for _, c := range cues {
		if c.kind == kindClickbait && !clickbait {
			continue
		}
		out = append(out, truthlens.NewSpan(title, c.start, c.end, c.note))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return out
}

func appendSorted(ev []truthlens.Span, sp truthlens.Span) []truthlens.Span {
	ev = append(ev, sp)
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].Start < ev[j].Start })
	return ev
}

func hasKind(cues []cue, kinds ...string) bool {
	for _, c := range cues {
		for _, k := range kinds {
			if c.kind == k {
				return true
			}
		}
	}
	return false
}

// modelCue names the word that pushes the model most towards clickbait.
func modelCue(title string, toks []token) (truthlens.Span, bool) {
	m, err := loadModel()
	if err != nil {
		return truthlens.Span{}, false
	}
	best, bestScore := -1, 0.0
	for i, t := range toks {
		var s int64
		for _, k := range wordFeatures(t, m.Features) {
			s += int64(m.Weights[k])
		}
		if v := float64(s); v > bestScore {
			best, bestScore = i, v
		}
	}
	if best < 0 {
		return truthlens.Span{}, false
	}
	t := toks[best]
	return truthlens.NewSpan(title, t.Start, t.End, "clickbait: model cue '"+t.Text+"'"), true
}

// isEnglish decides whether the English model and rewrite rules apply.
// An unknown or "en" language counts as English unless the title is mostly
// in another script; another language counts as English only when the
// title is plain ASCII with more English stop words than stop words of
// that language (language identification often fails on short titles).
func isEnglish(lang, title string, toks []token) bool {
	latin, other := 0, 0
	for _, r := range title {
		if !unicode.IsLetter(r) {
			continue
		}
		if r < 0x250 {
			latin++
		} else {
			other++
		}
	}
	if other > latin {
		return false
	}
	l := lexicon.Lang(lang)
	if l == "" || l == "en" {
		return true
	}
	for _, r := range title {
		if r >= 0x80 && unicode.IsLetter(r) {
			return false
		}
	}
	en, other := 0, 0
	for _, t := range toks {
		if englishWords[t.Lower] || lexicon.IsStopword("en", t.Lower) {
			en++
		}
		if lexicon.IsStopword(l, t.Lower) {
			other++
		}
	}
	return en > other
}
