package http_test

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
	tlhttp "github.com/truthlens/truthlens/http"
)

func TestAPIFeeds(t *testing.T) {
	e := newEnv(t, false)
	auth := []string{"Authorization", "Bearer " + testToken}

	code, _, resp := e.do("GET", "/api/v1/feeds", "")
	if code != 200 || strings.TrimSpace(resp) != `{"total":0,"feeds":[]}` {
		t.Fatalf("empty list: %d %s", code, resp)
	}
	body := `{"url": "https://news.example.test/feed.xml"}`
	for _, c := range []struct {
		name string
		hdr  []string
	}{{"no token", nil}, {"wrong token", []string{"Authorization", "Bearer nope"}},
		{"cross-site", append([]string{"Sec-Fetch-Site", "cross-site"}, auth...)}} {
		code, hdr, resp := e.do("POST", "/api/v1/feeds", body, c.hdr...)
		if code != 401 || hdr.Get("WWW-Authenticate") == "" || decode[map[string]string](t, resp)["error"] == "" {
			t.Errorf("add, %s: %d %s", c.name, code, resp)
		}
	}
	for _, bad := range []string{`{"url": "ftp://x.test/feed"}`, `{"url": ""}`, `{"url": "news.example.test/feed"}`, `{"link": "https://x.test/"}`, `not json`, `{"url": "https://a.test/"} {}`} {
		if code, _, resp := e.do("POST", "/api/v1/feeds", bad, auth...); code != 400 || !strings.Contains(resp, `"error"`) {
			t.Errorf("add %s: %d %s", bad, code, resp)
		}
	}
	code, hdr, resp := e.do("POST", "/api/v1/feeds", body, auth...)
	if code != 201 {
		t.Fatalf("add: %d %s", code, resp)
	}
	f := decode[truthlens.Feed](t, resp)
	if f.ID == 0 || f.URL != "https://news.example.test/feed.xml" || hdr.Get("Location") != "/api/v1/feeds/"+strconv.FormatInt(f.ID, 10) {
		t.Fatalf("added feed %+v, Location %q", f, hdr.Get("Location"))
	}
	code, _, resp = e.do("POST", "/api/v1/feeds", body, auth...)
	if code != 200 || decode[truthlens.Feed](t, resp).ID != f.ID {
		t.Errorf("add again: %d %s", code, resp)
	}
	code, _, resp = e.do("GET", "/api/v1/feeds", "")
	list := decode[struct {
		Total int              `json:"total"`
		Feeds []truthlens.Feed `json:"feeds"`
	}](t, resp)
	if code != 200 || list.Total != 1 || list.Feeds[0].ID != f.ID {
		t.Errorf("list: %d %s", code, resp)
	}
	path := "/api/v1/feeds/" + strconv.FormatInt(f.ID, 10)
	if code, _, resp := e.do("GET", path, ""); code != 200 || decode[truthlens.Feed](t, resp).URL != f.URL {
		t.Errorf("get: %d %s", code, resp)
	}
	for _, p := range []string{"/api/v1/feeds/999", "/api/v1/feeds/abc"} {
		if code, _, _ := e.do("GET", p, ""); code != 404 {
			t.Errorf("GET %s: %d", p, code)
		}
	}
	if code, _, _ := e.do("DELETE", path, ""); code != 401 {
		t.Errorf("delete without token: %d", code)
	}
	if code, _, resp := e.do("DELETE", path, "", auth...); code != 204 || resp != "" {
		t.Errorf("delete: %d %s", code, resp)
	}
	if code, _, resp := e.do("DELETE", path, "", auth...); code != 404 || !strings.Contains(resp, `"error"`) {
		t.Errorf("delete again: %d %s", code, resp)
	}
	if code, hdr, _ := e.do("PUT", "/api/v1/feeds", body, auth...); code != 405 || hdr.Get("Allow") != "GET, HEAD, POST" {
		t.Errorf("PUT feeds: %d %q", code, hdr.Get("Allow"))
	}
	if code, hdr, _ := e.do("POST", path, body, auth...); code != 405 || hdr.Get("Allow") != "GET, HEAD, DELETE" {
		t.Errorf("POST feed: %d %q", code, hdr.Get("Allow"))
	}
}

