package story

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// honorifics are words of a speaker phrase that are not part of a name.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true, "lord": true,
	"president": true, "prime": true, "minister": true, "secretary": true, "senator": true,
	"sen": true, "rep": true, "gov": true, "governor": true, "mayor": true, "judge": true,
	"chief": true, "executive": true, "ceo": true, "general": true, "gen": true, "prof": true,
	"professor": true, "king": true, "queen": true, "prince": true, "princess": true, "pope": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "the": true, "a": true, "an": true,
}

// nameWords returns the lower-cased capitalised words of a speaker phrase
// that can be parts of a name ("President Xi Jinping" -> xi, jinping).
func nameWords(speaker string) []string {
	var out []string
	tokenize(speaker, func(t token) {
		if t.cap && !honorifics[t.word] && !stopwords[t.word] {
			out = append(out, t.word)
		}
	})
	return out
}

// samePerson decides whether two speaker names within one story name the
// same person: one's name words are all in the other's ("Ma" and "Jack
// Ma"), or the family name leads one and ends the other ("Ma Yun" and
// "Jack Ma": Chinese order).
func samePerson(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if subset(a, b) || subset(b, a) {
		return true
	}
	return a[0] == b[len(b)-1] || b[0] == a[len(a)-1]
}

func subset(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, x := range b {
			if w == x {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// people maps every speaker string of the units to a person key, and each
// key to the name to show: the most used name of two or more words, else
// the most used name. Speakers without name words ("his lawyers") are
// only themselves.
func people(units []*quoteUnit) (person map[string]string, display map[string]string) {
	count := map[string]int{}
	for _, u := range units {
		count[u.speaker]++
	}
	speakers := sortedKeys(count)
	words := make([][]string, len(speakers))
	for i, s := range speakers {
		words[i] = nameWords(s)
	}
	// Two names of one person share a name word, so only speakers that
	// share one are compared (an index instead of all pairs).
	byWord := map[string][]int{}
	for i, ws := range words {
		for _, w := range ws {
			if l := byWord[w]; len(l) == 0 || l[len(l)-1] != i {
				byWord[w] = append(l, i)
			}
		}
	}
	uf := newUnionFind(len(speakers))
	for i, ws := range words {
		seen := map[int]bool{}
		for _, w := range ws {
			for _, j := range byWord[w] {
				if j > i && !seen[j] {
					seen[j] = true
					if samePerson(words[i], words[j]) {
						uf.union(i, j)
					}
				}
			}
		}
	}
	person = map[string]string{}
	display = map[string]string{}
	for _, g := range uf.groups() {
		key := speakers[g[0]]
		best := -1
		for _, i := range g {
			person[speakers[i]] = key
			if best < 0 || better(speakers[i], len(words[i]), count[speakers[i]], speakers[best], len(words[best]), count[speakers[best]]) {
				best = i
			}
		}
		display[key] = speakers[best]
	}
	return person, display
}

func better(a string, aw, an int, b string, bw, bn int) bool {
	if (aw >= 2) != (bw >= 2) {
		return aw >= 2
	}
	if an != bn {
		return an > bn
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return strings.Compare(a, b) < 0
}

// unionFind is a disjoint-set forest over 0..n-1.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

func (u *unionFind) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if ra < rb {
		u.parent[rb] = ra
	} else {
		u.parent[ra] = rb
	}
}

// groups returns the sets, each sorted, in order of their smallest member.
func (u *unionFind) groups() [][]int {
	m := map[int][]int{}
	for i := range u.parent {
		r := u.find(i)
		m[r] = append(m[r], i)
	}
	out := make([][]int, 0, len(m))
	for _, g := range m {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// sortedKeys returns the keys of m in ascending order.
func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
