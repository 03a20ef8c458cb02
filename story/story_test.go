package story

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	truthlens "github.com/truthlens/truthlens"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// storyOf returns the story holding article id, or nil.
func storyOf(sts []truthlens.Story, id string) *truthlens.Story {
	for i := range sts {
		if slices.Contains(sts[i].Articles, id) {
			return &sts[i]
		}
	}
	return nil
}

func TestWireCopiesAreOneSource(t *testing.T) {
	sts := Group(wireCopies(), Options{})
	st := storyOf(sts, "wire")
	if st == nil {
		t.Fatalf("wire in no story: %+v", sts)
	}
	for _, id := range []string{"copy1", "copy2", "copy3", "copy4", "copy5", "indep"} {
		if !slices.Contains(st.Articles, id) {
			t.Errorf("%s not in the wire story %v", id, st.Articles)
		}
	}
	if slices.Contains(st.Articles, "other") {
		t.Errorf("unrelated article joined: %v", st.Articles)
	}
	if st.Origin != "wire" {
		t.Errorf("origin %q, want wire", st.Origin)
	}
	if st.IndependentSources != 2 {
		t.Errorf("independent sources %d, want 2 (the wire and the independent report)", st.IndependentSources)
	}
	copies := map[string]string{}
	for _, c := range st.Copies {
		copies[c.ID] = c.Of
		if c.Similarity <= 0 || c.Similarity > 1 {
			t.Errorf("copy %s similarity %v", c.ID, c.Similarity)
		}
	}
	for _, id := range []string{"copy1", "copy2", "copy3", "copy4", "copy5"} {
		if copies[id] == "" {
			t.Errorf("%s not found as a copy: %+v", id, st.Copies)
		}
	}
	if _, ok := copies["indep"]; ok {
		t.Errorf("the independent report is not a copy")
	}
	// The quote of both independent origins is one consistent utterance.
	found := false
	for _, q := range st.Quotes {
		if q.Speaker == "Ilse Marrow" && q.Consistent {
			found = true
		}
	}
	if !found {
		t.Errorf("no consistent quote group of Ilse Marrow: %+v", st.Quotes)
	}
}

func TestParaphrasedHeadlinesJoin(t *testing.T) {
	sts := Group(headlines(), Options{})
	st := storyOf(sts, "h1")
	if st == nil || !slices.Contains(st.Articles, "h2") {
		t.Fatalf("paraphrased pair not grouped: %+v", sts)
	}
	if len(st.Articles) != 2 {
		t.Errorf("story holds %v, want only h1 and h2", st.Articles)
	}
	if len(sts) != 1 {
		t.Errorf("%d stories, want 1 (singletons are not stories by default)", len(sts))
	}
}

func TestDifferentEventsOfOnePersonStayApart(t *testing.T) {
	sts := Group(twoEvents(), Options{})
	fine, school := storyOf(sts, "fine1"), storyOf(sts, "school1")
	if fine == nil || !slices.Contains(fine.Articles, "fine2") {
		t.Fatalf("the fine reports are not one story: %+v", sts)
	}
	if school == nil || !slices.Contains(school.Articles, "school2") {
		t.Fatalf("the school reports are not one story: %+v", sts)
	}
	if fine.ID == school.ID {
		t.Fatalf("two events of Daria Kestrel merged: %v", fine.Articles)
	}
	if storyOf(sts, "weather") != nil {
		t.Errorf("unrelated article in a story")
	}
}

func TestChangedQuoteIsFlagged(t *testing.T) {
	sts := Group(bridgeQuotes(), Options{})
	if len(sts) != 1 || len(sts[0].Articles) != 3 {
		t.Fatalf("want one story of three: %+v", sts)
	}
	var g *truthlens.QuoteGroup
	for i := range sts[0].Quotes {
		if sts[0].Quotes[i].Speaker == "Pavel Orsk" {
			g = &sts[0].Quotes[i]
		}
	}
	if g == nil {
		t.Fatalf("no quote group of Pavel Orsk: %+v", sts[0].Quotes)
	}
	if g.Consistent {
		t.Errorf("changed quote not flagged: %+v", g)
	}
	if len(g.Variants) != 2 {
		t.Fatalf("want 2 variants (punctuation and case do not make one), got %+v", g.Variants)
	}
	if !slices.Equal(g.Variants[0].Articles, []string{"q1", "q2"}) || !slices.Equal(g.Variants[1].Articles, []string{"q3"}) {
		t.Errorf("variants carried by %v and %v, want [q1 q2] and [q3]", g.Variants[0].Articles, g.Variants[1].Articles)
	}
	if !strings.Contains(g.Variants[1].Text, "next summer") {
		t.Errorf("changed variant %q", g.Variants[1].Text)
	}
}

