package headline

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestEvalClickbait measures clickbait accuracy on every *.txt file of the
// clickbait data folder (one headline a line; files named non_clickbait*
// are negatives). It runs only with TRUTHLENS_EVAL=1 and the data present
// (TRUTHLENS_CLICKBAIT_DIR overrides ../../../shared/data/clickbait). On the
// dev half this is training accuracy; the honest figures come from
// `go run ./internal/train/clickbait -cv` (5-fold CV and an 80/20 split).
func TestEvalClickbait(t *testing.T) {
	if os.Getenv("TRUTHLENS_EVAL") != "1" {
		t.Skip("set TRUTHLENS_EVAL=1 to run the evaluation")
	}
	dir := os.Getenv("TRUTHLENS_CLICKBAIT_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "clickbait")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no clickbait data in %s", dir)
	}
	sort.Strings(files)
	total, correct := 0, 0
	var sens [2]float64
	var n [2]int
	for _, f := range files {
		want := !strings.HasPrefix(filepath.Base(f), "non")
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		ok, all := 0, 0
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			h := Analyze(line, os.Getenv("TRUTHLENS_EVAL_LANG"))
			all++
			if h.Clickbait == want {
				ok++
			}
			k := 0
			if want {
				k = 1
			}
			sens[k] += h.Sensationalism
			n[k]++
		}
		fh.Close()
		t.Logf("%s: %d/%d = %.4f", filepath.Base(f), ok, all, float64(ok)/float64(max(all, 1)))
		total += all
		correct += ok
	}
	acc := float64(correct) / float64(max(total, 1))
	t.Logf("clickbait accuracy %.4f on %d headlines", acc, total)
	t.Logf("mean sensationalism: clickbait %.2f, not clickbait %.2f",
		sens[1]/float64(max(n[1], 1)), sens[0]/float64(max(n[0], 1)))
	if acc < 0.95 {
		t.Errorf("accuracy %.4f below 0.95", acc)
	}
}
