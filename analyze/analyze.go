// Package analyze turns an extracted Document into an Article: sentences,
// quotes, claims, techniques, checks, scores, summary, neutral headline and
// the analysis sections. Pure: no network, database or clock.
package analyze

import (
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/headline"
	"github.com/truthlens/truthlens/text"
)

// Analyze analyses doc. STUB.
func Analyze(doc truthlens.Document) truthlens.Article {
	a := truthlens.Article{Document: doc, Engine: truthlens.Engine}
	a.Headline = headline.Analyze(doc.Title, doc.Language)
	a.Sentences = LabelSentences(doc.Text, doc.Language, nil)
	a.Scores.Recompute()
	return a
}

// LabelSentences labels the given sentence ranges of s (all of s split by
// text.Sentences when ranges is nil). STUB.
func LabelSentences(s, lang string, ranges []text.Range) []truthlens.Sentence {
	if ranges == nil {
		ranges = text.Sentences(s, lang)
	}
	out := make([]truthlens.Sentence, 0, len(ranges))
	for _, r := range ranges {
		out = append(out, truthlens.Sentence{Start: r.Start, End: r.End, Text: s[r.Start:r.End]})
	}
	return out
}
