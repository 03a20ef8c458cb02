package stories

import (
	"os"
	"sort"
	"strconv"
	"testing"
)

func debugDump(t *testing.T, pred, gold []int, titles []string) {
	if os.Getenv("TRUTHLENS_UCI_DEBUG") == "" {
		return
	}
	g, _ := strconv.Atoi(os.Getenv("TRUTHLENS_UCI_DEBUG"))
	byPred := map[int][]int{}
	for i := range pred {
		if gold[i] == g {
			byPred[pred[i]] = append(byPred[pred[i]], i)
		}
	}
	var keys []int
	for k := range byPred {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return len(byPred[keys[a]]) > len(byPred[keys[b]]) })
	for _, k := range keys {
		tot := 0
		for i := range pred {
			if pred[i] == k {
				tot++
			}
		}
		t.Logf("pred %d: %d of gold (size %d)", k, len(byPred[k]), tot)
		for n, i := range byPred[k] {
			if n < 3 {
				t.Logf("     %s", titles[i])
			}
		}
	}
}

func debugPred(t *testing.T, pred, gold []int, titles []string) {
	if os.Getenv("TRUTHLENS_UCI_PRED") == "" {
		return
	}
	p, _ := strconv.Atoi(os.Getenv("TRUTHLENS_UCI_PRED"))
	byGold := map[int][]int{}
	for i := range pred {
		if pred[i] == p {
			byGold[gold[i]] = append(byGold[gold[i]], i)
		}
	}
	for g, is := range byGold {
		t.Logf("gold %d: %d", g, len(is))
		for n, i := range is {
			if n < 4 {
				t.Logf("     %s", titles[i])
			}
		}
	}
}
