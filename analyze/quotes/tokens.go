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
// letters meets an upper-case letter. ASCII takes a fast path.
func tokenize(s string, a, b int) []token {
	out := make([]token, 0, (b-a)/4)
	for i := a; i < b; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
			case isAlnumASCII(c):
				j := scanWord(s, i+1, b)
				out = appendWord(out, s, i, j)
				i = j
			default:
				out = append(out, token{start: i, end: i + 1, text: s[i : i+1], lower: s[i : i+1]})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:b])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(s, i+size, b)
			out = appendWord(out, s, i, j)
			i = j
		default:
			out = append(out, token{start: i, end: i + size, text: s[i : i+size], lower: s[i : i+size]})
			i += size
		}
	}
	return out
}

func isAlnumASCII(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// isWordRuneAt reports a letter, digit or combining mark at s[j:b].
func isWordRuneAt(s string, j, b int) (bool, int) {
	if c := s[j]; c < utf8.RuneSelf {
		return isAlnumASCII(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[j:b])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r), size
}

// scanWord returns the end of the word continuing at j: letters, digits
// and inner joiners (O'Brien, Gérard-Rodriguez, U.S, 2.8).
func scanWord(s string, j, b int) int {
	for j < b {
		if ok, size := isWordRuneAt(s, j, b); ok {
			j += size
			continue
		}
		jl := 0
		switch {
		case s[j] == '\'' || s[j] == '-' || s[j] == '.':
			jl = 1
		case strings.HasPrefix(s[j:b], "’"):
			jl = len("’")
		}
		if jl > 0 && j+jl < b {
			if ok, _ := isWordRuneAt(s, j+jl, b); ok {
				j += jl
				continue
			}
		}
		break
	}
	return j
}

// appendWord appends the word s[i:j], split at glued lower→Upper seams.
func appendWord(out []token, s string, i, j int) []token {
	c := s[i]
	if (c >= 'a' && c <= 'z') || c >= utf8.RuneSelf {
		first, _ := utf8.DecodeRuneInString(s[i:j])
		if unicode.IsLower(first) && hasUpperAfter(s[i:j]) {
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
	}
	return append(out, mkWord(s, i, j))
}

// hasUpperAfter reports an upper-case letter (or any non-ASCII byte) after
// the first byte of w.
func hasUpperAfter(w string) bool {
	for k := 1; k < len(w); k++ {
		if c := w[k]; (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func mkWord(s string, i, j int) token {
	w := s[i:j]
	c := w[0]
	var upper bool
	if c < utf8.RuneSelf {
		upper = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		upper = unicode.IsUpper(r)
	}
	return token{start: i, end: j, text: w, lower: strings.ToLower(w), word: true, cap: upper}
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
