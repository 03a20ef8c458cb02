// Package storetest is the contract test suite that every truthlens.Store
// (SQLite, PostgreSQL) runs, so that the backends behave the same:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) truthlens.Store { ... })
//	}
//
// open must return an empty store and register the clean-up of anything
// besides the store itself (a schema, a temp dir); Run closes the store.
package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// Run runs every contract test against fresh stores made by open.
func Run(t *testing.T, open func(t *testing.T) truthlens.Store) {
	t.Helper()
	fresh := func(t *testing.T) truthlens.Store {
		t.Helper()
		s := open(t)
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		return s
	}
	t.Run("Articles", func(t *testing.T) { testArticles(t, fresh) })
	t.Run("Listing", func(t *testing.T) { testListing(t, fresh) })
	t.Run("Outlets", func(t *testing.T) { testOutlets(t, fresh) })
	t.Run("Stories", func(t *testing.T) { testStories(t, fresh) })
	t.Run("Jobs", func(t *testing.T) { testJobs(t, fresh) })
	t.Run("Feeds", func(t *testing.T) { testFeeds(t, fresh) })
	t.Run("Concurrency", func(t *testing.T) { testConcurrency(t, fresh) })
	t.Run("Locker", func(t *testing.T) { testLocker(t, fresh) })
}

type opener = func(t *testing.T) truthlens.Store

func ctx(t *testing.T) context.Context { return t.Context() }

// wantCode fails unless err is a *truthlens.Error with code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	var e *truthlens.Error
	if err == nil || !errors.As(err, &e) || e.Code != code {
		t.Errorf("%s: err = %v, want a *truthlens.Error with code %q", what, err, code)
	}
}

func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// article is a fictional analysed article.
func article(url, site, title, text string, published truthlens.Date, overall float64) *truthlens.Article {
	a := &truthlens.Article{
		Document: truthlens.Document{
			Input: url, URL: url, Site: site, Title: title, Byline: "A. Writer",
			Published: published, Language: "en", Text: text,
			Removed:     []truthlens.Removed{{Kind: truthlens.RemovedAds, Text: "Buy now"}},
			Disclosures: []truthlens.Disclosure{},
			Links:       []truthlens.Link{{Href: "https://example.org/report", Text: "report"}},
		},
		Headline:  truthlens.Headline{Original: title, Suggested: title, Evidence: []truthlens.Span{}},
		Summary:   "A summary.",
		Sentences: []truthlens.Sentence{{Start: 0, End: len(text), Text: text, Claim: true}},
		Engine:    truthlens.Engine,
	}
	a.Scores.Objectivity.Value = overall - 1
	a.Scores.Accuracy.Value = overall
	a.Scores.Transparency.Value = overall + 1
	a.Scores.Overall = overall
	a.Scores.Accuracy.Checks = []truthlens.Check{{ID: "sources", Label: "Sources", Weight: 1, Value: overall / 10, Evidence: []truthlens.Span{}}}
	return a
}

// save stores a and returns its id.
func save(t *testing.T, s truthlens.Store, a *truthlens.Article) string {
	t.Helper()
	id, created, err := s.SaveArticle(ctx(t), a)
	must(t, "SaveArticle "+a.URL, err)
	if !created {
		t.Fatalf("SaveArticle %s: created = false for a new article", a.URL)
	}
	return id
}

// day is a fixed publish date n days after a reference date.
func day(n int) truthlens.Date {
	return truthlens.Date(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n).Format(time.RFC3339))
}
