package storetest

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	truthlens "github.com/truthlens/truthlens"
)

func testArticles(t *testing.T, open opener) {
	t.Run("SaveAndGet", func(t *testing.T) {
		s := open(t)
		a := article("https://news.example.com/a/rain?utm_source=x", "Example News", "Rain falls on Valdoria",
			"Heavy rain fell on Valdoria on Monday, officials said.", day(0), 6.5)
		a.ID = "from-jsonl" // ignored: the store assigns ids
		id, created, err := s.SaveArticle(ctx(t), a)
		must(t, "SaveArticle", err)
		if !created {
			t.Error("created = false for a new article")
		}
		if want := truthlens.ArticleID(truthlens.ArticleKey(a.Document)); id != want {
			t.Errorf("id = %q, want ArticleID(key) = %q", id, want)
		}
		got, err := s.Article(ctx(t), id)
		must(t, "Article", err)
		want := *a
		want.ID = id
		if diff := cmp.Diff(&want, got); diff != "" {
			t.Errorf("Article round trip (-want +got):\n%s", diff)
		}
		if got.Story != nil {
			t.Errorf("Story = %q, want nil", *got.Story)
		}
	})

	t.Run("DedupeURL", func(t *testing.T) {
		s := open(t)
		a := article("https://www.news.example.com/a/rain/", "Example News", "Rain", "Rain fell.", day(0), 5)
		id := save(t, s, a)
		b := article("http://news.example.com/a/rain?utm_campaign=feed#top", "Example News", "Rain (updated)", "Different text.", day(1), 7)
		id2, created, err := s.SaveArticle(ctx(t), b)
		must(t, "SaveArticle again", err)
		if created || id2 != id {
			t.Errorf("same URL again: id, created = %q, %v; want %q, false", id2, created, id)
		}
		got, err := s.Article(ctx(t), id)
		must(t, "Article", err)
		if got.Title != "Rain" {
			t.Errorf("title = %q: a duplicate save must not overwrite", got.Title)
		}
		_, total, err := s.Articles(ctx(t), truthlens.ArticleFilter{})
		must(t, "Articles", err)
		if total != 1 {
			t.Errorf("total = %d after a duplicate save, want 1", total)
		}
	})

	t.Run("DedupeText", func(t *testing.T) {
		s := open(t)
		a := article("", "", "Pasted", "The council   met on Tuesday.\n\nIt voted.", "", 5)
		id := save(t, s, a)
		b := article("", "", "Pasted again", "the council met on tuesday. it voted.", "", 5)
		id2, created, err := s.SaveArticle(ctx(t), b)
		must(t, "SaveArticle again", err)
		if created || id2 != id {
			t.Errorf("same text again: id, created = %q, %v; want %q, false", id2, created, id)
		}
		c := article("", "", "Other", "A different text entirely.", "", 5)
		if id3 := save(t, s, c); id3 == id {
			t.Errorf("different text got the same id %q", id3)
		}
	})

	t.Run("Update", func(t *testing.T) {
		s := open(t)
		a := article("https://news.example.com/b", "Example News", "Bridge opens", "The bridge opened to traffic.", day(2), 4)
		id := save(t, s, a)
		b := *a
		b.Scores.Overall = 8.25
		b.Scores.Accuracy.Value = 9
		b.Engine = "truthlens-rules/99"
		b.Text = "The viaduct opened to traffic."
		must(t, "UpdateArticle", s.UpdateArticle(ctx(t), id, &b))
		got, err := s.Article(ctx(t), id)
		must(t, "Article", err)
		if got.Scores.Overall != 8.25 || got.Engine != "truthlens-rules/99" || got.ID != id {
			t.Errorf("after update: overall %v engine %q id %q", got.Scores.Overall, got.Engine, got.ID)
		}
		if n := count(t, s, truthlens.ArticleFilter{Query: "viaduct"}); n != 1 {
			t.Errorf("search for the updated text: %d results, want 1", n)
		}
		if n := count(t, s, truthlens.ArticleFilter{Query: "bridge"}); n != 1 {
			t.Errorf("search for the title: %d results, want 1", n)
		}
		if n := count(t, s, truthlens.ArticleFilter{Query: "opened traffic bridge"}); n != 1 {
			t.Errorf("search over title and text: %d results, want 1", n)
		}
		list, _, err := s.Articles(ctx(t), truthlens.ArticleFilter{})
		must(t, "Articles", err)
		if len(list) != 1 || list[0].Overall != 8.25 || list[0].Accuracy != 9 ||
			list[0].Objectivity != 3 || list[0].Transparency != 5 {
			t.Errorf("listing after update = %+v, want overall 8.25, accuracy 9, objectivity 3, transparency 5", list)
		}
		o, err := s.Outlet(ctx(t), "example-news")
		must(t, "Outlet", err)
		if o.Overall != 8.25 {
			t.Errorf("outlet overall after update = %v, want 8.25", o.Overall)
		}
	})

	t.Run("SearchFolding", func(t *testing.T) {
		s := open(t)
		id := save(t, s, article("https://zeitung.example.de/1", "Zeitung", "Café in Zürich",
			"Die Straße war voll; C++ und example.com/path wurden erwähnt.", day(0), 5))
		for _, q := range []string{"cafe", "CAFÉ zurich", "strasse", "straße", "c", "example com", "example.com", "erwahnt"} {
			got, total, err := s.Articles(ctx(t), truthlens.ArticleFilter{Query: q})
			must(t, "Articles", err)
			want := 1
			if q == "strasse" { // ß is a letter of its own, not folded
				want = 0
			}
			if total != want || len(got) != want || (want == 1 && got[0].ID != id) {
				t.Errorf("query %q: %d results, want %d", q, total, want)
			}
		}
	})

	t.Run("NotFound", func(t *testing.T) {
		s := open(t)
		_, err := s.Article(ctx(t), "missing")
		wantCode(t, "Article", err, truthlens.ENOTFOUND)
		err = s.UpdateArticle(ctx(t), "missing", article("https://x.example/1", "", "t", "x", "", 5))
		wantCode(t, "UpdateArticle", err, truthlens.ENOTFOUND)
		_, err = s.Outlet(ctx(t), "missing")
		wantCode(t, "Outlet", err, truthlens.ENOTFOUND)
		_, err = s.Story(ctx(t), "missing")
		wantCode(t, "Story", err, truthlens.ENOTFOUND)
		wantCode(t, "Complete", s.Complete(ctx(t), 424242), truthlens.ENOTFOUND)
		wantCode(t, "Fail", s.Fail(ctx(t), 424242, "x", 0), truthlens.ENOTFOUND)
		_, err = s.Claim(ctx(t), "w", nil, time.Minute)
		wantCode(t, "Claim on an empty queue", err, truthlens.ENOTFOUND)
		wantCode(t, "UpdateFeed", s.UpdateFeed(ctx(t), &truthlens.Feed{ID: 424242}), truthlens.ENOTFOUND)
		wantCode(t, "DeleteFeed", s.DeleteFeed(ctx(t), 424242), truthlens.ENOTFOUND)
	})

	t.Run("Recent", func(t *testing.T) {
		s := open(t)
		old := save(t, s, article("https://a.example/old", "A", "Old", "old text", "2001-05-06", 5))
		mid := save(t, s, article("https://a.example/mid", "A", "Mid", "mid text", day(0), 5))
		undated := save(t, s, article("https://a.example/undated", "A", "Undated", "undated text", "", 5))
		// a publish date after the stored time counts as the stored time
		future := save(t, s, article("https://a.example/future", "A", "Future", "future text", "2999-01-01T00:00:00+02:00", 5))
		got, err := s.RecentArticles(ctx(t), time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC))
		must(t, "RecentArticles", err)
		var ids []string
		for _, a := range got {
			ids = append(ids, a.ID)
			if a.Text == "" || a.Scores.Overall != 5 {
				t.Errorf("RecentArticles %s: want the full article, got %+v", a.ID, a)
			}
		}
		if diff := cmp.Diff([]string{mid, undated, future}, ids); diff != "" {
			t.Errorf("RecentArticles ids, oldest first, without %s (-want +got):\n%s", old, diff)
		}
		got, err = s.RecentArticles(ctx(t), time.Now().Add(-time.Minute))
		must(t, "RecentArticles of the last minute", err)
		ids = nil
		for _, a := range got {
			ids = append(ids, a.ID)
		}
		if diff := cmp.Diff([]string{undated, future}, ids); diff != "" {
			t.Errorf("RecentArticles of the last minute: the ones stored now (-want +got):\n%s", diff)
		}
		list, _, err := s.Articles(ctx(t), truthlens.ArticleFilter{})
		must(t, "Articles", err)
		if diff := cmp.Diff([]string{future, undated, mid, old}, summaryIDs(list)); diff != "" {
			t.Errorf("Articles order with a future date (-want +got):\n%s", diff)
		}
		if list[0].Published != "2999-01-01T00:00:00+02:00" {
			t.Errorf("published date shown as %q, want it as given", list[0].Published)
		}

		// a later update with a date in the past re-sorts the article
		u := article("https://a.example/future", "A", "Future", "future text", "2001-05-07", 5)
		must(t, "UpdateArticle", s.UpdateArticle(ctx(t), future, u))
		list, _, err = s.Articles(ctx(t), truthlens.ArticleFilter{})
		must(t, "Articles", err)
		if diff := cmp.Diff([]string{undated, mid, future, old}, summaryIDs(list)); diff != "" {
			t.Errorf("Articles order after re-dating (-want +got):\n%s", diff)
		}
	})
}

// count returns the total of a listing.
func count(t *testing.T, s truthlens.Store, f truthlens.ArticleFilter) int {
	t.Helper()
	_, total, err := s.Articles(ctx(t), f)
	must(t, "Articles", err)
	return total
}