func TestPunctuationOnlyQuoteIsConsistent(t *testing.T) {
	sts := Group(bridgeQuotes()[:2], Options{})
	if len(sts) != 1 || len(sts[0].Quotes) != 1 {
		t.Fatalf("want one story with one quote group: %+v", sts)
	}
	if g := sts[0].Quotes[0]; !g.Consistent || len(g.Variants) != 1 {
		t.Errorf("quote differing only in punctuation and case flagged: %+v", g)
	}
}

func TestClaimsAndOmissions(t *testing.T) {
	sts := Group(wireCopies(), Options{})
	st := storyOf(sts, "wire")
	if st == nil {
		t.Fatal("no wire story")
	}
	single, corroborated := 0, 0
	for _, c := range st.Claims {
		switch {
		case c.Origins >= 2:
			corroborated++
		case len(c.Articles) == 1:
			single++
		}
		if c.Origins > len(c.Articles) || c.Origins < 1 {
			t.Errorf("claim %q: %d origins for %d articles", c.Text, c.Origins, len(c.Articles))
		}
	}
	if corroborated == 0 || single == 0 {
		t.Errorf("want corroborated and single-source claims, got %d and %d: %+v", corroborated, single, st.Claims)
	}
	for _, o := range st.Omissions {
		if len(o.Missing) == 0 {
			t.Errorf("empty omission for %s", o.Article)
		}
	}
}

func TestCorroborate(t *testing.T) {
	arts := wireCopies()
	sts := Group(arts, Options{})
	byID := map[string]*truthlens.Article{}
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
	}
	st := storyOf(sts, "indep")
	Corroborate(*st, byID)
	Corroborate(*st, byID) // again: replaces, never adds twice
	a := byID["indep"]
	var ids []string
	for _, c := range a.Scores.Accuracy.Checks {
		ids = append(ids, c.ID)
		for _, sp := range c.Evidence {
			if sp.Start < 0 || sp.End > len(a.Text) || a.Text[sp.Start:sp.End] != sp.Text {
				t.Errorf("%s: evidence %+v does not point into the text", c.ID, sp)
			}
		}
		if c.ID == CheckCorroboration && (c.Weight != 1 || c.Value <= 0 || len(c.Evidence) == 0) {
			t.Errorf("corroboration check %+v", c)
		}
		if c.ID == CheckQuoteConsistency && (c.Weight != 1 || c.Value != 1) {
			t.Errorf("quote check %+v", c)
		}
	}
	if !slices.Equal(ids, []string{CheckCorroboration, CheckQuoteConsistency}) {
		t.Errorf("checks %v", ids)
	}
	want := a.Scores.Accuracy
	want.Recompute()
	if a.Scores.Accuracy.Value != want.Value || len(a.Scores.Accuracy.Checks) != 2 {
		t.Errorf("accuracy not recomputed: %+v", a.Scores.Accuracy)
	}
}

func TestGolden(t *testing.T) {
	var arts []truthlens.Article
	arts = append(arts, wireCopies()...)
	arts = append(arts, twoEvents()...)
	arts = append(arts, bridgeQuotes()...)
	arts = append(arts, headlines()...)
	got, err := json.MarshalIndent(truthlens.StoriesResult{Stories: Group(arts, Options{})}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "fixtures.golden.json")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if d := cmp.Diff(strings.TrimSpace(string(want)), string(got)); d != "" {
		t.Errorf("golden mismatch (-want +got):\n%s", d)
	}
}

func TestStoryIDStable(t *testing.T) {
	a, b := StoryID("x"), StoryID("x")
	if a != b || !strings.HasPrefix(a, "s-") || len(a) != 14 || StoryID("y") == a {
		t.Errorf("story ids %q %q %q", a, b, StoryID("y"))
	}
}

// TestStoryIDSurvivesNewArticles: the server regroups each time articles
// arrive; a story keeps its id while its origin stays the same.
func TestStoryIDSurvivesNewArticles(t *testing.T) {
	all := wireCopies()
	var early []truthlens.Article
	for _, a := range all {
		if a.ID == "wire" || a.ID == "copy1" || a.ID == "other" {
			early = append(early, a)
		}
	}
	before, after := storyOf(Group(early, Options{}), "wire"), storyOf(Group(all, Options{}), "wire")
	if before == nil || after == nil || before.ID != after.ID {
		t.Fatalf("story id changed as articles arrived: %+v -> %+v", before, after)
	}
}
