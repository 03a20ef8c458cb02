package stories

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/story"
)

func TestBCubed(t *testing.T) {
	p, r, f := BCubed([]int{1, 1, 2, 2}, []int{7, 7, 8, 8})
	if p != 1 || r != 1 || f != 1 {
		t.Fatalf("perfect clustering: %v %v %v", p, r, f)
	}
	p, r, _ = BCubed([]int{1, 1, 1, 1}, []int{7, 7, 8, 8})
	if p != 0.5 || r != 1 {
		t.Fatalf("one cluster: p=%v r=%v", p, r)
	}
	p, r, _ = BCubed([]int{1, 2, 3, 4}, []int{7, 7, 8, 8})
	if p != 1 || r != 0.5 {
		t.Fatalf("singletons: p=%v r=%v", p, r)
	}
}

// TestUCIHeadlines groups the dev half of the UCI News Aggregator sample
// from headlines alone, all at once, as `truthlens stories` would, and
// logs BCubed figures. Run with TRUTHLENS_EVAL=1 (-v to see them).
func TestUCIHeadlines(t *testing.T) {
	path := os.Getenv("TRUTHLENS_UCI")
	if path == "" {
		path = filepath.Join("..", "..", "..", "..", "shared", "data", "stories", "uci_headlines_dev.csv")
	}
	if os.Getenv("TRUTHLENS_EVAL") != "1" {
		t.Skip("set TRUTHLENS_EVAL=1 to run the evaluation")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var arts []truthlens.Article
	var gold []int
	var titles []string
	storyIdx := map[string]int{}
	for _, r := range rows[1:] {
		ms, _ := strconv.ParseInt(r[col["TIMESTAMP"]], 10, 64)
		a := truthlens.Article{Document: truthlens.Document{
			ID: "uci-" + r[col["ID"]], Input: "-", URL: r[col["URL"]], Site: r[col["PUBLISHER"]],
			Title: r[col["TITLE"]], Published: truthlens.Date(time.UnixMilli(ms).UTC().Format(time.RFC3339)),
		}}
		arts = append(arts, a)
		titles = append(titles, a.Title)
		s := r[col["STORY"]]
		if _, ok := storyIdx[s]; !ok {
			storyIdx[s] = len(storyIdx)
		}
		gold = append(gold, storyIdx[s])
	}
	opts := story.Options{}
	if v, err := strconv.ParseFloat(os.Getenv("TRUTHLENS_UCI_THRESHOLD"), 64); err == nil {
		opts.HeadlineThreshold = v // for exploring only; the default is what counts
	}
	start := time.Now()
	pred := story.Partition(arts, opts)
	el := time.Since(start)
	p, r, f1 := BCubed(pred, gold)
	nc := map[int]bool{}
	for _, x := range pred {
		nc[x] = true
	}
	t.Logf("truthlens: %d headlines, %d gold stories, %d predicted groups; BCubed P=%.3f R=%.3f F1=%.3f (%v)", len(arts), len(storyIdx), len(nc), p, r, f1, el)
	// Robustness: each half of the stories on its own (a smaller batch with
	// other stories, as a held-out set would be).
	for half := 0; half < 2; half++ {
		var ha []truthlens.Article
		var hg []int
		for i := range arts {
			if gold[i]%2 == half {
				ha = append(ha, arts[i])
				hg = append(hg, gold[i])
			}
		}
		hp, hr, hf := BCubed(story.Partition(ha, opts), hg)
		t.Logf("truthlens on the stories of half %d alone (%d headlines): BCubed P=%.3f R=%.3f F1=%.3f", half, len(ha), hp, hr, hf)
	}
	for _, th := range []float64{0.3, 0.5} {
		bp, br, bf := BCubed(Baseline(titles, th), gold)
		t.Logf("baseline TF-IDF single-link cos>=%.1f: BCubed P=%.3f R=%.3f F1=%.3f", th, bp, br, bf)
	}
}
