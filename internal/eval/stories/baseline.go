package stories

import (
	"math"
	"strings"
	"unicode"
)

// Baseline is the naive grouping the data set's published figure refers
// to: TF-IDF vectors of lower-cased headline words, and single-link
// clustering (connected components of pairs with cosine >= threshold).
func Baseline(titles []string, threshold float64) []int {
	n := len(titles)
	docs := make([]map[string]float64, n)
	df := map[string]int{}
	for i, t := range titles {
		m := map[string]float64{}
		for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w]++
		}
		for w := range m {
			df[w]++
		}
		docs[i] = m
	}
	for _, m := range docs {
		var norm float64
		for w, tf := range m {
			m[w] = tf * math.Log(float64(n)/float64(df[w]))
			norm += m[w] * m[w]
		}
		norm = math.Sqrt(norm)
		for w := range m {
			if norm > 0 {
				m[w] /= norm
			}
		}
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			var s float64
			for w, x := range docs[i] {
				s += x * docs[j][w]
			}
			if s >= threshold {
				parent[find(i)] = find(j)
			}
		}
	}
	out := make([]int, n)
	for i := range out {
		out[i] = find(i)
	}
	return out
}
