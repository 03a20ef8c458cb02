package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalRemoved measures, on go-trafilatura's comparison pages (when
// TRUTHLENS_EVAL=1), how well removed shows what was cut: of the unwanted
// snippets kept out of the text, the share that removed lists; and of the
// wanted (article) snippets missing from the text, the share listed as
// removed (article text hidden in removed; lower is better when the text
// was right to leave it out, but it also shows where extraction erred).
// TRUTHLENS_EVAL_DUMP=1 prints wanted snippets listed in removed.
func TestEvalRemoved(t *testing.T) {
	dir := os.Getenv("TRUTHLENS_TRAFILATURA_DIR")
	if dir == "" {
		dir = filepath.Join(os.Getenv("HOME"), "go", "pkg", "mod", "github.com", "markusmobius", "go-trafilatura@v1.12.2")
	}
	entries := loadComparison(dir)
	if os.Getenv("TRUTHLENS_EVAL") != "1" || len(entries) == 0 {
		t.Skip("set TRUTHLENS_EVAL=1 with the go-trafilatura module in the module cache")
	}
	pages, entriesN := 0, 0
	var cutOut, cutListed, wantedIn, wantedListed int
	kinds := map[string]int{}
	for _, e := range entries {
		body, err := os.ReadFile(filepath.Join(dir, "test-files", "comparison", e.file))
		if err != nil {
			continue
		}
		doc, err := Extract(Source{Body: body, Kind: KindHTML}, Options{Now: fixedNow})
		if err != nil {
			continue
		}
		pages++
		var rm []string
		for _, r := range doc.Removed {
			rm = append(rm, r.Text)
			kinds[r.Kind]++
			entriesN++
		}
		removed := foldSpace(strings.Join(rm, "\n"))
		text := foldSpace(doc.Text)
		for _, w := range e.without {
			if f := foldSpace(w); !strings.Contains(text, f) {
				cutOut++
				if strings.Contains(removed, f) {
					cutListed++
				}
			}
		}
		for _, w := range e.with {
			if f := foldSpace(w); !strings.Contains(text, f) {
				wantedIn++
				if strings.Contains(removed, f) {
					wantedListed++
					if os.Getenv("TRUTHLENS_EVAL_DUMP") != "" {
						t.Logf("%s: wanted snippet in removed: %q", e.file, w)
					}
				}
			}
		}
	}
	t.Logf("pages %d, removed entries %d %v", pages, entriesN, kinds)
	t.Logf("unwanted snippets cut: %d, listed in removed: %d (%.1f%%)", cutOut, cutListed, 100*float64(cutListed)/float64(max(cutOut, 1)))
	t.Logf("wanted snippets missing from text: %d, listed in removed: %d", wantedIn, wantedListed)
}
