package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Scraped text often loses the space around a link ("co-founder ofAlibaba",
// "returned fromFrance"). A short function word glued to a capitalised
// word is split again; other camel case (iPhone, McDonald, YouTube) is left
// alone because its lower-case part is not one of these words.
var glueWords = map[string]bool{
	"of": true, "from": true, "by": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "with": true, "and": true, "the": true, "as": true, "into": true,
	"about": true, "against": true, "according": true, "than": true, "via": true,
}

// unglue inserts the lost space in "ofAlibaba"-style joins.
func unglue(s string) string {
	var b *strings.Builder
	last := 0
	for i := 1; i+1 < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' || s[i-1] < 'a' || s[i-1] > 'z' {
			continue
		}
		n := s[i+1]
		if !(n >= 'a' && n <= 'z' || n >= 'A' && n <= 'Z') {
			continue
		}
		j := i - 1
		for j > 0 && s[j-1] >= 'a' && s[j-1] <= 'z' {
			j--
		}
		if j > 0 && (s[j-1] >= 'A' && s[j-1] <= 'Z' || s[j-1] >= '0' && s[j-1] <= '9' || s[j-1] == '-' || s[j-1] == '_' || s[j-1] == '/' || s[j-1] == '.' || s[j-1] == '@') {
			continue
		}
		if !glueWords[s[j:i]] {
			continue
		}
		if b == nil {
			b = &strings.Builder{}
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		last = i
	}
	if b == nil {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// toUTF8Text decodes pasted text that is not valid UTF-8 as Windows-1252
// (the usual legacy encoding of saved Western pages and text files).
func toUTF8Text(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return string(b)
	}
	return string(out)
}
