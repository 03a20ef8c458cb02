package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or number of the text, with byte offsets into it.
// Tokenisation is a single hand-written pass (no regexps): letters and
// digits, with inner apostrophes, hyphens, dots and commas between digits
// (3.5, 1,000) kept inside the token.
type token struct {
	Start, End int
	// Norm is the lower-cased token with curly apostrophes folded to '.
	Norm string
	// Sent is the index of the sentence holding the token (-1 if none).
	Sent int
	// Quote is the index of the quotation holding the token (-1 if none).
	Quote int
	Flags tokFlags
}

type tokFlags uint8

const (
	fUpper   tokFlags = 1 << iota // starts with an upper-case letter
	fAllCaps                      // two or more letters, all upper case
	fDigit                        // contains a digit
	fFirst                        // first token of its sentence
)

func (t token) has(f tokFlags) bool { return t.Flags&f != 0 }

// tokenize splits s into tokens.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += n
				continue
			}
		}
		start := i
		var letters, uppers int
		var digit, lowerSeen, needFold bool
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				switch {
				case c >= 'a' && c <= 'z':
					letters++
					lowerSeen = true
					i++
					continue
				case c >= 'A' && c <= 'Z':
					letters++
					uppers++
					needFold = true
					i++
					continue
				case c >= '0' && c <= '9':
					digit = true
					i++
					continue
				case c == '\'' || c == '-' || c == '.' || c == ',' || c == '_':
					// Inner joiners: keep when followed by a word char (and,
					// for . and ',', only between digits).
					if i+1 < len(s) && i > start {
						nx := s[i+1]
						if c == '.' || c == ',' {
							if isDigit(s[i-1]) && isDigit(nx) {
								i++
								continue
							}
						} else if isASCIIWord(nx) || nx >= utf8.RuneSelf && c != '_' {
							if nx >= utf8.RuneSelf {
								r, _ := utf8.DecodeRuneInString(s[i+1:])
								if !unicode.IsLetter(r) {
									break
								}
							}
							i++
							continue
						}
					}
				}
				break
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == '’' && i > start && i+n < len(s) && isASCIIWord(s[i+n]) {
				needFold = true
				i += n
				continue
			}
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
				} else {
					lowerSeen = true
				}
				needFold = true
				i += n
				continue
			}
			if unicode.IsDigit(r) {
				digit = true
				i += n
				continue
			}
			break
		}
		w := s[start:i]
		norm := w
		if needFold {
			norm = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
		var f tokFlags
		if uppers > 0 {
			first, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(first) {
				f |= fUpper
			}
			if letters >= 2 && !lowerSeen {
				f |= fAllCaps
			}
		}
		if digit {
			f |= fDigit
		}
		toks = append(toks, token{Start: start, End: i, Norm: norm, Sent: -1, Quote: -1, Flags: f})
	}
	return toks
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// base strips an English possessive ('s) from a normalised token.
func base(norm string) string {
	if strings.HasSuffix(norm, "'s") {
		return norm[:len(norm)-2]
	}
	return norm
}
