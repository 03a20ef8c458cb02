package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits s into sentences, trimmed of surrounding white space,
// with byte offsets into s. lang is an ISO 639-1 code ("" for unknown); it
// selects extra abbreviations (de, fr, es, it) on top of the common ones.
//
// The rules, in order:
//   - a blank line (paragraph break) always ends a sentence;
//   - a single line break ends one unless the next line starts in lower
//     case or the line ends with , ; : or a dash (wrapped text);
//   - ".", "!", "?", "…" and "..." end one when followed by white space and
//     then (after any opening quote or bracket) something that is not a
//     lower-case letter; closing quotes and brackets right after the mark
//     belong to the sentence ("Next," she said. / ... he said.” Then);
//   - a period does not end a sentence inside a token (2.8bn, U.S.A,
//     example.com), after a title (Mr., Dr., Gen.), after No./p./Jan.
//     before a number, or after an initial, a dotted acronym (U.S.) or an
//     ambiguous abbreviation (Inc., etc., St.) unless the next word is a
//     typical sentence opener (The, He, But, ...).
//
// It is a single pass over the bytes with no allocation besides the result.
func Sentences(s, lang string) []Range {
	var out []Range
	emit := func(a, b int) {
		if r, ok := trimRange(s, a, b); ok {
			out = append(out, r)
		}
	}
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			if j < len(s) && s[j] == '\n' { // blank line: paragraph break
				emit(start, i)
				for j < len(s) && isSpaceByte(s[j]) {
					j++
				}
				start, i = j, j
				continue
			}
			if lineBreak(s, start, i, j) {
				emit(start, i)
				start, i = j, j
				continue
			}
			i = j
		case c == '.' || c == '!' || c == '?' || (c == 0xE2 && strings.HasPrefix(s[i:], "…")):
			end, brk := terminal(s, i, lang)
			if brk {
				emit(start, end)
				start = end
			}
			i = end
		default:
			i++
		}
	}
	emit(start, len(s))
	return out
}

// lineBreak reports whether the single line break at s[i] (the next line
// starting at j) ends the sentence that started at start.
func lineBreak(s string, start, i, j int) bool {
	prev := strings.TrimRightFunc(s[start:i], unicode.IsSpace)
	if prev == "" || j >= len(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	switch last {
	case ',', ';', ':', '-', '–', '(', '&', '/':
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return !unicode.IsLower(r)
}

// terminal examines the sentence mark at s[i]. It returns the end of the
// mark run (with any closing quotes and brackets) and whether the sentence
// ends there.
func terminal(s string, i int, lang string) (end int, brk bool) {
	j := i
	dots, other, ellipsis := 0, 0, false
	for j < len(s) {
		switch {
		case s[j] == '.':
			dots++
			j++
			continue
		case s[j] == '!' || s[j] == '?':
			other++
			j++
			continue
		case strings.HasPrefix(s[j:], "…"):
			ellipsis = true
			j += len("…")
			continue
		}
		break
	}
	if dots >= 2 {
		ellipsis = true
	}
	// Closing quotes and brackets belong to the sentence they close.
	j = skipClosers(s, j)
	if j >= len(s) {
		return j, true
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); !unicode.IsSpace(r) {
		return j, false // inside a token: 2.8bn, U.S.A, example.com
	}
	next, nextWord := nextWordAfter(s, j)
	if next == 0 {
		return j, true
	}
	if unicode.IsLower(next) {
		return j, false
	}
	if other > 0 || ellipsis || dots != 1 {
		return j, true
	}
	return j, periodEnds(s, i, lang, next, nextWord)
}

// periodEnds decides a single period at s[i] followed by white space and a
// word starting with the non-lower-case rune next.
func periodEnds(s string, i int, lang string, next rune, nextWord string) bool {
	w := wordBefore(s, i)
	if w == "" {
		return true
	}
	if last, _ := utf8.DecodeLastRuneInString(w); isCloser(last) || last == '%' {
		return true
	}
	digitNext := unicode.IsDigit(next)
	opener := starters[nextWord] && !isInitialWord(nextWord)
	if _, size := utf8.DecodeRuneInString(w); size == len(w) {
		return opener // an initial (J. R. R. Tolkien) or z. B.
	}
	if isAcronym(w) { // U.S., e.g., a.m., z.B.
		return opener
	}
	if isDigits(w) {
		// German ordinals: "am 3. Oktober".
		if lang == "de" && len(w) <= 2 && months[strings.ToLower(nextWord)] {
			return false
		}
		return true
	}
	switch abbrevClass(strings.ToLower(w), lang) {
	case abbrTitle:
		return false
	case abbrNumber, abbrMonth:
		if digitNext {
			return false
		}
		return opener
	case abbrFinal:
		return opener
	}
	return true
}

// wordBefore returns the token that ends at s[i] (exclusive), without
// leading opening punctuation.
func wordBefore(s string, i int) string {
	k := i
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if unicode.IsSpace(r) || isOpener(r) {
			break
		}
		k -= size
	}
	w := s[k:i]
	// Elided articles: L’avv., dell'ing.
	if a := strings.LastIndexAny(w, "’'"); a >= 0 {
		_, size := utf8.DecodeRuneInString(w[a:])
		w = w[a+size:]
	}
	return w
}

// nextWordAfter skips white space and opening punctuation after s[j] and
// returns the first rune of the next word and the word (letters only),
// or 0 at the end of s.
func nextWordAfter(s string, j int) (rune, string) {
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(r) && !isOpener(r) {
			break
		}
		j += size
	}
	if j >= len(s) {
		return 0, ""
	}
	first, _ := utf8.DecodeRuneInString(s[j:])
	k := j
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += size
	}
	return first, s[j:k]
}

// isInitialWord reports whether word (as returned by nextWordAfter) is a
// single letter, which after a period is more likely an initial ("J. A.
// Smith") than the article "A".
func isInitialWord(word string) bool {
	return utf8.RuneCountInString(word) == 1 && word != "I"
}

// isAcronym reports whether w is a dotted abbreviation like U.S, e.g, a.m,
// z.B or EE.UU: groups of one to three letters joined by periods.
func isAcronym(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for part := range strings.SplitSeq(w, ".") {
		n := 0
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n == 0 || n > 3 {
			return false
		}
	}
	return true
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// skipClosers returns the index after the closing quotes and brackets that
// start at s[j]. German closing marks (“ ‘) count only when white space or
// the end follows; French » and › also after a (narrow) no-break space or a
// space.
func skipClosers(s string, j int) int {
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case isCloser(r):
			j += size
			continue
		case r == '“' || r == '‘':
			if k := j + size; k == len(s) || isSpaceAt(s, k) {
				j = k
				continue
			}
		case r == ' ' || r == '\u00a0' || r == '\u202f':
			k := j + size
			if k < len(s) {
				if r2, size2 := utf8.DecodeRuneInString(s[k:]); r2 == '»' || r2 == '›' {
					j = k + size2
					continue
				}
			}
		}
		break
	}
	return j
}

func isSpaceAt(s string, k int) bool {
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsSpace(r)
}

// isCloser reports closing quotes and brackets.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '’', '”', '»', '›':
		return true
	}
	return false
}

// isOpener reports opening quotes and brackets (and the Spanish inverted
// marks).
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '„', '‚', '¿', '¡':
		return true
	}
	return false
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// trimRange trims Unicode white space from both ends of s[a:b].
func trimRange(s string, a, b int) (Range, bool) {
	for a < b {
		r, size := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return Range{a, b}, b > a
}
