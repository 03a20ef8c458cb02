package http_test

import (
	"context"
	"io"
	"log/slog"
	gohttp "net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/app"
	"github.com/truthlens/truthlens/demo"
	"github.com/truthlens/truthlens/fetch"
	tlhttp "github.com/truthlens/truthlens/http"
	"github.com/truthlens/truthlens/sqlite"
)

const testToken = "test-token-123"

// env is a server on loopback backed by a temporary SQLite database and
// the real application service.
type env struct {
	t     testing.TB
	store truthlens.Store
	svc   *app.Service
	srv   *httptest.Server
}

func newEnv(t testing.TB, withDemo bool, mod ...func(*tlhttp.Config)) *env {
	t.Helper()
	ctx := context.Background()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if os.Getenv("TRUTHLENS_TEST_LOG") != "" {
		logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	db, err := sqlite.Open(ctx, "", logger)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	svc := &app.Service{Store: db, Logger: logger, Fetcher: fetch.New(fetch.Options{Timeout: 5 * time.Second})}
	if withDemo {
		if _, err := demo.Load(ctx, svc); err != nil {
			t.Fatal(err)
		}
	}
	cfg := tlhttp.Config{Store: db, Submitter: svc, Logger: logger, Token: testToken, Demo: withDemo}
	for _, m := range mod {
		m(&cfg)
	}
	s, err := tlhttp.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s)
	t.Cleanup(hs.Close)
	return &env{t: t, store: db, svc: svc, srv: hs}
}

// do sends a request and returns the status, headers and body.
func (e *env) do(method, path, body string, hdr ...string) (int, gohttp.Header, string) {
	e.t.Helper()
	req, err := gohttp.NewRequest(method, e.srv.URL+path, strings.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	c := &gohttp.Client{CheckRedirect: func(*gohttp.Request, []*gohttp.Request) error { return gohttp.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

// demoStory returns the stored story that holds the most demo articles.
func (e *env) demoStory() truthlens.Story {
	e.t.Helper()
	stories, _, err := e.store.Stories(context.Background(), 50, 0)
	if err != nil {
		e.t.Fatal(err)
	}
	var best truthlens.Story
	for _, s := range stories {
		if len(s.Articles) > len(best.Articles) {
			best = s
		}
	}
	if len(best.Articles) == 0 {
		e.t.Fatal("demo corpus produced no story")
	}
	return best
}

type tlhttpConfig = tlhttp.Config

func osWriteFile(p string, b []byte) error { return os.WriteFile(p, b, 0o644) }
