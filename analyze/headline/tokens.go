package headline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a headline with its byte offsets in the headline.
// Lower is the lower-cased form with typographic apostrophes folded to '.
type token struct {
	Start, End int
	Text       string
	Lower      string
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner reports whether r joins two word parts ("don't", "co-founder").
func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‘'
}

// tokenize splits s into words with byte offsets. A word is a run of
// letters and digits, joined across one apostrophe or hyphen ("don't",
// "co-founder"). Everything else separates words.
func tokenize(s string) []token {
	toks := make([]token, 0, 16)
	i := 0
	for i < len(s) {
		if s[i] == '<' {
			if n := tagLen(s[i:]); n > 0 {
				i += n
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if isJoiner(r) && i+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[i+n:])
				if isWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		w := s[start:i]
		toks = append(toks, token{Start: start, End: i, Text: w, Lower: lowerWord(w)})
	}
	return toks
}

// lowerWord lower-cases w and folds typographic apostrophes to '.
// strings.ToLower returns w itself when it is already lower-case ASCII.
func lowerWord(w string) string {
	if !strings.ContainsAny(w, "’‘") {
		return strings.ToLower(w)
	}
	return strings.Map(func(r rune) rune {
		if r == '’' || r == '‘' {
			return '\''
		}
		return unicode.ToLower(r)
	}, w)
}

// isNumber reports whether w is all digits (with optional separators).
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	digits := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ',' || r == '.':
		default:
			return false
		}
	}
	return digits > 0
}

// isAllCaps reports whether w has at least two letters and all of them
// upper case.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// isCapitalized reports whether w starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// titleCase reports whether the headline is written in Title Case: most of
// its words of four letters or more start with a capital after the first.
func titleCase(toks []token) bool {
	long, caps := 0, 0
	for i, t := range toks {
		if i == 0 || utf8.RuneCountInString(t.Text) < 4 || isNumber(t.Text) {
			continue
		}
		long++
		if isCapitalized(t.Text) {
			caps++
		}
	}
	return long > 0 && caps*10 >= long*7
}

// tagLen returns the length of an HTML tag such as "<i>", "</em>" or
// "<br/>" at the start of s, or 0. Headlines from feeds often carry them.
func tagLen(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	i := 1
	if s[i] == '/' {
		i++
	}
	start := i
	for i < len(s) && i < 12 && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == start {
		return 0
	}
	if i < len(s) && s[i] == '/' {
		i++
	}
	if i < len(s) && s[i] == '>' {
		return i + 1
	}
	return 0
}

// quotedTokens marks the tokens inside quotation marks ("...", “...”,
// '...'): they are someone's words, not the headline writer's. A quote
// opens with a mark right before a word (after a space or the start) and
// closes with a mark right after a word; apostrophes inside words are part
// of the word, and a possessive "Rovers' title" never opens a quote.
func quotedTokens(title string, toks []token) []bool {
	q := make([]bool, len(toks))
	in, open := false, 0
	prev := 0
	for i, t := range toks {
		if !in && opensQuote(title[prev:t.Start], prev == 0) {
			in, open = true, i
		}
		q[i] = in
		next := len(title)
		if i+1 < len(toks) {
			next = toks[i+1].Start
		}
		if in && closesQuote(title[t.End:next]) {
			in = false
		}
		prev = t.End
	}
	if in { // never closed: not a quotation
		for i := open; i < len(toks); i++ {
			q[i] = false
		}
	}
	return q
}

func isQuoteRune(r rune) bool {
	return r == '"' || r == '\'' || r == '“' || r == '”' || r == '‘' || r == '’'
}

// opensQuote: the gap ends with a quote mark preceded by space, start or
// punctuation.
func opensQuote(gap string, atStart bool) bool {
	r, n := utf8.DecodeLastRuneInString(gap)
	if n == 0 || !isQuoteRune(r) || r == '”' || r == '’' {
		return false
	}
	before := gap[:len(gap)-n]
	if before == "" {
		return atStart
	}
	b, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsSpace(b) || unicode.IsPunct(b)
}

// closesQuote: the gap starts with a quote mark.
func closesQuote(gap string) bool {
	r, n := utf8.DecodeRuneInString(gap)
	return n > 0 && isQuoteRune(r) && r != '“' && r != '‘'
}
