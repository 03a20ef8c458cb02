package story

import (
	"slices"
	"sort"
)

const (
	// refineRounds is how many times every article is reconsidered.
	refineRounds = 2
	// attachFactor scales the merge threshold for moving an article to a
	// story's centroid; ejectFactor for leaving a story it hardly fits.
	attachFactor = 0.8
	ejectFactor  = 0.0
	// indexTerms is how many of its heaviest terms index a centroid.
	indexTerms = 30
	// queryTerms is how many of its heaviest terms an article looks up.
	queryTerms = 12
	// maxClustersPerTerm skips terms shared by too many stories to help.
	maxClustersPerTerm = 300
	// minEstablished is the size from which a cluster is a story whose
	// centroid can attract articles; smaller ones' articles may move.
	minEstablished = 3
)

// refine reconsiders every article against the centroids of the stories
// that share its heaviest terms, as a k-means step does: it moves to the
// story whose centroid fits it best (and well enough), and leaves a story
// whose other members it hardly resembles. A story's centroid judges a
// headline better than any single other headline. All moves of a round
// are decided against the same centroids, so the result is deterministic.
func refine(docs []*doc, cs []*cluster, owner []int32, opts Options) {
	for round := 0; round < refineRounds; round++ {
		index := map[int32][]int32{}
		for ci, c := range cs {
			if !c.alive || len(c.members) < minEstablished {
				continue
			}
			for _, id := range truncate(c.cent, indexTerms).ids {
				index[id] = append(index[id], int32(ci))
			}
		}
		type move struct{ doc, to int32 }
		var moves []move
		for i, d := range docs {
			if len(d.v.ids) == 0 {
				continue
			}
			cur := owner[i]
			cc := cs[cur]
			if len(cc.members) >= minEstablished {
				continue
			}
			th := opts.headlineThreshold()
			if d.hasText {
				th = opts.textThreshold()
			}
			curSim := 0.0
			if len(cc.members) > 1 {
				rest := addScaled(cc.cent, d.v, -1)
				if n := rest.norm(); n > 0 {
					curSim = dot(d.v, rest) / n
				}
			}
			best, bestSim := cur, curSim
			seen := map[int32]bool{cur: true}
			for _, id := range truncate(d.v, queryTerms).ids {
				cl := index[id]
				if len(cl) > maxClustersPerTerm {
					continue
				}
				for _, k := range cl {
					if seen[k] {
						continue
					}
					seen[k] = true
					t := cs[k]
					if !timeFits(d.t, t, opts.window()) {
						continue
					}
					s := dot(d.v, t.cent) / t.norm
					if s > bestSim || (s == bestSim && k < best) {
						best, bestSim = k, s
					}
				}
			}
			switch {
			case best != cur && bestSim >= th*attachFactor:
				moves = append(moves, move{int32(i), best})
			case len(cc.members) > 1 && curSim < th*ejectFactor:
				moves = append(moves, move{int32(i), -1})
			}
		}
		if len(moves) == 0 {
			return
		}
		touched := map[int32]bool{}
		for _, m := range moves {
			to := m.to
			if to < 0 {
				to = m.doc // back to its own starting cluster, if free
				if cs[to].alive && len(cs[to].members) > 0 {
					continue
				}
				cs[to].alive = true
			}
			from := owner[m.doc]
			touched[from] = true
			fc := cs[from]
			fc.members = slices.DeleteFunc(fc.members, func(x int32) bool { return x == m.doc })
			owner[m.doc] = to
			cs[to].members = append(cs[to].members, m.doc)
			touched[to] = true
		}
		for _, k := range sortedKeys(touched) {
			c := cs[k]
			if len(c.members) == 0 {
				c.alive = false
				c.cent, c.norm = vec{}, 0
				continue
			}
			c.alive = true
			recentre(docs, c)
		}
	}
}

// recentre recomputes a cluster's centroid and span from its members.
func recentre(docs []*doc, c *cluster) {
	sort.Slice(c.members, func(i, j int) bool { return c.members[i] < c.members[j] })
	var v vec
	c.minT, c.maxT, c.text = noTime, noTime, false
	for _, m := range c.members {
		d := docs[m]
		v = addScaled(v, d.v, 1)
		c.minT, c.maxT = minTime(c.minT, d.t), maxTime(c.maxT, d.t)
		c.text = c.text || d.hasText
	}
	c.cent = truncate(v, centroidTerms)
	c.norm = c.cent.norm()
}

// timeFits reports whether a doc at time t may join cluster c.
func timeFits(t int64, c *cluster, window int64) bool {
	if window <= 0 || t == noTime || c.minT == noTime {
		return true
	}
	return t >= c.maxT-2*window && t <= c.minT+2*window
}
