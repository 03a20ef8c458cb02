// Package subjectivity labels sentences as subjective and/or loaded
// (biased, emotive wording) with hand-written, lexicon-based rules.
//
// A sentence's cues (evaluative and loaded words, intensifiers, hedges,
// certainty markers, calls to action, first/second person, superlatives,
// exclamations, rhetorical questions, scare quotes) add hand-set weights;
// signs of neutral reporting (attribution, figures) subtract. The sum,
// squashed to 0..1, is the Subjectivity; Subjective is Subjectivity >= 0.5.
// Loaded needs a loaded word (emotive or partisan term, name-calling,
// profanity), or a strongly valenced word in a sentence that is already
// subjective. Words inside quotations belong to the speaker and never count:
// the caller's mask, plus long quotations found in the sentence itself.
// The word lists live in package lexicon; the rules are in rules.go.
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

// The cue kinds Classify reports.
const (
	KindLoaded       = "loaded"
	KindNameCalling  = "name_calling"
	KindOpinion      = "opinion"
	KindIntensifier  = "intensifier"
	KindHedge        = "hedge"
	KindCertainty    = "certainty"
	KindEpistemic    = "epistemic"
	KindObligation   = "obligation"
	KindAbsolutist   = "absolutist"
	KindSuperlative  = "superlative"
	KindFirstPerson  = "first_person"
	KindSecondPerson = "second_person"
	KindExclamation  = "exclamation"
	KindQuestion     = "rhetorical_question"
	KindScareQuote   = "scare_quote"
	KindArgument     = "argument"
)

// Threshold is the Subjectivity at and above which a sentence is Subjective.
const Threshold = 0.5

// Classify labels sentence s in language lang (ISO 639-1; "" is taken as
// English). mask lists byte ranges of s (words inside attributed
// quotations) that belong to a speaker, not to the outlet, and must not
// count. Spans are sorted by position and lie inside s.
func Classify(s, lang string, mask []text.Range) Result {
	var buf [64]token
	f := extract(fieldQuoting(s), lang, mask, buf[:0])
	return f.result()
}
