package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/truthlens/truthlens/sqlite"
)

// startServe runs serve with args on a free port and returns its base URL
// and a stop function that cancels it and checks for a clean exit.
func startServe(t *testing.T, args ...string) (base string, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &lockedBuffer{}
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: stderr, getenv: func(string) string { return "" },
		logger: slog.New(slog.DiscardHandler)}
	done := make(chan int, 1)
	go func() { done <- run(ctx, e, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	addrRx := regexp.MustCompile(`listening on (http://\S+)/`)
	deadline := time.Now().Add(20 * time.Second)
	for base == "" && time.Now().Before(deadline) {
		if m := addrRx.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case code := <-done:
			cancel()
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("server did not start: %s", stderr.String())
	}
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d: %s", code, stderr.String())
			}
		case <-time.After(20 * time.Second):
			t.Fatal("serve did not shut down")
		}
	}
	t.Cleanup(stop)
	return base, stop
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// fictionalSite serves an RSS feed of two fictional articles and the
// articles themselves, on loopback.
func fictionalSite(t *testing.T) (*httptest.Server, *atomic.Int64) {
	var pages atomic.Int64
	articles := map[string][2]string{
		"/news/ferry": {"Fictional: Harbour ferry timetable to change in spring",
			"The Lowmarsh harbour board said on Tuesday that the ferry timetable will change in March. \"Crossings will run every forty minutes,\" said board chair Ines Varga. The board said ticket prices would stay the same."},
		"/wire/ferry": {"Fictional: Lowmarsh ferry crossings to run every forty minutes",
			"Ferry crossings at Lowmarsh harbour will run every forty minutes from March, the harbour board said on Tuesday. \"Crossings will run every forty minutes,\" board chair Ines Varga said. Ticket prices will stay the same, the board said."},
	}
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		var items strings.Builder
		for _, p := range []string{"/news/ferry", "/wire/ferry"} {
			fmt.Fprintf(&items, "<item><title>%s</title><link>%s%s</link><pubDate>Mon, 05 Jan 2026 09:00:00 GMT</pubDate></item>", articles[p][0], srv.URL, p)
		}
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Lowmarsh Fictional Gazette</title><link>%s/</link>%s</channel></rss>`, srv.URL, items.String())
	})
	page := func(w http.ResponseWriter, r *http.Request) {
		a, ok := articles[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		pages.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var paras strings.Builder
		for _, s := range strings.SplitAfter(a[1], ". ") {
			fmt.Fprintf(&paras, "<p>%s</p>\n", s)
		}
		site := "Lowmarsh Fictional Gazette"
		if strings.HasPrefix(r.URL.Path, "/wire/") {
			site = "Fictional Coast Wire"
		}
		fmt.Fprintf(w, `<!doctype html><html><head><title>%s</title><meta property="og:site_name" content="`+site+`"><meta property="article:published_time" content="2026-01-05T09:00:00Z"></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>%s</h1>%s</article><footer>Fictional test site</footer></body></html>`, a[0], a[0], paras.String())
	}
	mux.HandleFunc("/news/", page)
	mux.HandleFunc("/wire/", page)
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &pages
}

// TestServeFeedsEndToEnd registers a loopback RSS feed, starts serve with
// --allow-private, and waits until the poller has queued the entries and
// the workers have fetched, analysed and stored them: both show on the
// home page, the feed's state is recorded, and the queue is empty.
func TestServeFeedsEndToEnd(t *testing.T) {
	site, pages := fictionalSite(t)
	db := filepath.Join(t.TempDir(), "t.db")
	store, err := sqlite.Open(context.Background(), db, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.AddFeed(context.Background(), site.URL+"/feed.xml", ""); err != nil {
		t.Fatal(err)
	}
	store.Close()

	base, stop := startServe(t, "--db", db, "--allow-private", "--token", "tok", "--feed-interval", "1m")
	deadline := time.Now().Add(60 * time.Second)
	var home string
	for time.Now().Before(deadline) {
		_, home = get(t, base+"/")
		if strings.Contains(home, "Harbour ferry timetable") && strings.Contains(home, "crossings to run every forty minutes") {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(home, "Harbour ferry timetable") || !strings.Contains(home, "crossings to run every forty minutes") {
		t.Fatalf("feed entries never reached the home page:\n%.2000s", home)
	}
	if n := pages.Load(); n < 2 {
		t.Errorf("article pages fetched %d times, want 2", n)
	}
	code, feeds := get(t, base+"/api/v1/feeds")
	if code != 200 || !strings.Contains(feeds, `"title":"Lowmarsh Fictional Gazette"`) || !strings.Contains(feeds, `"etag":"\"v1\""`) || !strings.Contains(feeds, `"failures":0`) {
		t.Errorf("feed state not recorded: %d %s", code, feeds)
	}
	code, page := get(t, base+"/feeds")
	if code != 200 || !strings.Contains(page, "Lowmarsh Fictional Gazette") || strings.Contains(page, "not yet") {
		t.Errorf("feeds page: %d %.3000s", code, page)
	}
	// The queue drains: both jobs done, none failed.
	for time.Now().Before(deadline) {
		if _, jobs := get(t, base+"/api/v1/jobs"); strings.Contains(jobs, `"done":2`) && strings.Contains(jobs, `"queued":0`) && strings.Contains(jobs, `"running":0`) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if _, jobs := get(t, base+"/api/v1/jobs"); !strings.Contains(jobs, `"done":2`) || !strings.Contains(jobs, `"failed":0`) {
		t.Errorf("jobs: %s", jobs)
	}
	// When the queue ran dry the workers regrouped the stories: the two
	// outlets' reports of the ferry timetable are one story.
	var stories string
	for time.Now().Before(deadline) {
		if _, stories = get(t, base+"/api/v1/stories"); strings.Contains(stories, `"total":1`) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(stories, `"total":1`) || strings.Count(stories, `"independent_sources":2`) != 1 {
		t.Errorf("stories after the feed run: %.1500s", stories)
	}
	stop()
}

// TestServeFeedsLoopbackRefused: without --allow-private a feed on
// loopback fails through the guarded fetcher, and the error is recorded
// on the feed and shown on the feeds page ("add and poll now" form).
func TestServeFeedsLoopbackRefused(t *testing.T) {
	site, pages := fictionalSite(t)
	base, _ := startServe(t, "--db", filepath.Join(t.TempDir(), "t.db"), "--token", "tok")
	// Add it through the form with "poll now": the poll runs at once.
	resp, err := http.PostForm(base+"/feeds", url.Values{"token": {"tok"}, "url": {site.URL + "/feed.xml"}, "action": {"add-poll"}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(b)
	if resp.StatusCode != 200 || !strings.Contains(page, "Feed polled") {
		t.Fatalf("add and poll: %d %.2000s", resp.StatusCode, page)
	}
	if !strings.Contains(page, "Last error") || !strings.Contains(page, `class="flag poor">1<`) || !strings.Contains(page, "loopback addresses are not fetched") {
		t.Errorf("loopback feed did not fail visibly:\n%.4000s", page)
	}
	if pages.Load() != 0 {
		t.Error("an article was fetched from loopback")
	}
}

// TestServeLLMFlags: --llm-url without a model is a usage error, and a
// model server that fails leaves the rule text marked with the model's
// fallback note on the article page.
func TestServeLLMFlags(t *testing.T) {
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" },
		logger: slog.New(slog.DiscardHandler)}
	if code := run(context.Background(), e, []string{"serve", "--llm-url", "http://127.0.0.1:1/v1", "--db", filepath.Join(t.TempDir(), "x.db")}); code != 2 {
		t.Errorf("--llm-url without --llm-model: exit %d, want 2", code)
	}
	var calls atomic.Int64
	model := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, "no such model", http.StatusNotFound)
	}))
	defer model.Close()
	base, _ := startServe(t, "--db", filepath.Join(t.TempDir(), "t.db"), "--open", "--llm-url", model.URL+"/v1", "--llm-model", "fictional-7b")
	resp, err := http.Post(base+"/api/v1/articles", "application/json", strings.NewReader(`{"text": "Fictional. The Lowmarsh council said on Monday the quarry road would close for six weeks.\n\n\"We must act now,\" said Councillor Mira Okafor.", "title": "Fictional: quarry road to close"}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 201 || !strings.Contains(string(b), `"model":"fictional-7b"`) || !strings.Contains(string(b), `"status":"fallback"`) {
		t.Fatalf("submit with a failing model: %d %.500s", resp.StatusCode, b)
	}
	if calls.Load() == 0 {
		t.Error("the model server was never called")
	}
	id := regexp.MustCompile(`"id":"([^"]+)"`).FindStringSubmatch(string(b))[1]
	_, page := get(t, base+"/articles/"+id)
	if !strings.Contains(page, "fictional-7b") || !strings.Contains(page, "Not used:") || strings.Contains(page, "grounded in cited evidence") {
		t.Errorf("article page does not show the fallback:\n%.3000s", page)
	}
}

func TestServeFeedIntervalFlag(t *testing.T) {
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" },
		logger: slog.New(slog.DiscardHandler)}
	for _, v := range []string{"10s", "soon"} {
		if code := run(context.Background(), e, []string{"serve", "--feed-interval", v, "--db", filepath.Join(t.TempDir(), "x.db")}); code != 2 {
			t.Errorf("--feed-interval %s: exit %d, want 2", v, code)
		}
	}
}
