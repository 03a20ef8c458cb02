package demo_test

import (
	"context"
	"strings"
	"testing"

	"github.com/truthlens/truthlens/app"
	"github.com/truthlens/truthlens/demo"
	"github.com/truthlens/truthlens/sqlite"
)

func TestSourcesAreLabelledFictional(t *testing.T) {
	srcs, err := demo.Sources()
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) < 6 {
		t.Fatalf("%d demo articles, want at least 6", len(srcs))
	}
	urls := map[string]bool{}
	for _, s := range srcs {
		if !strings.Contains(s.Site, "(fictional)") || !strings.Contains(string(s.Body), "fictional demo article") {
			t.Errorf("%s: not labelled fictional (site %q)", s.ID, s.Site)
		}
		if !strings.Contains(s.URL, ".example/") {
			t.Errorf("%s: URL %q is not on the reserved .example domain", s.ID, s.URL)
		}
		if urls[s.URL] {
			t.Errorf("%s: duplicate URL", s.ID)
		}
		urls[s.URL] = true
	}
}

// TestLoadShowsEveryFeature loads the corpus through the real service and
// checks that the story has what the demo is for: a copy, a changed quote,
// a single-source claim, an omission, a removed link to another story, a
// syndication disclosure, and one unrelated article. Loading twice adds
// nothing.
func TestLoadShowsEveryFeature(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc := &app.Service{Store: db}
	n, err := demo.Load(ctx, svc)
	if err != nil || n != 6 {
		t.Fatalf("load: %d new, %v", n, err)
	}
	if n, err := demo.Load(ctx, svc); err != nil || n != 0 {
		t.Fatalf("second load: %d new, %v", n, err)
	}
	stories, _, err := db.Stories(ctx, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	var big int
	for i, s := range stories {
		if len(s.Articles) > len(stories[big].Articles) {
			big = i
		}
	}
	if len(stories) == 0 {
		t.Fatal("no story")
	}
	st := stories[big]
	if len(st.Articles) != 5 {
		t.Errorf("the bridge story has %d articles, want 5", len(st.Articles))
	}
	if len(st.Copies) == 0 || st.IndependentSources != len(st.Articles)-len(st.Copies) {
		t.Errorf("copies %v, independent sources %d", st.Copies, st.IndependentSources)
	}
	changed, single := false, false
	for _, q := range st.Quotes {
		changed = changed || !q.Consistent
	}
	for _, c := range st.Claims {
		single = single || c.Origins == 1
	}
	if !changed || !single || len(st.Omissions) == 0 {
		t.Errorf("changed quote %v, single-source claim %v, omissions %d", changed, single, len(st.Omissions))
	}
	related, syndicated := false, false
	for _, id := range st.Articles {
		a, err := db.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range a.Removed {
			// The link to another story (the library roof) is cut from the text and listed.
			related = related || strings.Contains(r.Text, "library roof") && (r.Kind == "related-articles" || r.Kind == "navigation")
		}
		if strings.Contains(a.Text, "library roof") {
			t.Errorf("%s: the related-articles link is left in the text", id)
		}
		for _, d := range a.Disclosures {
			syndicated = syndicated || d.Kind == "syndicated"
		}
	}
	if !related || !syndicated {
		t.Errorf("related-articles block removed %v, syndication disclosed %v", related, syndicated)
	}
}
