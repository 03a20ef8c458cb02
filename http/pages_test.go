package http_test

import (
	"context"
	"html"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze"
)

func TestPagesRender(t *testing.T) {
	e := newEnv(t, true)
	rows, total, err := e.store.Articles(context.Background(), truthlens.ArticleFilter{Limit: 50})
	if err != nil || total != 6 {
		t.Fatalf("demo articles: %d, %v", total, err)
	}
	st := e.demoStory()
	outlets, _ := e.store.Outlets(context.Background())
	paths := []string{"/", "/?q=bridge", "/stories", "/submit", "/methodology", "/stories/" + st.ID, "/outlets/" + outlets[0].ID}
	for _, r := range rows {
		paths = append(paths, "/articles/"+r.ID)
	}
	for _, p := range paths {
		code, hdr, body := e.do("GET", p, "")
		if code != 200 {
			t.Errorf("GET %s: %d\n%s", p, code, body)
			continue
		}
		if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
			t.Errorf("GET %s: content type %q", p, ct)
		}
		if !strings.Contains(hdr.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("GET %s: no CSP", p)
		}
		if !strings.Contains(body, "</html>") {
			t.Errorf("GET %s: truncated page", p)
		}
	}
	code, _, body := e.do("GET", "/articles/nope", "")
	if code != 404 || !strings.Contains(body, "Not Found") {
		t.Errorf("missing article: %d %s", code, body)
	}
	code, _, _ = e.do("GET", "/no/such/page", "")
	if code != 404 {
		t.Errorf("unknown page: %d", code)
	}
}

func TestMethodologyListsEveryCheck(t *testing.T) {
	e := newEnv(t, false)
	code, _, body := e.do("GET", "/methodology", "")
	if code != 200 {
		t.Fatalf("methodology: %d", code)
	}
	for _, c := range analyze.Catalogue() {
		if !strings.Contains(body, ">"+c.ID+"<") || !strings.Contains(body, html.EscapeString(c.Label)) {
			t.Errorf("methodology lacks check %s (%s)", c.ID, c.Label)
		}
	}
}

func TestStaticAndHeaders(t *testing.T) {
	e := newEnv(t, false)
	_, _, home := e.do("GET", "/", "")
	i := strings.Index(home, `/static/style.css?v=`)
	if i < 0 {
		t.Fatal("home does not link the stylesheet with a version")
	}
	url := home[i : i+strings.IndexByte(home[i:], '"')]
	code, hdr, css := e.do("GET", url, "")
	if code != 200 || !strings.Contains(hdr.Get("Content-Type"), "text/css") || !strings.Contains(hdr.Get("Cache-Control"), "immutable") || len(css) < 1000 {
		t.Errorf("stylesheet: %d %q %q", code, hdr.Get("Content-Type"), hdr.Get("Cache-Control"))
	}
	if code, _, _ := e.do("GET", "/static/nope.js", ""); code != 404 {
		t.Errorf("missing static file: %d", code)
	}
	if code, _, _ := e.do("GET", "/static/", ""); code != 404 {
		t.Errorf("static directory listing: %d", code)
	}
	for _, p := range []string{"/", "/api/v1/articles", "/healthz"} {
		_, hdr, _ := e.do("GET", p, "")
		for h, want := range map[string]string{
			"Content-Security-Policy": "default-src 'none'", "X-Content-Type-Options": "nosniff",
			"X-Frame-Options": "DENY", "Referrer-Policy": "same-origin",
		} {
			if !strings.Contains(hdr.Get(h), want) {
				t.Errorf("%s: %s = %q", p, h, hdr.Get(h))
			}
		}
	}
	// No inline script anywhere: the CSP forbids it, so it would not run.
	if strings.Contains(home, "<script>") || strings.Contains(home, " style=") || strings.Contains(home, " onclick=") {
		t.Error("home page has inline script or style")
	}
}
