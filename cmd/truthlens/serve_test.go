package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a stderr that the test reads while serve writes it.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeDemo runs `serve --demo` on a free port, reads the demo story
// over HTTP, checks that a write needs the printed token, and stops the
// server by cancelling its context (graceful shutdown).
func TestServeDemo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := &lockedBuffer{}
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: stderr, getenv: func(string) string { return "" },
		logger: slog.New(slog.DiscardHandler)}
	db := filepath.Join(t.TempDir(), "t.db")
	done := make(chan int, 1)
	go func() { done <- run(ctx, e, []string{"serve", "--demo", "--addr", "127.0.0.1:0", "--db", db}) }()

	addrRx := regexp.MustCompile(`listening on (http://\S+)/`)
	tokenRx := regexp.MustCompile(`write token .*: ([0-9a-f]{32})`)
	var base string
	for i := 0; i < 300 && base == ""; i++ {
		if m := addrRx.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		} else {
			time.Sleep(50 * time.Millisecond)
		}
	}
	if base == "" {
		t.Fatalf("server did not start: %s", stderr.String())
	}
	m := tokenRx.FindStringSubmatch(stderr.String())
	if m == nil {
		t.Fatalf("no random write token printed: %s", stderr.String())
	}
	resp, err := http.Get(base + "/api/v1/stories")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "Old Mill Bridge") {
		t.Errorf("stories: %d %.200s", resp.StatusCode, b)
	}
	post := func(token string) int {
		req, _ := http.NewRequest("POST", base+"/api/v1/articles", strings.NewReader(`{"text": "Fictional. The council said on Monday the road would close."}`))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if c := post("wrong"); c != 401 {
		t.Errorf("wrong token: %d", c)
	}
	if c := post(m[1]); c != 201 {
		t.Errorf("printed token: %d", c)
	}
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
