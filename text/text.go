// Package text splits text into sentences and words with byte offsets and
// identifies its language. Pure functions: no I/O, deterministic.
package text

import "strings"

// Range is a half-open byte range [Start, End) of a string.
type Range struct {
	Start int
	End   int
}

// Sentences splits s into sentences, trimmed of surrounding white space,
// with byte offsets into s. lang is an ISO 639-1 code ("" for unknown).
// STUB: to be replaced by the text package owner.
func Sentences(s, lang string) []Range {
	var out []Range
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' || s[i] == '\n' || i == len(s)-1 {
			seg := s[start : i+1]
			a := start + len(seg) - len(strings.TrimLeft(seg, " \n\t"))
			b := start + len(strings.TrimRight(seg, " \n\t"))
			if b > a {
				out = append(out, Range{a, b})
			}
			start = i + 1
		}
	}
	return out
}

// Language returns the ISO 639-1 code of the language of s, or "" when it
// cannot tell. STUB.
func Language(s string) string { return "en" }
