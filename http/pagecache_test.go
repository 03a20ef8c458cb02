package http

import (
	gohttp "net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestPageCache(t *testing.T) {
	var renders atomic.Int64
	status := atomic.Int64{}
	status.Store(200)
	h := func(w gohttp.ResponseWriter, r *gohttp.Request) {
		n := renders.Add(1)
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(int(status.Load()))
		w.Write([]byte("render " + strconv.FormatInt(n, 10)))
	}
	c := newPageCache(300*time.Millisecond, 10)
	get := func(path string) (int, string) {
		w := httptest.NewRecorder()
		c.wrap(h)(w, httptest.NewRequest("GET", path, nil))
		return w.Code, w.Body.String()
	}
	if _, b := get("/a"); b != "render 1" {
		t.Fatalf("first: %q", b)
	}
	if _, b := get("/a"); b != "render 1" {
		t.Fatalf("cached: %q", b)
	}
	if _, b := get("/a?x=1"); b != "render 2" {
		t.Fatalf("another URI: %q", b)
	}
	time.Sleep(320 * time.Millisecond)
	// Stale: served as is while one background render refreshes it.
	if _, b := get("/a"); b != "render 1" {
		t.Fatalf("stale: %q", b)
	}
	// Once the background render is stored, readers get it.
	deadline := time.Now().Add(2 * time.Second)
	for {
		if _, b := get("/a"); b == "render 3" {
			break
		} else if b != "render 1" || time.Now().After(deadline) {
			t.Fatalf("refreshed: %q", b)
		}
		time.Sleep(2 * time.Millisecond)
	}
	c.clear()
	before := renders.Load()
	if _, b := get("/a"); b != "render "+strconv.FormatInt(before+1, 10) {
		t.Fatalf("after clear: %q", b)
	}
	// Errors are never cached.
	status.Store(404)
	before = renders.Load()
	if code, _ := get("/gone"); code != 404 {
		t.Fatal(code)
	}
	get("/gone")
	if n := renders.Load() - before; n != 2 {
		t.Fatalf("a 404 was cached (%d renders for 2 requests)", n)
	}
	// Concurrent readers (run with -race).
	status.Store(200)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				get("/p" + strconv.Itoa((i+j)%15))
			}
		}(i)
	}
	wg.Wait()
}
