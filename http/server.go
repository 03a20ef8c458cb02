// Package http serves truthlens over HTTP: server-rendered HTML pages
// (html/ templates, static/ assets, both embedded) and the JSON API under
// /api/v1, documented by an embedded OpenAPI file. Reading is public;
// writing (the submit and feed forms, POST /api/v1/articles and the feed
// endpoints) needs the token unless the server is open.
package http

import (
	"context"
	"crypto/subtle"
	"errors"
	"log/slog"
	"net"
	gohttp "net/http"
	"net/url"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
)

// Submitter stores new articles; *app.Service implements it.
type Submitter interface {
	Submit(ctx context.Context, src extract.Source) (*truthlens.Article, bool, error)
	SubmitURL(ctx context.Context, url string) (*truthlens.Article, bool, error)
}

// Config configures a Server.
type Config struct {
	Store     truthlens.Store
	Submitter Submitter
	Logger    *slog.Logger
	// Token is the write token; writes need it unless Open is set.
	Token string
	Open  bool
	// Demo shows a banner saying the corpus is fictional.
	Demo bool
	// Checks documents the checks on the methodology page; when empty the
	// page lists the checks the engine produces for a sample article.
	Checks []CheckDoc
	// PageCache is how long rendered pages are reused (default 1 s;
	// negative disables it). Writes through this server clear the cache.
	PageCache time.Duration
	// MaxBody caps request bodies (default 12 MiB).
	MaxBody int64
	// Feeds manages the polled feeds (default: Store).
	Feeds truthlens.FeedStore
	// Jobs is the queue shown read-only by GET /api/v1/jobs (default:
	// Store). When it also has JobCounts, the counts per state are shown.
	Jobs truthlens.JobQueue
	// PollNow, when set, polls one feed at once (the "poll now" buttons);
	// its outcome is recorded on the feed.
	PollNow func(ctx context.Context, feedID int64) error
}

// Server is the web app and JSON API.
type Server struct {
	cfg     Config
	log     *slog.Logger
	pages   *pages
	static  *staticFiles
	metrics *metrics
	refs    *refCache
	cache   *pageCache
	handler gohttp.Handler
}

// New returns a Server with its templates parsed and routes registered.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("http: no store")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 12 << 20
	}
	if cfg.Feeds == nil {
		cfg.Feeds = cfg.Store
	}
	if cfg.Jobs == nil {
		cfg.Jobs = cfg.Store
	}
	s := &Server{cfg: cfg, log: cfg.Logger}
	var err error
	if s.static, err = newStaticFiles(); err != nil {
		return nil, err
	}
	if s.pages, err = parsePages(s.static); err != nil {
		return nil, err
	}
	s.metrics = newMetrics()
	s.refs = newRefCache()
	if s.cfg.PageCache == 0 {
		s.cfg.PageCache = time.Second
	}
	s.cache = newPageCache(s.cfg.PageCache, 2000)
	s.handler = s.routes()
	return s, nil
}

// ServeHTTP makes Server a handler (for httptest).
func (s *Server) ServeHTTP(w gohttp.ResponseWriter, r *gohttp.Request) { s.handler.ServeHTTP(w, r) }

func (s *Server) routes() gohttp.Handler {
	mux := gohttp.NewServeMux()
	// Pages.
	mux.HandleFunc("GET /{$}", s.cache.wrap(s.handleHome))
	mux.HandleFunc("GET /articles/{id}", s.cache.wrap(s.handleArticlePage))
	mux.HandleFunc("GET /stories", s.cache.wrap(s.handleStoriesPage))
	mux.HandleFunc("GET /stories/{id}", s.cache.wrap(s.handleStoryPage))
	mux.HandleFunc("GET /outlets/{id}", s.cache.wrap(s.handleOutletPage))
	mux.HandleFunc("GET /submit", s.handleSubmitForm)
	mux.HandleFunc("POST /submit", s.handleSubmitPost)
	mux.HandleFunc("GET /methodology", s.cache.wrap(s.handleMethodology))
	mux.HandleFunc("GET /feeds", s.handleFeedsPage)
	mux.HandleFunc("POST /feeds", s.handleFeedsPost)
	mux.Handle("GET /static/", s.static)
	mux.HandleFunc("GET /healthz", s.handleHealthz)
	mux.Handle("GET /metrics", s.metrics.handler())
	mux.HandleFunc("/", s.handlePageNotFound)
	// JSON API.
	mux.HandleFunc("GET /api/v1/articles", s.apiArticles)
	mux.HandleFunc("GET /api/v1/search", s.apiArticles)
	mux.HandleFunc("GET /api/v1/articles/{id}", s.apiArticle)
	mux.HandleFunc("POST /api/v1/articles", s.apiSubmit)
	mux.HandleFunc("GET /api/v1/stories", s.apiStories)
	mux.HandleFunc("GET /api/v1/stories/{id}", s.apiStory)
	mux.HandleFunc("GET /api/v1/outlets", s.apiOutlets)
	mux.HandleFunc("GET /api/v1/outlets/{id}", s.apiOutlet)
	mux.HandleFunc("GET /api/v1/feeds", s.apiFeeds)
	mux.HandleFunc("POST /api/v1/feeds", s.apiAddFeed)
	mux.HandleFunc("GET /api/v1/feeds/{id}", s.apiFeed)
	mux.HandleFunc("DELETE /api/v1/feeds/{id}", s.apiDeleteFeed)
	mux.HandleFunc("POST /api/v1/feeds/{id}/poll", s.apiPollFeed)
	mux.HandleFunc("GET /api/v1/jobs", s.apiJobs)
	mux.HandleFunc("GET /api/v1/openapi.json", s.apiOpenAPI)
	mux.HandleFunc("/api/v1/", s.apiNotFound)
	return s.recoverer(s.observe(securityHeaders(mux)))
}

// authorized reports whether a write may proceed with the given token.
func (s *Server) authorized(token string) bool {
	if s.cfg.Open {
		return true
	}
	if s.cfg.Token == "" || token == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(token), []byte(s.cfg.Token)) == 1
}

// sameOrigin refuses writes that a browser sends from another site (CSRF),
// which matters most for a server started with --open. Clients that are
// not browsers send neither header and pass.
func sameOrigin(r *gohttp.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "cross-site", "same-site":
		return false
	case "same-origin", "none":
		return true
	}
	if o := r.Header.Get("Origin"); o != "" && o != "null" {
		u, err := url.Parse(o)
		return err == nil && strings.EqualFold(u.Host, r.Host)
	} else if o == "null" {
		return false
	}
	return true
}

// bearer returns the token of an "Authorization: Bearer T" header.
func bearer(r *gohttp.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

func (s *Server) handleHealthz(w gohttp.ResponseWriter, r *gohttp.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, _, err := s.cfg.Store.Articles(ctx, truthlens.ArticleFilter{Limit: 1}); err != nil {
		s.log.Error("healthz", "err", err)
		writeJSON(w, gohttp.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
		return
	}
	writeJSON(w, gohttp.StatusOK, map[string]string{"status": "ok"})
}

// NewHTTPServer returns an *http.Server for h with sane timeouts.
func NewHTTPServer(addr string, h gohttp.Handler, logger *slog.Logger) *gohttp.Server {
	return &gohttp.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      90 * time.Second, // submitting a URL fetches it
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}

// ListenAndServe serves on addr until ctx is done, then shuts down
// gracefully (in-flight requests get up to 15 s). ready, when not nil, is
// called with the bound address once listening.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := NewHTTPServer(addr, s, s.log)
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, gohttp.ErrServerClosed) {
		return err
	}
	return nil
}
