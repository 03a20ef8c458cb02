// Package subjectivity labels sentences as subjective and/or loaded
// (biased, emotive wording) with hand-written, lexicon-based rules.
package subjectivity

import "github.com/truthlens/truthlens/text"

// Result is the label of one sentence. Spans are byte ranges into the
// sentence that justify the label (loaded words, opinion markers).
type Result struct {
	Subjectivity float64 // 0..1
	Subjective   bool
	Loaded       bool
	Spans        []Cue
}

// Cue is one piece of evidence inside the sentence.
type Cue struct {
	text.Range
	Kind string // e.g. "loaded", "opinion", "intensifier", "hedge"
}

// Classify labels sentence s. mask lists byte ranges of s (words inside
// attributed quotations) that belong to a speaker, not to the outlet, and
// must not count. STUB.
func Classify(s, lang string, mask []text.Range) Result { return Result{} }
