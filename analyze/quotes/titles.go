package quotes

import (
	"strings"
	"unicode"
)

// This file tells quoted titles of works and names ("the film “Quiet
// Harbour.”", "called it “The Last Ferry”", "“Night Shift” actress Ana
// Roe") from quotations. News text quotes titles with the same marks.

// isTitle reports a quoted run that is a title or a name: capitalised like
// a title and not said by anyone next to it, named by a partial cue
// ("called", "dubbed"), or used as a modifier of the word after it.
func (d *doc) isTitle(k int, f attrFound) bool {
	sp := d.spans[k]
	q := d.s[sp.start:sp.end]
	if !titleCased(q) {
		return false
	}
	// "“Night Shift” actress": a name used as a modifier
	if n := d.tokAt(sp.close); n < len(d.toks) && d.toks[n].word && !d.toks[n].cap &&
		isCue(d.toks, n) == "" && pronoun(d.toks[n].lower, d.lang) == 0 && !auxAdverbs[d.toks[n].lower] &&
		!titleSmall[d.toks[n].lower] {
		return true
	}
	if f.own && f.near && !partialCues[f.cue] {
		return false
	}
	// A capitalised quotation that opens its sentence ("“Never.”") is
	// speech; one inside a sentence is a title.
	if si := d.sentenceAt(sp.open); si >= 0 && strings.TrimSpace(d.s[d.sents[si].Start:sp.open]) == "" {
		return false
	}
	return true
}

// titleCased reports up to ten words capitalised as in a title: every word
// with letters capitalised except small words, and at most one other
// lower-case word in a title of four words or more ("An American Nurse
// Foresees her Death").
func titleCased(q string) bool {
	f := strings.Fields(q)
	if len(f) == 0 || len(f) > 10 {
		return false
	}
	if r := firstLetter(f[0]); r != 0 && !unicode.IsUpper(r) {
		return false
	}
	lower := 0
	for i, w := range f {
		r := firstLetter(w)
		if r == 0 {
			continue
		}
		if unicode.IsUpper(r) {
			continue
		}
		if i > 0 && titleSmall[strings.ToLower(strings.Trim(w, ",.?!:;"))] {
			continue
		}
		lower++
	}
	return lower == 0 || lower == 1 && len(f) >= 4
}

// firstLetter returns the first letter or digit of w, or 0.
func firstLetter(w string) rune {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
	}
	return 0
}
