package story

import (
	"cmp"
	"runtime"
	"sort"
	"strings"
	"sync"

	truthlens "github.com/truthlens/truthlens"
)

const (
	// copyResemblance is the Jaccard resemblance of shingles above which two
	// articles are copies (syndicated or lightly edited).
	copyResemblance = 0.5
	// copyContainment is the containment above which the shorter article is
	// a copy of the longer one padded with other material (boilerplate).
	copyContainment = 0.7
	// disclosedContainment is the containment enough for an article that
	// discloses it was syndicated.
	disclosedContainment = 0.3
)

// copyPair says docs a and b are near-duplicates with the given similarity.
type copyPair struct {
	a, b int32
	sim  float64
}

// sketches computes the MinHash sketch of every doc, in parallel.
func sketches(docs []*doc) []*sketch {
	sks := make([]*sketch, len(docs))
	workers := max(1, min(runtime.GOMAXPROCS(0), 8))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(docs); i += workers {
				sks[i] = sketchOf(docs[i])
			}
		}(w)
	}
	wg.Wait()
	return sks
}

// sketchOf is the MinHash sketch of what copy detection compares of d
// (see textForCopies), nil when it has fewer than 3 shingles.
func sketchOf(d *doc) *sketch {
	s, k := textForCopies(d)
	sh := shingles(s, k)
	if len(sh) < 3 {
		return nil
	}
	sk := newSketch(sh)
	return &sk
}

// syndicated reports whether the article discloses it was syndicated.
func syndicated(a *truthlens.Article) bool {
	for _, d := range a.Disclosures {
		if d.Kind == truthlens.DisclosureSyndicated {
			return true
		}
	}
	return false
}

// isCopy decides whether two sketched docs are copies, and how similar.
func isCopy(da, db *doc, a, b *sketch) (bool, float64) {
	if a == nil || b == nil || da.hasText != db.hasText {
		return false, 0
	}
	j := jaccard(a, b)
	c := containment(a, b)
	need := copyContainment
	if syndicated(da.a) || syndicated(db.a) {
		need = disclosedContainment
	}
	if !da.hasText {
		// Headlines are short: only (nearly) identical ones are copies.
		return j >= 0.8, j
	}
	return j >= copyResemblance || (c >= need && j >= 0.15), max(j, c)
}

// findCopies returns the near-duplicate pairs among docs, sorted.
func findCopies(docs []*doc) []copyPair {
	sks := sketches(docs)
	for i, d := range docs {
		d.sk = sks[i]
	}
	var out []copyPair
	for _, p := range lshPairs(sks, 200) {
		da, db := docs[p[0]], docs[p[1]]
		if ok, s := isCopy(da, db, sks[p[0]], sks[p[1]]); ok {
			out = append(out, copyPair{p[0], p[1], s})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	return out
}

// copyGroups returns the connected groups (2 or more docs) of copy pairs,
// each sorted, in order of their smallest member.
func copyGroups(cps []copyPair, n int) [][]int32 {
	uf := newUnionFind(n)
	for _, p := range cps {
		uf.union(int(p.a), int(p.b))
	}
	var out [][]int32
	for _, g := range uf.groups() {
		if len(g) < 2 {
			continue
		}
		m := make([]int32, len(g))
		for k, x := range g {
			m[k] = int32(x)
		}
		out = append(out, m)
	}
	return out
}

// originalFirst orders docs by how likely each is the original of a copy:
// earlier publication day (undated last), then not disclosing syndication,
// then earlier time within the day (a day-only date after same-day times,
// since it cannot claim to be first), then longer text, then id. It is a
// total order, so sorting by it does not depend on input order.
func originalFirst(x, y *doc) int {
	if c := cmpDay(x, y); c != 0 {
		return c
	}
	if sx, sy := syndicated(x.a), syndicated(y.a); sx != sy {
		if sx {
			return 1
		}
		return -1
	}
	return cmp.Or(cmpWithinDay(x, y), cmp.Compare(len(y.a.Text), len(x.a.Text)), strings.Compare(x.id, y.id))
}
