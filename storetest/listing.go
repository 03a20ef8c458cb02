package storetest

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	truthlens "github.com/truthlens/truthlens"
)

// seedListing stores six articles of three outlets on six days and returns
// their ids in storage order (article i is published on day(i)).
func seedListing(t *testing.T, s truthlens.Store) []string {
	t.Helper()
	texts := []string{
		"The harbour authority of Port Calder approved a new ferry terminal.",
		"Farmers in the Lowen valley reported a record apple harvest.",
		"Port Calder fishermen protested against the ferry terminal.",
		"A new library opened in Lowen with a reading garden.",
		"The Calder ferry terminal will cost more than planned, auditors said.",
		"Scientists counted more otters along the Lowen river.",
	}
	sites := []string{"Calder Herald", "Lowen Daily", "Calder Herald", "", "The Coast Post", "Lowen Daily"}
	var ids []string
	for i, text := range texts {
		url := fmt.Sprintf("https://news%d.example.net/story/%d", i%3, i)
		if sites[i] == "" {
			url = "https://www.lowen-daily.example.org/s/" + fmt.Sprint(i)
		}
		a := article(url, sites[i], fmt.Sprintf("Headline %d", i), text, day(i), float64(i+2))
		ids = append(ids, save(t, s, a))
	}
	return ids
}

func summaryIDs(list []truthlens.ArticleSummary) []string {
	out := []string{}
	for _, a := range list {
		out = append(out, a.ID)
	}
	return out
}

func testListing(t *testing.T, open opener) {
	s := open(t)
	ids := seedListing(t, s)
	list := func(f truthlens.ArticleFilter) ([]string, int) {
		t.Helper()
		got, total, err := s.Articles(ctx(t), f)
		must(t, fmt.Sprintf("Articles(%+v)", f), err)
		return summaryIDs(got), total
	}
	newestFirst := []string{ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]}

	t.Run("Order", func(t *testing.T) {
		got, total := list(truthlens.ArticleFilter{})
		if total != 6 {
			t.Errorf("total = %d, want 6", total)
		}
		if diff := cmp.Diff(newestFirst, got); diff != "" {
			t.Errorf("order, newest first (-want +got):\n%s", diff)
		}
	})

	t.Run("Pagination", func(t *testing.T) {
		var all []string
		for off := 0; off < 8; off += 4 {
			got, total := list(truthlens.ArticleFilter{Limit: 4, Offset: off})
			if total != 6 {
				t.Errorf("offset %d: total = %d, want 6", off, total)
			}
			all = append(all, got...)
		}
		if diff := cmp.Diff(newestFirst, all); diff != "" {
			t.Errorf("pages 4+2 (-want +got):\n%s", diff)
		}
		got, total := list(truthlens.ArticleFilter{Limit: 10, Offset: 100})
		if len(got) != 0 || total != 6 {
			t.Errorf("offset past the end: %v, total %d; want none, 6", got, total)
		}
	})

	t.Run("Summary", func(t *testing.T) {
		got, _, err := s.Articles(ctx(t), truthlens.ArticleFilter{Limit: 1})
		must(t, "Articles", err)
		if len(got) != 1 {
			t.Fatalf("%d summaries, want 1", len(got))
		}
		a := got[0]
		if a.ID != ids[5] || a.URL != "https://news2.example.net/story/5" || a.Source != "Lowen Daily" ||
			a.Title != "Headline 5" || a.Published != day(5) || a.Story != nil || a.Created.IsZero() {
			t.Errorf("summary = %+v", a)
		}
		// article() scores objectivity overall-1, accuracy overall,
		// transparency overall+1: each must come from its own column.
		if a.Objectivity != 6 || a.Accuracy != 7 || a.Transparency != 8 || a.Overall != 7 {
			t.Errorf("summary scores objectivity %v accuracy %v transparency %v overall %v, want 6 7 8 7",
				a.Objectivity, a.Accuracy, a.Transparency, a.Overall)
		}
		if a.Created.Location().String() != "UTC" {
			t.Errorf("Created in %v, want UTC", a.Created.Location())
		}
	})

	t.Run("Source", func(t *testing.T) {
		want := []string{ids[5], ids[1]}
		for _, src := range []string{"lowen-daily", "Lowen Daily"} {
			got, total := list(truthlens.ArticleFilter{Source: src})
			if diff := cmp.Diff(want, got); diff != "" || total != 2 {
				t.Errorf("source %q: total %d (-want +got):\n%s", src, total, diff)
			}
		}
		// no site: the outlet is the host name without www.
		got, _ := list(truthlens.ArticleFilter{Source: "lowen-daily.example.org"})
		if diff := cmp.Diff([]string{ids[3]}, got); diff != "" {
			t.Errorf("source by host name (-want +got):\n%s", diff)
		}
		got, total := list(truthlens.ArticleFilter{Source: "nobody"})
		if len(got) != 0 || total != 0 {
			t.Errorf("unknown source: %v, total %d", got, total)
		}
	})

	t.Run("Search", func(t *testing.T) {
		cases := []struct {
			q    string
			want []string
		}{
			{"ferry", []string{ids[4], ids[2], ids[0]}},
			{"FERRY Terminal", []string{ids[4], ids[2], ids[0]}},
			{"ferry protested", []string{ids[2]}},
			{"Lowen", []string{ids[5], ids[3], ids[1]}},
			{"Headline 3", []string{ids[3]}}, // title and text together
			{"otters", []string{ids[5]}},
			{"zeppelin", []string{}},
			{`ferry* "terminal" (-:^)`, []string{ids[4], ids[2], ids[0]}}, // operators are not syntax
		}
		for _, c := range cases {
			got, total := list(truthlens.ArticleFilter{Query: c.q})
			if diff := cmp.Diff(c.want, got); diff != "" || total != len(c.want) {
				t.Errorf("query %q: total %d (-want +got):\n%s", c.q, total, diff)
			}
		}
		got, total := list(truthlens.ArticleFilter{Query: "ferry", Source: "calder-herald", Limit: 1})
		if diff := cmp.Diff([]string{ids[2]}, got); diff != "" || total != 2 {
			t.Errorf("query+source+limit: total %d (-want +got):\n%s", total, diff)
		}
	})
}

