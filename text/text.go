// Package text splits text into paragraphs, sentences and words with byte
// offsets and identifies its language. Pure functions: no I/O, no clock,
// deterministic.
package text

// Range is a half-open byte range [Start, End) of a string.
type Range struct {
	Start int
	End   int
}

// Paragraphs splits s at blank lines ("\n\n", possibly with spaces or
// "\r" between the line breaks) and returns the non-empty paragraphs,
// trimmed of surrounding white space, with byte offsets into s.
func Paragraphs(s string) []Range {
	var out []Range
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
			j++
		}
		if j >= len(s) || s[j] != '\n' {
			continue
		}
		if r, ok := trimRange(s, start, i); ok {
			out = append(out, r)
		}
		start = j
		i = j
	}
	if r, ok := trimRange(s, start, len(s)); ok {
		out = append(out, r)
	}
	return out
}
