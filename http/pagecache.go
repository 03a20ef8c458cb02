package http

import (
	"bytes"
	"context"
	gohttp "net/http"
	"sync"
	"time"
)

// pageCache keeps rendered read-only pages for a short time (micro-caching):
// under load, a popular article page is rendered about once per TTL instead
// of once per request, while a reader sees changes made elsewhere (an
// ingest worker, a regrouping) within the TTL. A page past its TTL but
// younger than staleMax is served as is while one background render
// refreshes it (stale-while-revalidate), so no reader waits for a render
// of a page that is in the cache. Writes through this server clear it.
type pageCache struct {
	ttl     time.Duration
	max     int
	mu      sync.Mutex
	entries map[string]*cachedPage
}

// staleMax is how old a cached page may be and still be served while it
// is refreshed; older pages are rendered for the request.
const staleMax = 30 * time.Second

type cachedPage struct {
	at         time.Time
	refreshing bool
	status     int
	header     gohttp.Header
	body       []byte
}

func newPageCache(ttl time.Duration, max int) *pageCache {
	return &pageCache{ttl: ttl, max: max, entries: map[string]*cachedPage{}}
}

func (c *pageCache) clear() {
	c.mu.Lock()
	c.entries = map[string]*cachedPage{}
	c.mu.Unlock()
}

// recorder captures a response to cache it.
type recorder struct {
	header gohttp.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() gohttp.Header { return r.header }
func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}
func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = gohttp.StatusOK
	}
	return r.body.Write(b)
}

// wrap caches the 200 answers of a GET page handler by request URI.
func (c *pageCache) wrap(h gohttp.HandlerFunc) gohttp.HandlerFunc {
	if c == nil || c.ttl <= 0 {
		return h
	}
	return func(w gohttp.ResponseWriter, r *gohttp.Request) {
		key := r.URL.RequestURI()
		now := time.Now()
		c.mu.Lock()
		e := c.entries[key]
		refresh := false
		if e != nil && now.Sub(e.at) >= c.ttl && now.Sub(e.at) < staleMax && !e.refreshing {
			e.refreshing, refresh = true, true
		}
		c.mu.Unlock()
		switch {
		case e == nil || now.Sub(e.at) >= staleMax:
			e = c.render(h, r, key)
		case refresh:
			r2 := r.Clone(context.WithoutCancel(r.Context()))
			go c.render(h, r2, key)
		}
		for k, v := range e.header {
			w.Header()[k] = v
		}
		w.WriteHeader(e.status)
		w.Write(e.body)
	}
}

// render runs h for r and caches a 200 answer under key.
func (c *pageCache) render(h gohttp.HandlerFunc, r *gohttp.Request, key string) *cachedPage {
	rec := &recorder{header: gohttp.Header{}}
	start := time.Now()
	h(rec, r)
	e := &cachedPage{at: start, status: rec.status, header: rec.header, body: rec.body.Bytes()}
	if e.status == 0 {
		e.status = gohttp.StatusOK
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.status != gohttp.StatusOK {
		if old := c.entries[key]; old != nil {
			delete(c.entries, key) // the page is gone or failing: do not serve the old one
		}
		return e
	}
	if len(c.entries) >= c.max {
		c.entries = map[string]*cachedPage{}
	}
	c.entries[key] = e
	return e
}
