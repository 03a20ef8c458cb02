package http

import (
	"strings"
	"unicode"
)

// word is one word of a quote variant with the space after it; Diff is set
// when the word is not in the variant it is compared with.
type word struct {
	Text  string
	Space string
	Diff  bool
}

// splitWords splits s into words, each with its trailing white space.
func splitWords(s string) []word {
	var out []word
	for _, f := range strings.FieldsFunc(s, unicode.IsSpace) {
		out = append(out, word{Text: f, Space: " "})
	}
	if len(out) > 0 {
		out[len(out)-1].Space = ""
	}
	return out
}

// normWord folds case and strips punctuation and quote marks, so that only
// a change of words counts as a difference.
func normWord(s string) string {
	return strings.ToLower(strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}))
}

// diffWords returns the words of a, with Diff set on those not matched in
// the longest common subsequence of a and b (by normalised word).
func diffWords(a, b string) []word {
	wa, wb := splitWords(a), splitWords(b)
	n, m := len(wa), len(wb)
	if n > 2000 || m > 2000 { // quotes are short; do not spend quadratic time on junk
		return wa
	}
	na, nb := make([]string, n), make([]string, m)
	for i := range wa {
		na[i] = normWord(wa[i].Text)
	}
	for j := range wb {
		nb[j] = normWord(wb[j].Text)
	}
	// lcs[i][j] = LCS length of na[i:] and nb[j:].
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if na[i] == nb[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n {
		switch {
		case j < m && na[i] == nb[j]:
			i++
			j++
		case j < m && lcs[i][j+1] > lcs[i+1][j]:
			j++
		default:
			if na[i] != "" { // lone punctuation is not a change of words
				wa[i].Diff = true
			}
			i++
		}
	}
	return wa
}
