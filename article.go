// Package truthlens holds the domain types shared by every part of
// truthlens: the extracted Document, the analysed Article with its scores and
// evidence, Story comparisons, and the store interfaces. It depends on the
// standard library only. The JSON shapes follow shared/docs/CLI.md exactly.
package truthlens

import (
	"encoding/json"
	"math"
)

// Engine names the version of the analysis rules. Bump it whenever a change
// alters any analysis output, so stored analyses can be told apart.
const Engine = "truthlens-rules/1"

// Span is a half-open byte range [Start, End) of some text, with the text it
// covers and an optional note saying why it is cited. Unless documented
// otherwise, offsets point into the Text field of the enclosing object.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Note  string `json:"note"`
}

// NewSpan returns the span of text[start:end] with a note.
func NewSpan(text string, start, end int, note string) Span {
	return Span{Start: start, End: end, Text: text[start:end], Note: note}
}

// Removed is a piece of the page or pasted text that extraction cut.
// Kind is one of: related-articles, comments, ads, duplicate, navigation,
// disclosure, other.
type Removed struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// Removed kinds.
const (
	RemovedRelated    = "related-articles"
	RemovedComments   = "comments"
	RemovedAds        = "ads"
	RemovedDuplicate  = "duplicate"
	RemovedNavigation = "navigation"
	RemovedDisclosure = "disclosure"
	RemovedOther      = "other"
)

// Disclosure is a statement the article makes about its own provenance.
// Kind is one of: syndicated, ai-generated, sponsored, correction.
type Disclosure struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// Disclosure kinds.
const (
	DisclosureSyndicated  = "syndicated"
	DisclosureAIGenerated = "ai-generated"
	DisclosureSponsored   = "sponsored"
	DisclosureCorrection  = "correction"
)

// Date is a publish date: RFC 3339, or YYYY-MM-DD when only the day is
// known, or empty when unknown (marshalled as JSON null).
type Date string

// MarshalJSON writes null for an unknown date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// UnmarshalJSON accepts a string or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = Date(s)
	return nil
}

// Link is a hyperlink found in the article body (HTML input only). It is
// not part of the CLI contract; analysis uses it for the citations check.
type Link struct {
	Href string `json:"href"`
	Text string `json:"text"`
}

// Document is the output of extraction: the clean article text and its
// metadata. Text holds paragraphs joined by "\n\n".
type Document struct {
	Input       string       `json:"input"`
	ID          string       `json:"id,omitempty"`
	URL         string       `json:"url"`
	Site        string       `json:"site"`
	Title       string       `json:"title"`
	Byline      string       `json:"byline"`
	Published   Date         `json:"published"`
	Language    string       `json:"language"`
	Text        string       `json:"text"`
	Removed     []Removed    `json:"removed"`
	Disclosures []Disclosure `json:"disclosures"`
	// Links found in the body (HTML only); kept out of the contract JSON.
	Links []Link `json:"-"`
}

// Headline is the analysis of an article's title. Evidence offsets point
// into Original (not into the article text).
type Headline struct {
	Original       string  `json:"original"`
	Suggested      string  `json:"suggested"`
	Clickbait      bool    `json:"clickbait"`
	Sensationalism float64 `json:"sensationalism"`
	Evidence       []Span  `json:"evidence"`
}

// Check is one named, weighted test that contributes to a score. Value is
// in [0, 1] (1 = best journalistic practice). A check whose Weight is 0 did
// not apply (its Note says why) and does not count.
type Check struct {
	ID       string  `json:"id"`
	Label    string  `json:"label"`
	Weight   float64 `json:"weight"`
	Value    float64 `json:"value"`
	Note     string  `json:"note,omitempty"`
	Evidence []Span  `json:"evidence"`
}

// Score is a 0–10 value computed from its checks alone:
// Value = round2(10 * Σ weight·value / Σ weight), over the listed checks.
type Score struct {
	Value  float64 `json:"value"`
	Checks []Check `json:"checks"`
}

