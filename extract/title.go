package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headline limits for pasted text without a title hint: a first line
// longer than this is a paragraph of the body, not its headline.
const (
	headlineMaxWords = 22
	headlineMaxRunes = 170
)

// looksLikeHeadline says whether the first kept line of pasted text is a
// headline: short, and not a sentence of running text (no full stop at
// its end, no full stop followed by another sentence). Question and
// exclamation marks and quotes are allowed ("Who pays? Council decides").
// A very short line ending with a full stop ("Barrier approved.") is
// still taken as a headline.
func looksLikeHeadline(s string, words int) bool {
	if words == 0 || words > headlineMaxWords || utf8.RuneCountInString(s) > headlineMaxRunes {
		return false
	}
	if hasInnerSentenceEnd(s) {
		return false
	}
	return words <= 5 || !endsWithFullStop(s)
}

// endsWithFullStop: s ends with a sentence-final period (not an ellipsis,
// not an abbreviation or initial such as "U.S.").
func endsWithFullStop(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return false
	}
	return !abbreviationBefore(s, len(s)-1)
}

// hasInnerSentenceEnd: a sentence-final ". " followed by an upper-case
// letter or a quote (a second sentence in the line). Headlines do put a
// question or exclamation mark mid-line ("Who pays? Council to decide").
func hasInnerSentenceEnd(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' || s[i+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i+2:])
		if !unicode.IsUpper(r) && r != '"' && r != '“' {
			continue
		}
		if abbreviationBefore(s, i) || i > 0 && s[i-1] == '.' {
			continue
		}
		return true
	}
	return false
}

// titleAbbrev are abbreviations written with a period before a name or
// number ("Dr. Okafor", "No. 10").
var titleAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"vs": true, "no": true, "gen": true, "gov": true, "sen": true, "rep": true, "prof": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "mt": true, "ft": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "rev": true, "hon": true, "pres": true, "esq": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// abbreviationBefore: the period at s[dot] ends an initial ("U.S.", "J.")
// or a known abbreviation ("Dr.").
func abbreviationBefore(s string, dot int) bool {
	start := dot
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	word := s[start:dot]
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	return titleAbbrev[strings.ToLower(word)]
}
