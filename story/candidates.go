package story

import (
	"runtime"
	"sort"
	"sync"
)

// edge is a candidate pair of docs (i < j) with its cosine similarity.
type edge struct {
	i, j int32
	sim  float32
}

// maxNeighbors bounds the candidate neighbours kept per doc, so that the
// graph, and the clustering on it, stay linear in the number of docs.
const maxNeighbors = 12

// candidates returns the pairs of docs whose similarity is at least min,
// found through an inverted index on the terms that are rare in the batch
// (a term in more than maxDF docs cannot tell one event from another, and
// skipping it keeps the search near-linear). Each doc looks up only its
// queryTerms heaviest terms; the cosine of every candidate reached is then
// computed exactly. Pairs more than window
// seconds apart (both dates known) are skipped. The result is sorted and
// does not depend on scheduling.
func candidates(docs []*doc, minSim float64, window int64) []edge {
	n := len(docs)
	df := map[int32]int32{}
	for _, d := range docs {
		for _, id := range d.v.ids {
			df[id]++
		}
	}
	maxDF := int32(min(n/10, 200+n/200))
	if maxDF < 50 {
		maxDF = 50
	}
	type posting struct {
		doc int32
		w   float32
	}
	post := map[int32][]posting{}
	for i, d := range docs {
		for k, id := range d.v.ids {
			if df[id] > 1 && df[id] <= maxDF {
				post[id] = append(post[id], posting{int32(i), d.v.w[k]})
			}
		}
	}
	workers := runtime.GOMAXPROCS(0)
	if workers > 8 {
		workers = 8
	}
	found := make([][]edge, n)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			acc := make([]float32, n)
			var touched []int32
			type cand struct {
				j   int32
				sim float32
			}
			var cs, part []cand
			for i := w; i < n; i += workers {
				di := docs[i]
				touched = touched[:0]
				q := truncate(di.v, queryTerms)
				for k, id := range q.ids {
					for _, p := range post[id] {
						if int(p.doc) == i {
							continue
						}
						if acc[p.doc] == 0 {
							touched = append(touched, p.doc)
						}
						acc[p.doc] += q.w[k] * p.w
					}
				}
				// Exact cosines for the best partial scores only.
				part = part[:0]
				for _, j := range touched {
					if p := acc[j]; float64(p) >= minSim/3 {
						part = append(part, cand{j, p})
					}
					acc[j] = 0
				}
				if len(part) > 4*maxNeighbors {
					sort.Slice(part, func(a, b int) bool {
						if part[a].sim != part[b].sim {
							return part[a].sim > part[b].sim
						}
						return part[a].j < part[b].j
					})
					part = part[:4*maxNeighbors]
				}
				cs = cs[:0]
				for _, pc := range part {
					j := pc.j
					dj := docs[j]
					if window > 0 && di.t != noTime && dj.t != noTime && abs64(di.t-dj.t) > window {
						continue
					}
					s := dot(di.v, dj.v)
					if s >= minSim {
						cs = append(cs, cand{j, float32(s)})
					}
				}
				sort.Slice(cs, func(a, b int) bool {
					if cs[a].sim != cs[b].sim {
						return cs[a].sim > cs[b].sim
					}
					return cs[a].j < cs[b].j
				})
				if len(cs) > maxNeighbors {
					cs = cs[:maxNeighbors]
				}
				for _, c := range cs {
					a, b := int32(i), c.j
					if a > b {
						a, b = b, a
					}
					found[i] = append(found[i], edge{a, b, c.sim})
				}
			}
		}(w)
	}
	wg.Wait()
	var all []edge
	for _, es := range found {
		all = append(all, es...)
	}
	sort.Slice(all, func(a, b int) bool {
		if all[a].i != all[b].i {
			return all[a].i < all[b].i
		}
		return all[a].j < all[b].j
	})
	out := all[:0]
	for k, e := range all {
		if k > 0 && e.i == all[k-1].i && e.j == all[k-1].j {
			continue
		}
		out = append(out, e)
	}
	return out
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
