package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// Words returns the word tokens of s (Unicode UAX #29 word boundaries) that
// contain a letter or a digit, with byte offsets into s. Punctuation and
// white space are dropped; "U.S", "don't", "2.8" and "e-mail"'s parts are
// tokens as UAX #29 defines them.
func Words(s string) []Range {
	out := make([]Range, 0, len(s)/6)
	it := words.FromString(s)
	for it.Next() {
		if isWordToken(it.Value()) {
			out = append(out, Range{it.Start(), it.End()})
		}
	}
	return out
}

func isWordToken(tok string) bool {
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(tok[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += size
	}
	return false
}
