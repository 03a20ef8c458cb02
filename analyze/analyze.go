// Package analyze turns an extracted Document into an Article: sentences,
// quotes, claims, techniques, checks, scores, summary, neutral headline and
// the analysis sections. Pure: no network, database or clock; the same
// Document always gives the same Article.
//
// The text is tokenised once (tokens.go); every detector then works on the
// token stream with word lists precompiled into maps at start-up. Words
// inside attributed quotations are the speaker's: they are masked out of
// every check that judges the outlet's own wording.
package analyze

import (
	"sort"
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/headline"
	"github.com/truthlens/truthlens/analyze/lexicon"
	"github.com/truthlens/truthlens/analyze/quotes"
	"github.com/truthlens/truthlens/analyze/subjectivity"
	"github.com/truthlens/truthlens/text"
)

// deps are the analysers of the sibling packages that Analyze builds on.
// Tests swap in fixed stand-ins so that the golden files pin this
// package's rules, not the current state of its siblings.
type deps struct {
	classify func(s, lang string, mask []text.Range) subjectivity.Result
	quotes   func(s string, sents []text.Range, lang string) []truthlens.Quote
	headline func(title, lang, body string) truthlens.Headline
}

var defaultDeps = deps{
	classify: subjectivity.Classify,
	quotes:   quotes.Find,
	headline: func(title, lang, body string) truthlens.Headline {
		return headline.AnalyzeWithContext(title, lang, headline.ContextFromText(body))
	},
}

// state is everything computed about one text, shared by the detectors.
type state struct {
	deps  *deps
	s     string
	lang  string         // ISO 639-1, "" when unknown
	en    bool           // the English word lists apply
	lx    *lexicon.Table // the shared lexicon of lang, looked up once
	sents []text.Range
	toks  []token
	// sentTok[i] is the first token index of sentence i; sentTok[len] = len(toks).
	sentTok []int
	quotes  []truthlens.Quote
	sub     []subjectivity.Result
	labels  []truthlens.Sentence
	techs   []tech
	claims  []claimInfo
	feats   []sentFeat
	srcHits *[]sourcingHit
	caps    map[string]bool // words written capitalised mid-sentence
	// outletWords counts tokens outside quotations.
	outletWords int
}

// Analyze analyses doc. Every span's offsets are byte offsets into doc.Text.
func Analyze(doc truthlens.Document) truthlens.Article { return defaultDeps.analyze(doc) }

func (d *deps) analyze(doc truthlens.Document) truthlens.Article {
	a := truthlens.Article{Document: doc, Engine: truthlens.Engine}
	if a.Removed == nil {
		a.Removed = []truthlens.Removed{}
	}
	if a.Disclosures == nil {
		a.Disclosures = []truthlens.Disclosure{}
	}
	lang := doc.Language
	if lang == "" && strings.TrimSpace(doc.Text) != "" {
		lang = text.Language(doc.Text)
		a.Language = lang // the language the analysis assumed
	}
	st := d.newState(doc.Text, lang, nil)
	a.Headline = d.headline(doc.Title, lang, doc.Text)
	if a.Headline.Evidence == nil {
		a.Headline.Evidence = []truthlens.Span{}
	}
	a.Sentences = st.labels
	a.Quotes = st.quotes
	a.Claims = st.publicClaims()
	a.Techniques = st.publicTechniques()
	a.Scores = st.scores(&doc, &a.Headline)
	a.Summary = st.summary(doc.Title)
	a.Sections = st.sections(&doc, &a)
	return a
}

// LabelSentences labels the given sentence ranges of s (all of s split by
// text.Sentences when ranges is nil). Quotations are found with
// quotes.Find over the same ranges and masked before the subjectivity
// classifier sees a sentence.
func LabelSentences(s, lang string, ranges []text.Range) []truthlens.Sentence {
	return defaultDeps.newState(s, lang, ranges).labels
}

// newState runs the sentence-level detectors over s.
func (d *deps) newState(s, lang string, ranges []text.Range) *state {
	lang = lexicon.Lang(lang)
	st := &state{deps: d, s: s, lang: lang, en: lang == "en", lx: lexicon.For(lang)}
	given := ranges != nil
	if !given {
		ranges = text.Sentences(s, lang)
	}
	st.sents = validRanges(s, ranges)
	if given {
		// Given ranges are independent sentences (one a line): a quote
		// mark left open on one line must not pair with one lines later.
		st.quotes = validQuotes(s, d.findEach(s, st.sents, lang))
	} else {
		st.quotes = validQuotes(s, d.quotes(s, st.sents, lang))
	}
	st.toks = tokenize(s)
	st.index()
	st.findTechniques()
	st.label()
	st.findClaims()
	return st
}

