package story

import (
	"container/heap"
	"sort"
)

// centroidTerms bounds the terms kept in a cluster centroid: the heaviest
// terms say what a story is about, and the bound keeps merges cheap. A
// centroid is cut back to centroidTerms when it grows past twice that.
const centroidTerms = 200

// cluster is a group of docs being built by agglomeration.
type cluster struct {
	members    []int32
	cent       vec // sum of member vectors, truncated
	norm       float64
	minT, maxT int64
	text       bool // some member has full text
	ver        int32
	alive      bool
	nb         map[int32]struct{}
}

type pair struct {
	sim    float64
	a, b   int32
	va, vb int32
}

type pairHeap []pair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].sim != h[j].sim {
		return h[i].sim > h[j].sim
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// agglomerate groups docs by centroid-linkage agglomerative clustering on
// the sparse candidate graph: the most similar pair of clusters (cosine of
// their centroids) merges first, until no linked pair reaches the
// threshold. Centroid linkage does not chain: a headline that shares one
// word with a story does not pull a second story in. Docs joined by force
// (copies) start in one cluster. It returns the clusters as sorted member
// lists, in order of their smallest member.
func agglomerate(docs []*doc, edges []edge, forced [][]int32, opts Options) [][]int32 {
	n := len(docs)
	owner := make([]int32, n)
	cs := make([]*cluster, n)
	for i, d := range docs {
		owner[i] = int32(i)
		cs[i] = &cluster{members: []int32{int32(i)}, cent: d.v, norm: d.v.norm(), minT: d.t, maxT: d.t, text: d.hasText, alive: true, nb: map[int32]struct{}{}}
	}
	for _, g := range forced {
		for _, m := range g[1:] {
			mergeInto(cs, owner, owner[g[0]], owner[m])
		}
	}
	for _, e := range edges {
		a, b := owner[e.i], owner[e.j]
		if a != b {
			cs[a].nb[b] = struct{}{}
			cs[b].nb[a] = struct{}{}
		}
	}
	h := &pairHeap{}
	// push queues the pair of clusters a and b if they may merge. The heap
	// order is total on (sim, a, b), and one pair is queued again only
	// after a merge made its earlier entry stale, so pops do not depend on
	// the order of pushes.
	push := func(a, b int32) {
		if a > b {
			a, b = b, a
		}
		ca, cb := cs[a], cs[b]
		if !compatibleTimes(ca, cb, opts.window()) {
			return
		}
		s := cosine(ca, cb)
		if s >= threshold(ca, cb, opts) {
			heap.Push(h, pair{s, a, b, ca.ver, cb.ver})
		}
	}
	for a, c := range cs {
		if !c.alive {
			continue
		}
		for _, b := range sortedKeys(c.nb) {
			if int32(a) < b {
				push(int32(a), b)
			}
		}
	}
	for h.Len() > 0 {
		p := heap.Pop(h).(pair)
		ca, cb := cs[p.a], cs[p.b]
		if !ca.alive || !cb.alive || ca.ver != p.va || cb.ver != p.vb {
			continue
		}
		mergeInto(cs, owner, p.a, p.b)
		for _, k := range sortedKeys(ca.nb) {
			push(p.a, k)
		}
	}
	refine(docs, cs, owner, opts)
	var out [][]int32
	for _, c := range cs {
		if c.alive {
			m := append([]int32(nil), c.members...)
			sort.Slice(m, func(i, j int) bool { return m[i] < m[j] })
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// mergeInto merges cluster b into cluster a.
func mergeInto(cs []*cluster, owner []int32, a, b int32) {
	if a == b {
		return
	}
	ca, cb := cs[a], cs[b]
	ca.members = append(ca.members, cb.members...)
	for _, m := range cb.members {
		owner[m] = a
	}
	ca.cent = addScaled(ca.cent, cb.cent, 1)
	if len(ca.cent.ids) > 2*centroidTerms {
		ca.cent = truncate(ca.cent, centroidTerms)
	}
	ca.norm = ca.cent.norm()
	ca.minT, ca.maxT = minTime(ca.minT, cb.minT), maxTime(ca.maxT, cb.maxT)
	ca.text = ca.text || cb.text
	for k := range cb.nb {
		if k != a {
			ca.nb[k] = struct{}{}
			nk := cs[k].nb
			delete(nk, b)
			nk[a] = struct{}{}
		}
	}
	delete(ca.nb, b)
	ca.ver++
	cb.alive = false
	cb.nb = nil
	cb.cent = vec{}
	cb.members = nil
}

func cosine(a, b *cluster) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	return dot(a.cent, b.cent) / (a.norm * b.norm)
}

// threshold is the similarity two clusters need to merge: texts share
// many more words than headlines do, so pairs of texts need more.
func threshold(a, b *cluster, opts Options) float64 {
	th := opts.headlineThreshold()
	if a.text && b.text {
		th = opts.textThreshold()
	}
	return th
}

// compatibleTimes refuses a merge that would make a story span more than
// twice the window.
func compatibleTimes(a, b *cluster, window int64) bool {
	if window <= 0 {
		return true
	}
	lo, hi := minTime(a.minT, b.minT), maxTime(a.maxT, b.maxT)
	if lo == noTime || hi == noTime {
		return true
	}
	return hi-lo <= 2*window
}

// minTime and maxTime ignore unknown times.
func minTime(a, b int64) int64 {
	if a == noTime {
		return b
	}
	if b == noTime {
		return a
	}
	return min(a, b)
}

func maxTime(a, b int64) int64 {
	if a == noTime {
		return b
	}
	if b == noTime {
		return a
	}
	return max(a, b)
}