// Recompute sets Value from the checks. With no weighted check the value
// is 5 (no information either way).
func (s *Score) Recompute() {
	var num, den float64
	for _, c := range s.Checks {
		if c.Weight <= 0 {
			continue
		}
		v := math.Max(0, math.Min(1, c.Value))
		num += c.Weight * v
		den += c.Weight
	}
	if den == 0 {
		s.Value = 5
		return
	}
	s.Value = Round2(10 * num / den)
}

// Scores are the three metrics and their mean.
type Scores struct {
	Objectivity  Score   `json:"objectivity"`
	Accuracy     Score   `json:"accuracy"`
	Transparency Score   `json:"transparency"`
	Overall      float64 `json:"overall"`
}

// Recompute recomputes each score from its checks and the overall mean.
func (s *Scores) Recompute() {
	s.Objectivity.Recompute()
	s.Accuracy.Recompute()
	s.Transparency.Recompute()
	s.Overall = Round2((s.Objectivity.Value + s.Accuracy.Value + s.Transparency.Value) / 3)
}

// Round2 rounds to two decimals (half away from zero).
func Round2(x float64) float64 { return math.Round(x*100) / 100 }

// Sentence is one sentence of the text with its labels.
type Sentence struct {
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Text         string  `json:"text"`
	Subjective   bool    `json:"subjective"`
	Subjectivity float64 `json:"subjectivity"`
	Loaded       bool    `json:"loaded"`
	Claim        bool    `json:"claim"`
	Quote        bool    `json:"quote"`
}

// Quote is a direct quotation: Text is the words inside the marks. The
// speaker offsets point at the mention of the speaker that resolved it (for
// a pronoun, the pronoun); both are 0 when the speaker is unknown.
type Quote struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Text         string `json:"text"`
	Speaker      string `json:"speaker"`
	SpeakerStart int    `json:"speaker_start"`
	SpeakerEnd   int    `json:"speaker_end"`
	Cue          string `json:"cue"`
}

// Claim is a checkable factual assertion.
type Claim struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Text         string `json:"text"`
	AttributedTo string `json:"attributed_to"`
}

// Technique is a span using a persuasion/manipulation technique.
type Technique struct {
	Technique string `json:"technique"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Note      string `json:"note,omitempty"`
}

// Technique names.
const (
	TechLoadedLanguage = "loaded_language"
	TechNameCalling    = "name_calling"
	TechExaggeration   = "exaggeration"
	TechMinimisation   = "minimisation"
	TechFear           = "fear"
	TechDoubt          = "doubt"
	TechFlagWaving     = "flag_waving"
)

// Section is one part of the narrative analysis.
type Section struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Body     string `json:"body"`
	Evidence []Span `json:"evidence"`
	// Generator says who wrote Body: "rules" or "llm:MODEL".
	Generator string `json:"generator,omitempty"`
}

// SectionIDs are the section ids, in contract order.
var SectionIDs = []string{
	"implications", "public_perception", "omissions", "manipulation",
	"truthfulness", "connections", "society_economy", "communities",
	"markets", "geopolitics", "ai_involvement", "conclusion",
}

// Article is a Document with its full analysis: the `analyze` object.
type Article struct {
	Document
	Headline   Headline    `json:"headline"`
	Scores     Scores      `json:"scores"`
	Summary    string      `json:"summary"`
	Sentences  []Sentence  `json:"sentences"`
	Quotes     []Quote     `json:"quotes"`
	Claims     []Claim     `json:"claims"`
	Techniques []Technique `json:"techniques"`
	Sections   []Section   `json:"sections"`
	Engine     string      `json:"engine"`
	// Enrichment says whether an LLM rewrote prose (absent without one).
	Enrichment *Enrichment `json:"enrichment,omitempty"`
	// Story is the id of the story the article belongs to (API only).
	Story *string `json:"story,omitempty"`
}

// Enrichment records an optional LLM pass over the prose: which model,
// whether it succeeded, and a note shown to readers (e.g. why the
// rule-based text was kept). Scores are never taken from a model.
type Enrichment struct {
	Model  string `json:"model"`
	Status string `json:"status"` // "ok", "partial" or "fallback"
	Note   string `json:"note,omitempty"`
}

// ErrorObject is the per-input error line of the CLI contract.
type ErrorObject struct {
	Input string `json:"input"`
	ID    string `json:"id,omitempty"`
	Error string `json:"error"`
}
