// Package quotes finds direct quotations and resolves their speakers.
//
// Quotations are the words between quote marks ("…", “…”, „…“, «…», and
// ‘…’ where the closing mark is no apostrophe). A paragraph that opens a
// quotation without closing it continues in the next paragraph that opens
// with a quote mark; each paragraph's part is its own Quote with the same
// speaker. Speakers come from reporting clauses next to the marks ("X
// said", "said X", "X told Y", "according to X", "X said on the phone:",
// "He called it “…”") in English, German, French, Spanish and Italian; a
// quote with no clause of its own takes the speaker of the quote next to
// it in the same sentence or paragraph (“A,” she said. “B.”), or of the
// last quote of the previous paragraph when it is a paragraph of its own.
// Pronouns, "the spokesperson"-style roles and bare surnames are resolved
// to the person named before; a speaker with no name is kept as its
// descriptive phrase ("A spokesperson for the embassy").
//
// Quoted phrases of one or two words, and capitalised titles ("Operation
// Fox Hunt"), count only when a reporting clause attributes them: scare
// quotes and names are not quotations.
package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/text"
)

// Find returns the direct quotations of s (sentences as split by
// text.Sentences; nil means split s here) with their speakers, in text
// order. Text is s[Start:End], the words inside the marks. SpeakerStart and
// SpeakerEnd point at the mention that resolved the speaker: the name, the
// surname, the descriptive phrase, or the pronoun or "the ROLE" phrase when
// the speaker was resolved through one; for a speaker taken over from a
// neighbouring quote, at that quote's mention. Speaker is the full
// resolved name; unknown speakers are "" with offsets 0, 0 and Cue "".
func Find(s string, sents []text.Range, lang string) []truthlens.Quote {
	paras := text.Paragraphs(s)
	spans := findSpans(s, paras)
	if len(spans) == 0 {
		return nil
	}
	if sents == nil {
		sents = text.Sentences(s, lang)
	}
	d := &doc{s: s, lang: lang, toks: tokenize(s, 0, len(s)), sents: sents, spans: spans, paras: paras}
	d.ments = findMentions(s, d.toks)
	d.addAppositiveRoles()
	d.findCues()
	d.promoteSpeakers()
	d.collectSubjects()

	found := make([]attrFound, len(spans))
	for k := range spans {
		found[k] = d.attribute(k)
	}
	d.pullQuotes(found, true)
	d.inherit(found)
	d.pullQuotes(found, false)

	out := make([]truthlens.Quote, 0, len(spans))
	for k, sp := range spans {
		f := found[k]
		if !(f.own && f.near) && !((f.own || f.sameSent) && wordCount(s[sp.start:sp.end]) >= 2) && isTermLike(s[sp.start:sp.end]) {
			continue
		}
		if d.isTitle(k, f) {
			continue
		}
		if f.r.name == "" && isScareQuote(s[sp.start:sp.end]) {
			continue
		}
		q := truthlens.Quote{Start: sp.start, End: sp.end, Text: s[sp.start:sp.end]}
		if f.r.name != "" {
			q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue = f.r.name, f.r.start, f.r.end, f.cue
		}
		out = append(out, q)
	}
	return out
}

// attrFound is the attribution of one quote.
type attrFound struct {
	r    resolved
	cue  string
	own  bool // from a reporting clause of its own (not inherited)
	near bool // that clause is right next to the marks
	// sameSent: taken over from a quote of the same sentence ("He said
	// it was “working” but “slow.”")
	sameSent bool
}

// attribute finds the reporting clause of quote k, after its closing mark
// or before its opening mark.
func (d *doc) attribute(k int) attrFound {
	sp := d.spans[k]
	// Before the opening mark, from the sentence start (or the previous
	// quote in the sentence).
	si := d.sentenceAt(sp.open)
	from := 0
	if si >= 0 {
		from = d.sents[si].Start
	}
	if k > 0 && d.spans[k-1].close > from && d.spans[k-1].close <= sp.open {
		from = d.spans[k-1].close
	}
	var pre attr
	preOK := false
	if ti, tj := d.tokAt(from), d.tokAt(sp.open); ti < tj {
		pre, preOK = d.attrBefore(ti, tj)
		// "X said: “…”", "X said that “…”" and "X called it “…”" bind
		// tighter than a clause after the quote.
		if last := d.toks[tj-1].lower; preOK && (last == ":" || last == "that" || last == "," || pre.dist <= 3) {
			return d.found(pre)
		}
	}
	if sp.closed {
		if a, ok := d.attrAfterClose(k); ok {
			return d.found(a)
		}
	}
	if preOK {
		return d.found(pre)
	}
	// Headline style "Kestrel quits: 'I gave it everything'": the person
	// named before the colon.
	if ti, tj := d.tokAt(from), d.tokAt(sp.open); ti < tj && d.toks[tj-1].text == ":" {
		if a, b, ok := d.firstPersonIn(ti, tj); ok {
			if r := d.resolve(a, b); r.name != "" {
				return attrFound{r: r, own: true}
			}
		}
	}
	return attrFound{}
}

