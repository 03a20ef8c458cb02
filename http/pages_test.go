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
	paths := []string{"/", "/?q=bridge", "/submit", "/methodology", "/stories/" + st.ID, "/outlets/" + outlets[0].ID}
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
