package extract

import (
	truthlens "github.com/truthlens/truthlens"
)

// Duplicate detection by shingle containment. Scraped pages often carry
// the body twice (a run-on copy and a paragraphed copy, or a teaser that
// repeats the first paragraph). A unit whose word 5-shingles are nearly all
// found in OTHER units is a copy: when they are spread over several units it
// is the worse-paragraphed copy and goes; when one unit holds it, the
// contained (shorter, or later when equal) one goes.

const (
	shingleSize      = 5
	minShingles      = 3   // units with fewer shingles are compared exactly
	containThreshold = 0.8 // share of a unit's shingles found elsewhere
	spreadThreshold  = 0.6 // below this from the best single unit: spread
	pageMinWords     = 25  // on pages, shorter units are never duplicates
)

// shingles returns the distinct word 5-shingle hashes of s.
func shingles(s string) []uint64 {
	var win [shingleSize]uint64
	n := 0
	seen := map[uint64]struct{}{}
	var out []uint64
	tokens(s, func(t string) {
		copy(win[:], win[1:])
		win[shingleSize-1] = hashFold(t)
		n++
		if n < shingleSize {
			return
		}
		h := uint64(1469598103934665603)
		for _, w := range win {
			h ^= w
			h *= 1099511628211
			h = h<<13 | h>>51
		}
		if _, ok := seen[h]; !ok {
			seen[h] = struct{}{}
			out = append(out, h)
		}
	})
	return out
}

// dedupe marks duplicate units (kind "duplicate") among those still kept.
// On a page's extracted paragraphs (page true) only long repeats count:
// short repeated lines there are structure (table headers, list labels),
// and a standfirst repeated in the body is the page's own choice.
func dedupe(us []unit, page bool) {
	type rec struct {
		idx int
		sh  []uint64
	}
	var recs []rec
	// exact repeats of a folded line: keep the first.
	first := map[uint64]int{}
	for i := range us {
		if us[i].kind != "" {
			continue
		}
		if page && us[i].words < pageMinWords {
			continue
		}
		if us[i].words == 0 {
			continue
		}
		f := lineKey(us[i].text)
		if j, ok := first[f]; ok && j != i {
			us[i].kind = truthlens.RemovedDuplicate
			continue
		}
		first[f] = i
		sh := shingles(us[i].text)
		if len(sh) >= minShingles {
			recs = append(recs, rec{i, sh})
		}
	}
	if len(recs) < 2 {
		return
	}
	// owner: shingle -> the units that hold it.
	owner := map[uint64][]int{}
	for k, r := range recs {
		for _, h := range r.sh {
			owner[h] = append(owner[h], k)
		}
	}
	alive := make([]bool, len(recs))
	for k := range alive {
		alive[k] = true
	}
	// contain returns the share of r's shingles held by other live units,
	// and the best share held by a single one (and which).
	contain := func(k int) (all, best float64, bestK int) {
		counts := map[int]int{}
		held := 0
		for _, h := range recs[k].sh {
			any := false
			for _, o := range owner[h] {
				if o != k && alive[o] {
					counts[o]++
					any = true
				}
			}
			if any {
				held++
			}
		}
		bestK = -1
		bc := 0
		for o, c := range counts {
			if c > bc || c == bc && o < bestK {
				bc, bestK = c, o
			}
		}
		n := float64(len(recs[k].sh))
		return float64(held) / n, float64(bc) / n, bestK
	}
	// Pass 1: run-on copies spread over several units, longest first.
	order := make([]int, len(recs))
	for k := range order {
		order[k] = k
	}
	sortByLenDesc(order, func(k int) int { return len(recs[k].sh) })
	for _, k := range order {
		all, best, _ := contain(k)
		if all >= containThreshold && best < spreadThreshold {
			alive[k] = false
			us[recs[k].idx].kind = truthlens.RemovedDuplicate
		}
	}
	if page {
		return
	}
	// Pass 2: a unit contained in one other unit; the contained one goes
	// (the later one when both contain each other).
	for k := range recs {
		if !alive[k] {
			continue
		}
		_, best, o := contain(k)
		if best < containThreshold || o < 0 {
			continue
		}
		// o contains k. If k also contains o they are copies: drop the later.
		oBest := float64(0)
		if len(recs[o].sh) > 0 {
			_, ob, oo := contain(o)
			if oo == k {
				oBest = ob
			}
		}
		if oBest >= containThreshold && o > k {
			alive[o] = false
			us[recs[o].idx].kind = truthlens.RemovedDuplicate
			continue
		}
		alive[k] = false
		us[recs[k].idx].kind = truthlens.RemovedDuplicate
	}
}

// sortByLenDesc sorts idx by key descending, ties by index (stable,
// deterministic), with an insertion sort: unit counts are small.
func sortByLenDesc(idx []int, key func(int) int) {
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0; j-- {
			a, b := idx[j-1], idx[j]
			if key(a) > key(b) || key(a) == key(b) && a < b {
				break
			}
			idx[j-1], idx[j] = b, a
		}
	}
}