// attrAfterClose looks for the reporting clause after quote k's closing
// mark: in the rest of its sentence (up to the next quote), or in a short
// next sentence ("“Why?” Ma asked.").
func (d *doc) attrAfterClose(k int) (attr, bool) {
	sp := d.spans[k]
	limit := len(d.s)
	nextSentence := false
	if si := d.sentenceAt(sp.close - 1); si >= 0 {
		limit = d.sents[si].End
		if limit <= sp.close && si+1 < len(d.sents) && d.sameParagraph(sp.close, d.sents[si+1].Start) {
			next := d.sents[si+1]
			if next.End-next.Start < 80 && !strings.ContainsAny(d.s[next.Start:next.End], "\"“”«»„") {
				limit = next.End
				nextSentence = true
			}
		}
	}
	if k+1 < len(d.spans) && d.spans[k+1].open < limit {
		limit = d.spans[k+1].open
	}
	ti, tj := d.tokAt(sp.close), d.tokAt(limit)
	if ti >= tj {
		return attr{}, false
	}
	a, ok := d.attrAfter(ti, tj)
	if ok && nextSentence {
		// "“Why?” Ma asked." but not "Nobody has claimed it.": a
		// separate sentence counts only when it is just the clause.
		// "LaBolt said of public attitudes." may run longer.
		tail := 4
		if speechCues[a.cue] {
			tail = 8
		}
		neg := negativeSubject[d.toks[a.a].lower]
		if neg || tj-(ti+a.dist) > tail || a.b-a.a > 5 {
			return attr{}, false
		}
	}
	return a, ok
}

// speechCues are the plain verbs of saying, whose clause may carry a
// short adverbial after the quote ("Ruiz said of the plan.").
var speechCues = words("said says added told asked wrote replied")

// negativeSubject are subjects that say nobody spoke.
var negativeSubject = words("nobody none nothing neither no few")

func (d *doc) sameParagraph(a, b int) bool {
	return d.paraAt(a) == d.paraAt(b)
}

// paraAt returns the index of the paragraph containing pos (or the last
// one starting before it).
func (d *doc) paraAt(pos int) int {
	return sort.Search(len(d.paras), func(i int) bool { return d.paras[i].Start > pos }) - 1
}

func (d *doc) found(a attr) attrFound {
	var r resolved
	if a.implicit {
		r, _ = d.resolvePronoun('u', d.toks[a.a].start)
	} else {
		r = d.resolve(a.a, a.b)
	}
	if r.name == "" {
		return attrFound{}
	}
	return attrFound{r: r, cue: a.cue, own: true, near: a.dist <= 4}
}

// isTermLike reports quoted words that are more likely a term, a scare
// quote or a title than a quotation: one or two words, or up to six words
// all capitalised with no sentence punctuation.
func isTermLike(q string) bool {
	n, caps, small := 0, 0, 0
	for _, f := range strings.Fields(q) {
		if titleSmall[f] {
			small++
		}
		letters := false
		for _, r := range f {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				letters = true
				break
			}
		}
		if !letters {
			continue
		}
		n++
		for _, r := range f {
			if unicode.IsUpper(r) {
				caps++
			}
			break
		}
	}
	first, _ := utf8.DecodeRuneInString(q)
	last, _ := utf8.DecodeLastRuneInString(q)
	if unicode.IsUpper(first) && strings.ContainsRune(".?!…", last) {
		return false // a sentence: “Maybe.”
	}
	if n <= 2 {
		return true
	}
	return caps+small == n && !strings.ContainsAny(q, ".?!")
}

// isScareQuote reports a short unattributed phrase (up to four words, no
// sentence punctuation, not capitalised): "the so-called "war on waste"".
func isScareQuote(q string) bool {
	r, _ := utf8.DecodeRuneInString(q)
	return len(strings.Fields(q)) <= 4 && !unicode.IsUpper(r) && !strings.ContainsAny(q, ".?!…")
}

// wordCount counts the white-space separated words of q.
func wordCount(q string) int { return len(strings.Fields(q)) }

// titleSmall are the words left in lower case in a title.
var titleSmall = words("a an the and or nor but of in on at to for with by from as vs against into over")
