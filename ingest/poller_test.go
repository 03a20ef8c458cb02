package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
	"github.com/truthlens/truthlens/fetch"
	"github.com/truthlens/truthlens/sqlite"
)

// countingSubmitter records what the workers submit.
type countingSubmitter struct {
	mu   sync.Mutex
	urls []string
}

func (c *countingSubmitter) Submit(ctx context.Context, src extract.Source) (*truthlens.Article, bool, error) {
	doc, err := extract.Extract(src, extract.Options{})
	if err != nil {
		return nil, false, err
	}
	c.mu.Lock()
	c.urls = append(c.urls, src.URL)
	c.mu.Unlock()
	return &truthlens.Article{Document: doc}, true, nil
}

func articlePage(title string) string {
	return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" +
		strings.Repeat("The council of the fictional town of Eastmere voted on Tuesday to build a flood barrier after three floods in two years. ", 5) +
		"</p><p>" + strings.Repeat("Opponents said the cost was too high and asked for a public hearing before any money is spent. ", 4) + "</p></article></body></html>"
}

func TestPollerFaultsStayOnTheirFeed(t *testing.T) {
	ctx := context.Background()
	var goodHits atomic.Int32
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/good.rss", func(w http.ResponseWriter, r *http.Request) {
		goodHits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Eastmere Post</title>
<item><title>Barrier approved</title><link>%[1]s/a1</link><pubDate>Mon, 02 Mar 2026 10:00:00 +0000</pubDate></item>
<item><title>Hearing set</title><link>%[1]s/a2</link><pubDate>Tue, 03 Mar 2026 10:00:00 +0000</pubDate><description>&lt;p&gt;feed text&lt;/p&gt;</description></item>
</channel></rss>`, srvURL)
	})
	mux.HandleFunc("/a1", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, articlePage("Barrier approved")) })
	mux.HandleFunc("/a2", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, articlePage("Hearing set")) })
	mux.HandleFunc("/slow.rss", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
	})
	mux.HandleFunc("/garbage.rss", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "\x00\x01 this is not a feed <html>") })
	mux.HandleFunc("/loop.rss", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop.rss?x="+r.URL.Query().Get("x")+"x", http.StatusFound)
	})
	mux.HandleFunc("/huge.rss", func(w http.ResponseWriter, r *http.Request) {
		chunk := []byte(strings.Repeat("<item>padding</item>", 1000))
		for n := 0; n < 50<<20; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL

	db, err := sqlite.Open(ctx, t.TempDir()+"/t.db", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, p := range []string{"/good.rss", "/slow.rss", "/garbage.rss", "/loop.rss", "/huge.rss"} {
		if _, err := db.AddFeed(ctx, srv.URL+p, ""); err != nil {
			t.Fatal(err)
		}
	}
	fc := fetch.New(fetch.Options{AllowPrivate: true, Timeout: 700 * time.Millisecond})
	sub := &countingSubmitter{}
	in := &Ingester{Queue: db, Feeds: db, Submit: sub, Fetch: fc}
	now := time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)
	p := &Poller{Feeds: db, Ingester: in, Fetch: fc, HostGap: time.Millisecond, Interval: 10 * time.Minute, Now: func() time.Time { return now }}
	if err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	feeds, err := db.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantErr := map[string]string{"/good.rss": "", "/slow.rss": "timed out", "/garbage.rss": "not an RSS/Atom feed", "/loop.rss": "too many redirects", "/huge.rss": "larger than"}
	for _, f := range feeds {
		want := wantErr[strings.TrimPrefix(f.URL, srv.URL)]
		switch {
		case want == "" && (f.Error != "" || f.Failures != 0 || f.ETag != `"v1"` || f.Title != "Eastmere Post"):
			t.Errorf("good feed: %+v", f)
		case want != "" && (!strings.Contains(f.Error, want) || f.Failures != 1):
			t.Errorf("%s: error %q (failures %d), want it to mention %q", f.URL, f.Error, f.Failures, want)
		case want != "" && !f.NextFetch.After(now.Add(10*time.Minute)):
			t.Errorf("%s: a failing feed must back off, next fetch %s", f.URL, f.NextFetch)
		}
	}
	if in.Enqueued.Load() != 2 {
		t.Fatalf("good feed queued %d articles, want 2", in.Enqueued.Load())
	}
	if err := in.Work(ctx, WorkOptions{Workers: 2, UntilEmpty: true, Poll: 10 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	if len(sub.urls) != 2 || in.Failed.Load() != 0 {
		t.Fatalf("workers stored %v, failed %d", sub.urls, in.Failed.Load())
	}
	// Next poll: the good feed answers 304 and nothing is queued twice;
	// the failing feeds are not due yet (backoff).
	now = now.Add(11 * time.Minute)
	hits := goodHits.Load()
	if err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	if goodHits.Load() != hits+1 || in.Enqueued.Load() != 2 {
		t.Fatalf("second poll: %d hits, %d queued", goodHits.Load()-hits, in.Enqueued.Load())
	}
}
