package story

import (
	"hash/fnv"
	"strings"
)

// MinHash sketches of word shingles estimate the Jaccard resemblance of two
// texts; LSH banding of the sketches finds the candidate pairs without
// comparing every pair.

const (
	numHashes = 64
	bandRows  = 2 // 32 bands of 2 rows: pairs with J >= ~0.2 collide
	shingleK  = 5 // words per shingle of a text
	titleK    = 2 // words per shingle of a headline-only article
)

// sketch is the MinHash signature of a text's shingle set and the set size.
type sketch struct {
	sig  [numHashes]uint64
	size int
}

var seeds = func() [numHashes]uint64 {
	var s [numHashes]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = splitmix(x + uint64(i))
		s[i] = x
	}
	return s
}()

// splitmix is the splitmix64 finaliser: a fast, well-mixed 64-bit hash.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// shingles returns the hashes of the k-word shingles of s (all words kept,
// lower-cased, punctuation dropped), without duplicates.
func shingles(s string, k int) []uint64 {
	var words []uint64
	tokenize(s, func(t token) {
		h := fnv.New64a()
		h.Write([]byte(t.word))
		words = append(words, h.Sum64())
	})
	if len(words) == 0 {
		return nil
	}
	if len(words) < k {
		k = len(words)
	}
	seen := make(map[uint64]struct{}, len(words))
	out := make([]uint64, 0, len(words))
	for i := 0; i+k <= len(words); i++ {
		var h uint64 = 1469598103934665603
		for _, w := range words[i : i+k] {
			h = splitmix(h ^ w)
		}
		if _, ok := seen[h]; !ok {
			seen[h] = struct{}{}
			out = append(out, h)
		}
	}
	return out
}

// newSketch computes the MinHash signature of a set of shingle hashes.
func newSketch(sh []uint64) sketch {
	var sk sketch
	for i := range sk.sig {
		sk.sig[i] = ^uint64(0)
	}
	sk.size = len(sh)
	for _, x := range sh {
		for i := range sk.sig {
			if h := splitmix(x ^ seeds[i]); h < sk.sig[i] {
				sk.sig[i] = h
			}
		}
	}
	return sk
}

// jaccard estimates the Jaccard resemblance of the two shingle sets.
func jaccard(a, b *sketch) float64 {
	if a.size == 0 || b.size == 0 {
		return 0
	}
	eq := 0
	for i := range a.sig {
		if a.sig[i] == b.sig[i] {
			eq++
		}
	}
	return float64(eq) / numHashes
}

// containment estimates |A∩B| / min(|A|,|B|) from the resemblance and the
// set sizes: a copy padded with boilerplate still contains the original.
func containment(a, b *sketch) float64 {
	j := jaccard(a, b)
	if j == 0 {
		return 0
	}
	inter := j * float64(a.size+b.size) / (1 + j)
	c := inter / float64(min(a.size, b.size))
	if c > 1 {
		c = 1
	}
	return c
}

// lshPairs returns candidate pairs (i < j) whose signatures agree on all
// rows of at least one band. Buckets larger than maxBucket (shared
// boilerplate) are ignored.
func lshPairs(sks []*sketch, maxBucket int) [][2]int32 {
	seen := map[[2]int32]struct{}{}
	var out [][2]int32
	for b := 0; b < numHashes/bandRows; b++ {
		buckets := map[uint64][]int32{}
		for i, sk := range sks {
			if sk == nil || sk.size == 0 {
				continue
			}
			h := uint64(b)
			for r := 0; r < bandRows; r++ {
				h = splitmix(h ^ sk.sig[b*bandRows+r])
			}
			buckets[h] = append(buckets[h], int32(i))
		}
		for _, ids := range buckets {
			if len(ids) < 2 || len(ids) > maxBucket {
				continue
			}
			for x := 0; x < len(ids); x++ {
				for y := x + 1; y < len(ids); y++ {
					p := [2]int32{ids[x], ids[y]}
					if _, ok := seen[p]; !ok {
						seen[p] = struct{}{}
						out = append(out, p)
					}
				}
			}
		}
	}
	return out
}

// textForCopies is what copy detection compares: the text, else the title.
func textForCopies(d *doc) (string, int) {
	if d.hasText {
		return d.a.Text, shingleK
	}
	return strings.TrimSpace(d.a.Title), titleK
}
