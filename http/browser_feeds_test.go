package http_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	truthlens "github.com/truthlens/truthlens"
	tlhttp "github.com/truthlens/truthlens/http"
)

// TestBrowserFeedsPage adds a feed through the form in a real browser,
// polls it with the button, and checks the page for accessibility and
// for markup injected through a feed's title or error.
func TestBrowserFeedsPage(t *testing.T) {
	b := newBrowser(t)
	rec := &pollRecorder{}
	e := newEnv(t, false, func(c *tlhttp.Config) {
		rec.store = c.Store
		c.PollNow = rec.poll
	})
	ctx := context.Background()
	ok, err := e.store.AddFeed(ctx, "https://gazette.example.test/rss.xml", "Lowmarsh Fictional Gazette")
	if err != nil {
		t.Fatal(err)
	}
	ok.LastFetched, ok.NextFetch = time.Now().Add(-3*time.Minute), time.Now().Add(12*time.Minute)
	ok.ETag = `"abc"`
	if err := e.store.UpdateFeed(ctx, ok); err != nil {
		t.Fatal(err)
	}
	bad, err := e.store.AddFeed(ctx, "https://bad.example.test/feed?x=\"><script>alert(1)</script>", "Title "+xss)
	if err != nil {
		t.Fatal(err)
	}
	bad.Failures, bad.Error = 3, "fetching feed: 502 Bad Gateway "+xss
	bad.LastFetched, bad.NextFetch = time.Now().Add(-10*time.Minute), time.Now().Add(110*time.Minute)
	if err := e.store.UpdateFeed(ctx, bad); err != nil {
		t.Fatal(err)
	}

	b.run("feeds", chromedp.EmulateViewport(1280, 900), chromedp.Navigate(e.srv.URL+"/feeds"), chromedp.WaitVisible(chromedp.CSS(".feeds-table")))
	b.a11y("feeds")
	if n := evalT[int](b, `document.querySelectorAll("script:not([src]), img[src='x'], [onerror], [onload], a[href^='javascript']").length`); n != 0 {
		t.Errorf("%d injected elements", n)
	}
	if s := b.text("tr.failing .feed-error"); !strings.Contains(s, "502 Bad Gateway <script>") {
		t.Errorf("error shown as %q", s)
	}
	b.clean("feeds")
	b.screenshot("feeds")
	b.run("feeds on a phone", chromedp.EmulateViewport(390, 844), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(".feeds-table")))
	if w := evalT[int](b, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("feeds page is %d px wide on a 390 px screen", w)
	}
	b.screenshot("feeds-mobile")
	b.run("back to desktop", chromedp.EmulateViewport(1280, 900), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(".feeds-table")))

	// Add a feed and poll it now through the form.
	b.run("add feed", chromedp.SendKeys(chromedp.ID("token"), testToken), chromedp.SendKeys(chromedp.ID("feed-url"), "https://new.example.test/atom.xml"),
		chromedp.Click(chromedp.CSS(`button[value="add-poll"]`)), chromedp.WaitVisible(chromedp.CSS(".notice")))
	if s := b.text(".notice"); !strings.Contains(s, "Feed polled") {
		t.Errorf("notice: %q", s)
	}
	if n := evalT[int](b, `document.querySelectorAll(".feeds-table tbody tr").length`); n != 3 {
		t.Errorf("%d feeds listed after adding, want 3", n)
	}
	if n := len(rec.polled()); n != 1 {
		t.Errorf("poll now called %d times", n)
	}
	// A row's delete button needs the token too.
	b.run("delete without token", chromedp.Click(chromedp.CSS(`button[value^="delete:"]`)), chromedp.WaitVisible(chromedp.CSS(".alert")))
	if s := b.text(".alert"); !strings.Contains(s, "write token") {
		t.Errorf("alert: %q", s)
	}
	b.forget("401")
	b.clean("feed actions")
}

// TestBrowserModelMarks screenshots an article whose analysis was partly
// written by a (fictional) model and highlights the passages a
// model-written section cites.
func TestBrowserModelMarks(t *testing.T) {
	b := newBrowser(t)
	e := newEnv(t, false)
	a := analysed(t, e)
	for i := range a.Sections {
		a.Sections[i].Generator = "rules"
	}
	s := &a.Sections[0]
	s.Generator, s.Body = "llm:fictional-7b", "The closure will send quarry lorries through the town centre for six weeks."
	at := strings.Index(a.Text, "the quarry road will close")
	s.Evidence = []truthlens.Span{truthlens.NewSpan(a.Text, at, at+len("the quarry road will close"), "")}
	a.Enrichment = &truthlens.Enrichment{Model: "fictional-7b", Status: "partial", Note: "two sections kept the rule-based text: the model cited passages that are not in the article"}
	stored, _, err := e.svc.Save(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	b.run("article", chromedp.EmulateViewport(1280, 900), chromedp.Navigate(e.srv.URL+"/articles/"+stored.ID), chromedp.WaitVisible(chromedp.CSS(".enrichment")))
	b.a11y("article-llm")
	b.run("highlight cited", chromedp.Click(chromedp.CSS(".gen-badge.llm a.ev-link")), chromedp.WaitVisible(chromedp.CSS("#prose .ev.hl")))
	if s := b.text("#prose .ev.hl"); !strings.Contains(s, "quarry road will close") {
		t.Errorf("highlighted %q", s)
	}
	b.clean("article-llm")
	b.run("top", chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	b.screenshot("article-llm")
	if shot, err := chromedp.Run(b.ctx, chromedp.Screenshot(chromedp.CSS(".analysis"))); err == nil {
		writeShot(t, b, "article-llm-analysis", shot)
	}
}
