package analyze

import (
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/subjectivity"
	"github.com/truthlens/truthlens/text"
)

// fakeDeps are small fixed stand-ins for the sibling analysers (subjectivity,
// quotes, headline): simple enough to predict, stable while the real ones
// are tuned. The behaviour and property tests use the real ones.
var fakeDeps = deps{classify: fakeClassify, quotes: fakeQuotes, headline: fakeHeadline}

var fakeOpinion = []string{"think", "believe", "should", "must", "terrible", "wonderful", "disgrace", "shocking", "sad", "beautiful", "hoax", "!"}
var fakeLoaded = []string{"corrupt", "disgraceful", "thugs", "scam", "insane", "cronies"}

// fakeClassify: subjective when an opinion word or "!" appears outside the
// mask; loaded when a loaded word does (reported as cues).
func fakeClassify(s, lang string, mask []text.Range) subjectivity.Result {
	var b strings.Builder
	b.WriteString(strings.ToLower(s))
	low := []byte(b.String())
	for _, m := range mask {
		for i := m.Start; i < m.End && i < len(low); i++ {
			low[i] = ' '
		}
	}
	ls := string(low)
	var r subjectivity.Result
	hits := 0
	for _, w := range fakeOpinion {
		if strings.Contains(ls, w) {
			hits++
		}
	}
	for _, w := range fakeLoaded {
		if i := strings.Index(ls, w); i >= 0 {
			hits++
			r.Loaded = true
			r.Spans = append(r.Spans, subjectivity.Cue{Range: text.Range{Start: i, End: i + len(w)}, Kind: subjectivity.KindLoaded})
		}
	}
	r.Subjectivity = min(1, 0.1+0.3*float64(hits))
	r.Subjective = r.Subjectivity >= 0.5
	return r
}

// fakeQuotes pairs “…” and "…" inside each sentence; the speaker is the
// capitalised words next to "said" right after the closing mark.
func fakeQuotes(s string, sents []text.Range, lang string) []truthlens.Quote {
	var out []truthlens.Quote
	for _, r := range sents {
		sent := s[r.Start:r.End]
		for i := 0; i < len(sent); {
			open, n := quoteMark(sent[i:])
			if n == 0 {
				i++
				continue
			}
			j := i + n
			end := -1
			for k := j; k < len(sent); k++ {
				if c, m := quoteMark(sent[k:]); m > 0 && (c == open || c == "”" && open == "“") {
					end = k
					break
				}
			}
			if end < 0 {
				break
			}
			_, m := quoteMark(sent[end:])
			q := truthlens.Quote{Start: r.Start + j, End: r.Start + end, Text: sent[j:end]}
			rest := sent[end+m:]
			if k := strings.Index(rest, "said"); k >= 0 && k < 40 {
				who := strings.Trim(rest[:k], " ,")
				if who == "" {
					after := rest[k+len("said"):]
					w := strings.FieldsFunc(after, func(c rune) bool { return c == ',' || c == '.' })
					if len(w) > 0 {
						who = strings.TrimSpace(w[0])
					}
				}
				if who != "" && strings.ToUpper(who[:1]) == who[:1] {
					a := r.Start + end + m + strings.Index(rest, who)
					q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue = who, a, a+len(who), "said"
				}
			}
			out = append(out, q)
			i = end + m
		}
	}
	return out
}

func quoteMark(s string) (string, int) {
	for _, m := range []string{"“", "”", "\""} {
		if strings.HasPrefix(s, m) {
			return m, len(m)
		}
	}
	return "", 0
}

// fakeHeadline: sensationalism 3 per "!" or word in capitals.
func fakeHeadline(title, lang, body string) truthlens.Headline {
	h := truthlens.Headline{Original: title, Suggested: title, Evidence: []truthlens.Span{}}
	n := strings.Count(title, "!")
	for _, w := range strings.Fields(title) {
		if len(w) > 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			n++
		}
	}
	h.Sensationalism = float64(min(10, 3*n))
	h.Clickbait = n >= 2
	return h
}
