package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a single punctuation rune of the text, with byte
// offsets into the full text.
type token struct {
	start, end int
	text       string
	lower      string // text in lower case
	word       bool   // letters/digits (with inner ' ’ - . for words like O'Brien, U.S.)
	cap        bool   // word starting with an upper-case letter
}

// tokenize splits s[a:b] into tokens. Words glued by scraping
// ("suggestsMa", "ofSun") are split where a lower-case run of two or more
// letters meets an upper-case letter.
func tokenize(s string, a, b int) []token {
	out := make([]token, 0, (b-a)/4)
	for i := a; i < b; {
		r, size := utf8.DecodeRuneInString(s[i:b])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < b {
				r2, size2 := utf8.DecodeRuneInString(s[j:b])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += size2
					continue
				}
				// inner joiners: O'Brien, Gérard-Rodriguez, U.S, 2.8
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.') && j+size2 < b {
					r3, _ := utf8.DecodeRuneInString(s[j+size2 : b])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += size2
						continue
					}
				}
				break
			}
			out = appendWord(out, s, i, j)
			i = j
		default:
			out = append(out, token{start: i, end: i + size, text: s[i : i+size], lower: s[i : i+size]})
			i += size
		}
	}
	return out
}

// appendWord appends the word s[i:j], split at glued lower→Upper seams.
func appendWord(out []token, s string, i, j int) []token {
	first, _ := utf8.DecodeRuneInString(s[i:j])
	if unicode.IsLower(first) {
		lower := 0
		for k := i; k < j; {
			r, size := utf8.DecodeRuneInString(s[k:j])
			if unicode.IsLower(r) {
				lower++
			} else if unicode.IsUpper(r) && lower >= 2 {
				out = append(out, mkWord(s, i, k))
				return appendWord(out, s, k, j)
			} else {
				lower = 0
			}
			k += size
		}
	}
	return append(out, mkWord(s, i, j))
}

func mkWord(s string, i, j int) token {
	r, _ := utf8.DecodeRuneInString(s[i:j])
	w := s[i:j]
	return token{start: i, end: j, text: w, lower: lowerWord(w), word: true, cap: unicode.IsUpper(r)}
}

// possessiveBase strips a trailing 's / ’s from a word.
func possessiveBase(w string) string {
	for _, suf := range []string{"’s", "'s"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// lowerWord lower-cases w, without allocating when it is already lower
// case ASCII.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}
