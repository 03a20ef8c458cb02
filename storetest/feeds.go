package storetest

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	truthlens "github.com/truthlens/truthlens"
)

func testFeeds(t *testing.T, open opener) {
	s := open(t)
	f1, err := s.AddFeed(ctx(t), "https://calder.example.net/rss", "Calder Herald")
	must(t, "AddFeed", err)
	if f1.ID == 0 || f1.URL != "https://calder.example.net/rss" || f1.Title != "Calder Herald" ||
		!f1.LastFetched.IsZero() || !f1.NextFetch.IsZero() || f1.Failures != 0 {
		t.Errorf("new feed = %+v", f1)
	}
	f2, err := s.AddFeed(ctx(t), "https://lowen.example.org/atom.xml", "")
	must(t, "AddFeed 2", err)

	dup, err := s.AddFeed(ctx(t), "https://calder.example.net/rss", "Another title")
	wantCode(t, "AddFeed of a registered URL", err, truthlens.ECONFLICT)
	if dup == nil || dup.ID != f1.ID || dup.Title != "Calder Herald" {
		t.Errorf("AddFeed duplicate returned %+v, want the existing feed %d", dup, f1.ID)
	}
	_, err = s.AddFeed(ctx(t), "  ", "")
	wantCode(t, "AddFeed without URL", err, truthlens.EINVALID)

	upd := *f2
	upd.Title = "Lowen Daily"
	upd.ETag = `W/"abc"`
	upd.LastModified = "Mon, 02 Mar 2026 10:00:00 GMT"
	upd.LastFetched = time.Date(2026, 3, 2, 10, 0, 1, 123456000, time.FixedZone("CET", 3600))
	upd.NextFetch = upd.LastFetched.Add(30 * time.Minute)
	upd.Failures = 2
	upd.Error = "HTTP 503"
	must(t, "UpdateFeed", s.UpdateFeed(ctx(t), &upd))

	got, err := s.Feeds(ctx(t))
	must(t, "Feeds", err)
	wantUpd := upd
	wantUpd.LastFetched = upd.LastFetched.UTC()
	wantUpd.NextFetch = upd.NextFetch.UTC()
	if diff := cmp.Diff([]truthlens.Feed{*f1, wantUpd}, got); diff != "" {
		t.Errorf("Feeds (-want +got):\n%s", diff)
	}

	// clearing the times stores zero again
	upd.LastFetched, upd.NextFetch, upd.Error, upd.Failures = time.Time{}, time.Time{}, "", 0
	must(t, "UpdateFeed clear", s.UpdateFeed(ctx(t), &upd))
	must(t, "DeleteFeed", s.DeleteFeed(ctx(t), f1.ID))
	got, err = s.Feeds(ctx(t))
	must(t, "Feeds", err)
	if diff := cmp.Diff([]truthlens.Feed{upd}, got); diff != "" {
		t.Errorf("Feeds after delete (-want +got):\n%s", diff)
	}
	wantCode(t, "DeleteFeed twice", s.DeleteFeed(ctx(t), f1.ID), truthlens.ENOTFOUND)
}
