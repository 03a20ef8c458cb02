// Package stories evaluates story grouping (package story) on headlines
// with known stories: BCubed precision, recall and F1, against a naive
// TF-IDF single-link baseline. The evaluation runs as a test that skips
// unless TRUTHLENS_EVAL=1 and the data exist (see stories_test.go).
package stories

// BCubed returns the BCubed precision, recall and F1 of a predicted
// clustering against the gold one (both: one label per item). For each item,
// precision is the share of its predicted cluster that shares its gold
// label, recall the share of its gold cluster that shares its predicted
// cluster; both are averaged over items.
func BCubed(pred, gold []int) (p, r, f float64) {
	n := len(pred)
	if n == 0 || n != len(gold) {
		return 0, 0, 0
	}
	type key struct{ p, g int }
	both := map[key]int{}
	pc := map[int]int{}
	gc := map[int]int{}
	for i := range pred {
		both[key{pred[i], gold[i]}]++
		pc[pred[i]]++
		gc[gold[i]]++
	}
	for i := range pred {
		b := float64(both[key{pred[i], gold[i]}])
		p += b / float64(pc[pred[i]])
		r += b / float64(gc[gold[i]])
	}
	p /= float64(n)
	r /= float64(n)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
