package subjectivity

import (
	"unicode"
	"unicode/utf8"

	"github.com/truthlens/truthlens/analyze/lexicon"
)

// token is one word of a sentence: its byte range and its normalised form
// (lower case, typographic apostrophe folded). masked tokens lie inside a
// quotation that belongs to a speaker.
type token struct {
	start, end int
	norm       string
	masked     bool
	capital    bool // first letter is upper case
}

// tokenize splits s into words with byte offsets. A word is a run of
// letters, digits and marks, with inner apostrophes and hyphens kept
// ("don't", "so-called"). It allocates only the token slice and the
// lower-cased copies of words that need one.
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	i := 0
	for i < len(s) {
		r, n := decode(s, i)
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		capital := unicode.IsUpper(r)
		i += n
		for i < len(s) {
			r, n = decode(s, i)
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '\'' || r == '’' || r == '-' {
				// Keep an inner joiner when a word rune follows it.
				if j := i + n; j < len(s) {
					if r2, _ := decode(s, j); isWordRune(r2) {
						i = j
						continue
					}
				}
			}
			break
		}
		toks = append(toks, token{start: start, end: i, norm: lexicon.Normalize(s[start:i]), capital: capital})
	}
	return toks
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}
