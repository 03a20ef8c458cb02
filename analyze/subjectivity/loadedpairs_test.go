package subjectivity

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadedPairsFile measures the loaded flag on testdata/loaded_pairs.tsv:
// fictional news sentences, each event told with loaded wording and as
// neutral reporting (see the file's header). It reports macro-F1 over all
// sentences and fails below a floor, so that a lexicon or rule change that
// breaks the flag on plain partisan wording shows up.
func TestLoadedPairsFile(t *testing.T) {
	fh, err := os.Open(filepath.Join("testdata", "loaded_pairs.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var pred, gold []bool
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		biased, neutral, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("bad line %q", l)
		}
		for _, c := range []struct {
			s    string
			want bool
		}{{biased, true}, {neutral, false}} {
			r := Classify(c.s, "en", nil)
			pred, gold = append(pred, r.Loaded), append(gold, c.want)
			if r.Loaded != c.want {
				t.Logf("loaded=%v want %v: %s (%.2f, cues %v)", r.Loaded, c.want, c.s, r.Subjectivity, r.Spans)
			}
		}
	}
	if len(gold) < 80 {
		t.Fatalf("only %d sentences", len(gold))
	}
	f := macroF1(pred, gold)
	t.Logf("loaded on %d fictional biased/neutral sentences: macro-F1 %.3f", len(gold), f)
	if f < 0.9 {
		t.Errorf("macro-F1 %.3f < 0.9", f)
	}
}
