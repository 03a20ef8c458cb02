package storeenc

import (
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

// TestSummaryDest checks that each destination lines up with its column:
// a shifted list would put one score into another's field.
func TestSummaryDest(t *testing.T) {
	var s truthlens.ArticleSummary
	var published, story, created string
	cols := strings.Split(SummaryColumns, ",")
	dest := SummaryDest(&s, &published, &story, &created)
	if len(dest) != len(cols) {
		t.Fatalf("%d destinations for %d columns", len(dest), len(cols))
	}
	want := map[string]any{
		"id": &s.ID, "url": &s.URL, "outlet": &s.Source, "title": &s.Title,
		"published": &published, "story_id": &story,
		"objectivity": &s.Objectivity, "accuracy": &s.Accuracy,
		"transparency": &s.Transparency, "overall": &s.Overall, "created_at": &created,
	}
	for i, c := range cols {
		c = strings.TrimSpace(c)
		w, ok := want[c]
		if !ok {
			t.Errorf("column %d %q is not expected", i, c)
			continue
		}
		if dest[i] != w {
			t.Errorf("column %d %q scans into the wrong destination", i, c)
		}
		delete(want, c)
	}
	for c := range want {
		t.Errorf("column %q is missing", c)
	}
}
