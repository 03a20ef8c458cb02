package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalSeeds checks the extraction expectations of the shared seed
// pages (../shared/seeds/EXPECTED.json) when TRUTHLENS_EVAL=1 and the seeds
// exist. The seeds are not part of the repository.
func TestEvalSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	raw, err := os.ReadFile(filepath.Join(dir, "EXPECTED.json"))
	if os.Getenv("TRUTHLENS_EVAL") != "1" || err != nil {
		t.Skip("set TRUTHLENS_EVAL=1 with ../shared/seeds present")
	}
	var exp struct {
		Articles map[string]struct {
			Site         string   `json:"site"`
			With         []string `json:"with"`
			Without      []string `json:"without"`
			Once         []string `json:"once"`
			Disclosures  []string `json:"disclosures"`
			RemovedKinds []string `json:"removed_kinds"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	fold := func(s string) string {
		s = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
		return strings.Join(strings.Fields(strings.ToLower(s)), " ")
	}
	pass, fail := 0, 0
	ok := func(cond bool, format string, args ...any) {
		if cond {
			pass++
			return
		}
		fail++
		t.Errorf(format, args...)
	}
	for name, a := range exp.Articles {
		body, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Extract(Source{Input: name, Body: body}, Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if os.Getenv("TRUTHLENS_EVAL_DUMP") != "" {
			out, _ := json.MarshalIndent(doc, "", "  ")
			t.Logf("%s", out)
		}
		text := fold(doc.Text)
		if a.Site != "" {
			ok(fold(doc.Site) == fold(a.Site), "%s: site %q, want %q", name, doc.Site, a.Site)
		}
		for _, s := range a.With {
			ok(strings.Contains(text, fold(s)), "%s: text lacks %q", name, s)
		}
		for _, s := range a.Without {
			ok(!strings.Contains(text, fold(s)), "%s: text has %q", name, s)
		}
		for _, s := range a.Once {
			ok(strings.Count(text, fold(s)) == 1, "%s: %q found %d times", name, s, strings.Count(text, fold(s)))
		}
		for _, k := range a.Disclosures {
			found := false
			for _, d := range doc.Disclosures {
				found = found || d.Kind == k
			}
			ok(found, "%s: no disclosure %q in %+v", name, k, doc.Disclosures)
		}
		for _, k := range a.RemovedKinds {
			found := false
			for _, r := range doc.Removed {
				found = found || r.Kind == k
			}
			ok(found, "%s: no removed %q", name, k)
		}
	}
	t.Logf("seed extraction checks: %d passed, %d failed", pass, fail)
}