func testOutlets(t *testing.T, open opener) {
	s := open(t)
	_ = seedListing(t, s)
	got, err := s.Outlets(ctx(t))
	must(t, "Outlets", err)
	// overall of article i is i+2; objectivity i+1, accuracy i+2, transparency i+3.
	want := []truthlens.Outlet{
		{ID: "calder-herald", Name: "Calder Herald", Articles: 2, Objectivity: 2, Accuracy: 3, Transparency: 4, Overall: 3},
		{ID: "lowen-daily", Name: "Lowen Daily", Articles: 2, Objectivity: 4, Accuracy: 5, Transparency: 6, Overall: 5},
		{ID: "lowen-daily-example-org", Name: "lowen-daily.example.org", Articles: 1, Objectivity: 4, Accuracy: 5, Transparency: 6, Overall: 5},
		{ID: "the-coast-post", Name: "The Coast Post", Articles: 1, Objectivity: 5, Accuracy: 6, Transparency: 7, Overall: 6},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Outlets, most articles first then by id (-want +got):\n%s", diff)
	}
	for _, key := range []string{"lowen-daily", "Lowen Daily"} {
		o, err := s.Outlet(ctx(t), key)
		must(t, "Outlet "+key, err)
		if diff := cmp.Diff(&want[1], o); diff != "" {
			t.Errorf("Outlet(%q) (-want +got):\n%s", key, diff)
		}
	}
	// averages are rounded to two decimals
	save(t, s, article("https://news9.example.net/x", "The Coast Post", "x", "x", day(9), 7.335))
	o, err := s.Outlet(ctx(t), "the-coast-post")
	must(t, "Outlet", err)
	if o.Articles != 2 || o.Overall != 6.67 {
		t.Errorf("Outlet after a second article: %+v, want 2 articles, overall 6.67", o)
	}
}