func TestAPIJobs(t *testing.T) {
	e := newEnv(t, false)
	ctx := context.Background()
	for i, key := range []string{"article:url:https://a.test/1", "article:url:https://a.test/2", "article:url:https://a.test/3"} {
		if _, _, err := e.store.Enqueue(ctx, "article", key, []byte(`{"input":"secret payload"}`)); err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			break // stays queued
		}
		j, err := e.store.Claim(ctx, "w", []string{"article"}, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.store.Fail(ctx, j.ID, "fetching "+j.Key+": 404 Not Found", -1); err != nil {
			t.Fatal(err)
		}
	}
	code, _, resp := e.do("GET", "/api/v1/jobs", "")
	out := decode[struct {
		Counts map[string]int `json:"counts"`
		State  string         `json:"state"`
		Jobs   []struct {
			ID    int64  `json:"id"`
			Key   string `json:"key"`
			State string `json:"state"`
			Error string `json:"error"`
		} `json:"jobs"`
	}](t, resp)
	if code != 200 || out.State != "failed" || out.Counts["failed"] != 2 || out.Counts["queued"] != 1 || out.Counts["done"] != 0 {
		t.Fatalf("jobs: %d %s", code, resp)
	}
	if len(out.Jobs) != 2 || out.Jobs[0].ID < out.Jobs[1].ID || !strings.Contains(out.Jobs[0].Error, "404 Not Found") || out.Jobs[0].State != "failed" {
		t.Errorf("failed jobs, newest first with errors: %s", resp)
	}
	if strings.Contains(resp, "secret payload") || strings.Contains(resp, `"payload"`) {
		t.Errorf("jobs show payloads: %s", resp)
	}
	if code, _, resp := e.do("GET", "/api/v1/jobs?state=queued&limit=1", ""); code != 200 || strings.Count(resp, `"key"`) != 1 || !strings.Contains(resp, "a.test/3") {
		t.Errorf("queued jobs: %d %s", code, resp)
	}
	for _, q := range []string{"?state=bogus", "?limit=0"} {
		if code, _, resp := e.do("GET", "/api/v1/jobs"+q, ""); code != 400 || !strings.Contains(resp, `"error"`) {
			t.Errorf("jobs%s: %d %s", q, code, resp)
		}
	}
	if code, _, _ := e.do("POST", "/api/v1/jobs", "{}"); code != 405 {
		t.Errorf("POST jobs: %d", code)
	}
	// The feeds page shows the queue and the last error.
	_, _, page := e.do("GET", "/feeds", "")
	if !strings.Contains(page, "404 Not Found") || !strings.Contains(page, `<span class="n">2</span> failed`) {
		t.Errorf("feeds page queue:\n%s", page)
	}
}

// pollRecorder is a PollNow hook that records which feeds it polled and
// marks them failed, as a poll of an unreachable feed would.
type pollRecorder struct {
	mu    sync.Mutex
	ids   []int64
	store truthlens.FeedStore
}

func (p *pollRecorder) poll(ctx context.Context, id int64) error {
	p.mu.Lock()
	p.ids = append(p.ids, id)
	p.mu.Unlock()
	feeds, err := p.store.Feeds(ctx)
	if err != nil {
		return err
	}
	for _, f := range feeds {
		if f.ID == id {
			f.Failures++
			f.Error = "fetching feed: 503 Service <Unavailable>"
			f.LastFetched, f.NextFetch = time.Now(), time.Now().Add(30*time.Minute)
			return p.store.UpdateFeed(ctx, &f)
		}
	}
	return truthlens.Errorf(truthlens.ENOTFOUND, "feed %d not found", id)
}

func (p *pollRecorder) polled() []int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]int64(nil), p.ids...)
}

