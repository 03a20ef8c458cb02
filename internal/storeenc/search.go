package storeenc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// SearchTerms splits text into the words that full-text search indexes
// and matches: runs of letters and digits, lower-cased, with diacritics
// removed ("Café" -> "cafe"). Both stores index title and text as these
// words and match queries by them, so operators and punctuation in a query
// are never syntax and both stores find the same articles.
func SearchTerms(text string) []string {
	if !isASCII(text) {
		text = foldDiacritics(text)
	}
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldDiacritics removes combining marks after canonical decomposition,
// then recomposes what is left.
func foldDiacritics(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// MaxSearchBytes bounds the text indexed per article (a PostgreSQL
// tsvector is limited to 1 MB).
const MaxSearchBytes = 256 << 10

// MaxWordBytes is the longest word indexed (PostgreSQL refuses longer
// lexemes; SQLite skips them too so both find the same articles).
const MaxWordBytes = 2000

// SearchDoc is the text a store indexes for an article: the words of title
// and text as SearchTerms splits them, each followed by a space, at most
// MaxSearchBytes in all, words over MaxWordBytes left out. PostgreSQL gives
// it to to_tsvector('simple', ...) and SQLite to its FTS5 table, so a query
// matches exactly the same words in both.
func SearchDoc(title, text string) string {
	var b strings.Builder
	for _, w := range SearchTerms(title + " " + text) {
		if b.Len()+len(w)+1 > MaxSearchBytes {
			break
		}
		if len(w) > MaxWordBytes {
			continue
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}