// validRanges keeps the ranges that lie inside s, in order, without
// overlap: a defence against a splitter bug producing broken offsets.
func validRanges(s string, rs []text.Range) []text.Range {
	out := make([]text.Range, 0, len(rs))
	last := 0
	for _, r := range rs {
		if r.Start < last || r.End > len(s) || r.Start >= r.End {
			continue
		}
		out = append(out, r)
		last = r.End
	}
	return out
}

// validQuotes drops quotes whose offsets do not point at their text.
func validQuotes(s string, qs []truthlens.Quote) []truthlens.Quote {
	qs = append([]truthlens.Quote(nil), qs...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	out := make([]truthlens.Quote, 0, len(qs))
	last := 0
	for _, q := range qs {
		if q.Start < last || q.End > len(s) || q.Start >= q.End {
			continue
		}
		last = q.End
		q.Text = s[q.Start:q.End]
		if q.SpeakerStart < 0 || q.SpeakerEnd > len(s) || q.SpeakerStart > q.SpeakerEnd {
			q.SpeakerStart, q.SpeakerEnd = 0, 0
		}
		out = append(out, q)
	}
	return out
}

// index assigns each token its sentence and quotation and counts the
// outlet's own words.
func (st *state) index() {
	si, qi := 0, 0
	st.sentTok = make([]int, len(st.sents)+1)
	for i := range st.sentTok {
		st.sentTok[i] = len(st.toks)
	}
	for i := range st.toks {
		t := &st.toks[i]
		for si < len(st.sents) && st.sents[si].End <= t.Start {
			si++
		}
		if si < len(st.sents) && st.sents[si].Start <= t.Start && t.End <= st.sents[si].End {
			if st.sentTok[si] == len(st.toks) {
				st.sentTok[si] = i
				t.Flags |= fFirst
			}
			t.Sent = si
		}
		for qi < len(st.quotes) && st.quotes[qi].End <= t.Start {
			qi++
		}
		if qi < len(st.quotes) && st.quotes[qi].Start <= t.Start && t.End <= st.quotes[qi].End {
			t.Quote = qi
		} else {
			st.outletWords++
		}
	}
	// Sentences without tokens start where the next one does.
	for i := len(st.sents) - 1; i >= 0; i-- {
		if st.sentTok[i] > st.sentTok[i+1] {
			st.sentTok[i] = st.sentTok[i+1]
		}
	}
}

// sentToks returns the tokens of sentence i.
func (st *state) sentToks(i int) []token {
	a, b := st.sentTok[i], st.sentTok[i+1]
	for b > a && st.toks[b-1].Sent != i {
		b--
	}
	return st.toks[a:b]
}

// span returns the span of s[start:end] with a note.
func (st *state) span(start, end int, note string) truthlens.Span {
	return truthlens.NewSpan(st.s, start, end, note)
}

// sentOf returns the sentence holding byte offset off (an empty range at
// off if none does).
func (st *state) sentOf(off int) text.Range {
	i := sort.Search(len(st.sents), func(i int) bool { return st.sents[i].End > off })
	if i < len(st.sents) && st.sents[i].Start <= off {
		return st.sents[i]
	}
	return text.Range{Start: off, End: off}
}

// findEach finds the quotations of each range on its own.
func (d *deps) findEach(s string, rs []text.Range, lang string) []truthlens.Quote {
	var out []truthlens.Quote
	for _, r := range rs {
		// A line copied raw from a CSV/TSV file may still carry the field's
		// quoting ("...""..."""): blank it (byte for byte) so that it is not
		// taken for a quotation around the whole line.
		sub := subjectivity.UnquoteCSVField(s[r.Start:r.End])
		for _, q := range d.quotes(sub, []text.Range{{Start: 0, End: len(sub)}}, lang) {
			q.Start += r.Start
			q.End += r.Start
			q.Text = s[q.Start:q.End]
			if q.SpeakerEnd > q.SpeakerStart {
				q.SpeakerStart += r.Start
				q.SpeakerEnd += r.Start
			}
			out = append(out, q)
		}
	}
	return out
}