func TestFeedsPage(t *testing.T) {
	rec := &pollRecorder{}
	e := newEnv(t, false, func(c *tlhttp.Config) {
		rec.store = c.Store
		c.PollNow = rec.poll
	})
	code, _, page := e.do("GET", "/feeds", "")
	if code != 200 || !strings.Contains(page, `href="/feeds" aria-current="page"`) || !strings.Contains(page, "No feeds yet") || !strings.Contains(page, `name="token"`) {
		t.Fatalf("empty feeds page: %d\n%s", code, page)
	}
	post := func(v url.Values) (int, string, string) {
		code, hdr, body := e.do("POST", "/feeds", v.Encode(), "Content-Type", "application/x-www-form-urlencoded")
		return code, hdr.Get("Location"), body
	}
	feedURL := "https://news.example.test/rss"
	if code, _, body := post(url.Values{"url": {feedURL}, "action": {"add"}}); code != 401 || !strings.Contains(body, "write token is missing or wrong") {
		t.Errorf("add without token: %d", code)
	}
	if code, _, body := post(url.Values{"token": {testToken}, "url": {"gopher://x.test/"}, "action": {"add"}}); code != 400 || !strings.Contains(body, "http:// or https://") || !strings.Contains(body, `value="gopher://x.test/"`) {
		t.Errorf("bad URL: %d", code)
	}
	if code, loc, _ := post(url.Values{"token": {testToken}, "url": {feedURL}, "action": {"add"}}); code != 303 || loc != "/feeds?done=added" {
		t.Errorf("add: %d %q", code, loc)
	}
	if code, loc, _ := post(url.Values{"token": {testToken}, "url": {feedURL}, "action": {"add"}}); code != 303 || loc != "/feeds?done=exists" {
		t.Errorf("add again: %d %q", code, loc)
	}
	feeds, _ := e.store.Feeds(context.Background())
	if len(feeds) != 1 {
		t.Fatalf("feeds: %+v", feeds)
	}
	id := strconv.FormatInt(feeds[0].ID, 10)
	_, _, page = e.do("GET", "/feeds?done=added", "")
	if !strings.Contains(page, "Feed added.") || !strings.Contains(page, feedURL) || !strings.Contains(page, "not yet") || !strings.Contains(page, `value="poll:`+id+`"`) {
		t.Errorf("feeds page after adding:\n%s", page)
	}
	if code, loc, _ := post(url.Values{"token": {testToken}, "action": {"poll:" + id}}); code != 303 || loc != "/feeds?done=polled" {
		t.Errorf("poll now: %d %q", code, loc)
	}
	if ids := rec.polled(); len(ids) != 1 || strconv.FormatInt(ids[0], 10) != id {
		t.Errorf("PollNow calls: %v", ids)
	}
	_, _, page = e.do("GET", "/feeds", "")
	if !strings.Contains(page, "Last error") || !strings.Contains(page, "503 Service &lt;Unavailable&gt;") || !strings.Contains(page, `class="failing"`) || strings.Contains(page, "<Unavailable>") {
		t.Errorf("feed error not shown clearly (or not escaped):\n%s", page)
	}
	if code, _, _ := post(url.Values{"token": {testToken}, "action": {"poll:999"}}); code != 404 {
		t.Errorf("poll unknown feed: %d", code)
	}
	if code, _, _ := post(url.Values{"token": {testToken}, "action": {"explode"}}); code != 400 {
		t.Errorf("unknown action: %d", code)
	}
	if code, _, _ := e.do("POST", "/feeds", url.Values{"token": {testToken}, "action": {"delete:" + id}}.Encode(),
		"Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "cross-site"); code != 401 {
		t.Errorf("cross-site delete: %d", code)
	}
	if code, loc, _ := post(url.Values{"token": {testToken}, "action": {"delete:" + id}}); code != 303 || loc != "/feeds?done=deleted" {
		t.Errorf("delete: %d %q", code, loc)
	}
	if feeds, _ := e.store.Feeds(context.Background()); len(feeds) != 0 {
		t.Errorf("feed not deleted: %+v", feeds)
	}
}

// Without a PollNow hook the page has no poll buttons and the action is
// refused; an open server asks for no token.
func TestFeedsPageWithoutPoller(t *testing.T) {
	e := newEnv(t, false, func(c *tlhttp.Config) { c.Open = true })
	if _, err := e.store.AddFeed(context.Background(), "https://a.test/feed", "A fictional feed"); err != nil {
		t.Fatal(err)
	}
	_, _, page := e.do("GET", "/feeds", "")
	if strings.Contains(page, "Poll now") || strings.Contains(page, `name="token"`) || !strings.Contains(page, "A fictional feed") {
		t.Errorf("feeds page without poller:\n%s", page)
	}
	code, _, _ := e.do("POST", "/feeds", "action=poll:1", "Content-Type", "application/x-www-form-urlencoded")
	if code != 503 {
		t.Errorf("poll without poller: %d", code)
	}
}

func TestAPIPollFeed(t *testing.T) {
	rec := &pollRecorder{}
	e := newEnv(t, false, func(c *tlhttp.Config) {
		rec.store = c.Store
		c.PollNow = rec.poll
	})
	f, err := e.store.AddFeed(context.Background(), "https://a.test/feed", "")
	if err != nil {
		t.Fatal(err)
	}
	path := "/api/v1/feeds/" + strconv.FormatInt(f.ID, 10) + "/poll"
	if code, _, _ := e.do("POST", path, ""); code != 401 {
		t.Errorf("poll without token: %d", code)
	}
	code, _, resp := e.do("POST", path, "", "Authorization", "Bearer "+testToken)
	got := decode[truthlens.Feed](t, resp)
	if code != 200 || got.Failures != 1 || !strings.Contains(got.Error, "503") || len(rec.polled()) != 1 {
		t.Errorf("poll: %d %s", code, resp)
	}
	if code, _, _ := e.do("POST", "/api/v1/feeds/999/poll", "", "Authorization", "Bearer "+testToken); code != 404 {
		t.Errorf("poll unknown feed: %d", code)
	}
	if code, hdr, _ := e.do("GET", path, ""); code != 405 || hdr.Get("Allow") != "POST" {
		t.Errorf("GET poll: %d %q", code, hdr.Get("Allow"))
	}
	// A server without a poller says so.
	e2 := newEnv(t, false)
	e2.store.AddFeed(context.Background(), "https://a.test/feed", "")
	if code, _, resp := e2.do("POST", "/api/v1/feeds/1/poll", "", "Authorization", "Bearer "+testToken); code != 503 || !strings.Contains(resp, "does not poll") {
		t.Errorf("poll without poller: %d %s", code, resp)
	}
}
