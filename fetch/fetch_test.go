package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// testClient returns a client whose guard lets 127.0.0.1 (the httptest
// server, playing a public site) through and judges every other address
// as the real guard does.
func testClient(opts Options) *Client {
	c := New(opts)
	c.allowIP = func(ip net.IP) error {
		if ip.Equal(net.IPv4(127, 0, 0, 1)) {
			return nil
		}
		return checkIP(ip)
	}
	return c
}

func wantRefused(t *testing.T, err error, substr string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want a refusal mentioning %q", substr)
	}
	if truthlens.ErrorCode(err) != truthlens.EINVALID {
		t.Errorf("error code %q, want %q (%v)", truthlens.ErrorCode(err), truthlens.EINVALID, err)
	}
	if !strings.Contains(err.Error(), substr) {
		t.Errorf("error %q does not mention %q", err, substr)
	}
}

func TestRefusesPrivateAddresses(t *testing.T) {
	c := New(Options{Timeout: 2 * time.Second})
	for _, u := range []string{
		"http://127.0.0.1/", "http://127.0.0.1:8080/admin", "http://10.0.0.1/",
		"http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://192.168.1.1/",
		"http://172.16.0.5/", "http://[fe80::1]/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/",
	} {
		t.Run(u, func(t *testing.T) {
			_, err := c.Get(context.Background(), u)
			wantRefused(t, err, "refused address")
		})
	}
}

func TestRefusesAfterDNS(t *testing.T) {
	// "localhost" is a name; the guard sees the resolved loopback address.
	c := New(Options{Timeout: 2 * time.Second})
	_, err := c.Get(context.Background(), "http://localhost:1/")
	wantRefused(t, err, "loopback")
}

func TestRefusesSchemes(t *testing.T) {
	c := New(Options{})
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/", "gopher://x/", "example.com/page"} {
		_, err := c.Get(context.Background(), u)
		wantRefused(t, err, "refused URL")
	}
}

func TestRefusesRedirectToPrivate(t *testing.T) {
	for _, target := range []string{
		"http://127.0.0.2:%s/secret", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
		"http://[::1]:%s/", "file:///etc/passwd",
	} {
		t.Run(target, func(t *testing.T) {
			var port string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				to := target
				if strings.Contains(to, "%s") {
					to = fmt.Sprintf(to, port)
				}
				http.Redirect(w, r, to, http.StatusFound)
			}))
			defer srv.Close()
			_, port, _ = net.SplitHostPort(strings.TrimPrefix(srv.URL, "http://"))
			_, err := testClient(Options{Timeout: 2 * time.Second}).Get(context.Background(), srv.URL+"/start")
			wantRefused(t, err, "refused")
		})
	}
}

func TestAllowPrivate(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body><p>hello</p></body></html>")
	}))
	defer srv.Close()
	if _, err := New(Options{}).Get(context.Background(), srv.URL); err == nil {
		t.Fatal("loopback fetched without AllowPrivate")
	}
	resp, err := New(Options{AllowPrivate: true}).Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 200 || !strings.Contains(string(resp.Body), "hello") {
		t.Errorf("got %d %q", resp.Status, resp.Body)
	}
}

func TestRedirectsBoundedAndFollowed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/r/%d", &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
			return
		}
		fmt.Fprint(w, "done")
	}))
	defer srv.Close()
	c := testClient(Options{MaxRedirects: 3})
	resp, err := c.Get(context.Background(), srv.URL+"/r/3")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(resp.URL, "/r/0") || string(resp.Body) != "done" {
		t.Errorf("final URL %q body %q", resp.URL, resp.Body)
	}
	_, err = c.Get(context.Background(), srv.URL+"/r/4")
	wantRefused(t, err, "too many redirects")
}

func TestSizeCap(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("x", 2000))
	}))
	defer srv.Close()
	_, err := testClient(Options{MaxBytes: 1000}).Get(context.Background(), srv.URL)
	if truthlens.ErrorCode(err) != truthlens.ETOOLARGE {
		t.Fatalf("got %v, want a too-large error", err)
	}
	resp, err := testClient(Options{MaxBytes: 2000}).Get(context.Background(), srv.URL)
	if err != nil || len(resp.Body) != 2000 {
		t.Fatalf("exactly at the cap: %v", err)
	}
}

func TestTimeout(t *testing.T) {
	done := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-done:
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	defer close(done)
	_, err := testClient(Options{Timeout: 200 * time.Millisecond}).Get(context.Background(), srv.URL)
	if err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Fatalf("got %v, want a time-out", err)
	}
}

func TestCharsetAndStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/latin1":
			w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
			w.Write([]byte("<p>Gr\xfc\xdfe aus K\xf6ln</p>"))
		case "/meta":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<html><head><meta charset="windows-1252"></head><body>` + "caf\xe9 \x93quoted\x94</body></html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	c := testClient(Options{})
	resp, err := c.Get(context.Background(), srv.URL+"/latin1")
	if err != nil || !strings.Contains(string(resp.Body), "Grüße aus Köln") {
		t.Errorf("latin1: %v %q", err, resp.Body)
	}
	// The body is UTF-8 now; the header handed on must say so, or the
	// extractor decodes it again.
	if err == nil && resp.ContentType != "text/html; charset=utf-8" {
		t.Errorf("latin1 content type: got %q, want charset=utf-8", resp.ContentType)
	}
	resp, err = c.Get(context.Background(), srv.URL+"/meta")
	if err != nil || !strings.Contains(string(resp.Body), "café “quoted”") {
		t.Errorf("meta charset: %v %q", err, resp.Body)
	}
	_, err = c.Get(context.Background(), srv.URL+"/missing")
	if truthlens.ErrorCode(err) != truthlens.ENOTFOUND {
		t.Errorf("404: got %v", err)
	}
}

func TestCheckIP(t *testing.T) {
	for _, s := range []string{"8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "93.184.216.34"} {
		if err := checkIP(net.ParseIP(s)); err != nil {
			t.Errorf("%s refused: %v", s, err)
		}
	}
	for _, s := range []string{"127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "100.64.0.1", "fd00::1", "::ffff:10.0.0.1"} {
		if err := checkIP(net.ParseIP(s)); err == nil {
			t.Errorf("%s allowed", s)
		}
	}
}

func TestUTF8WithoutDeclaration(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<p>plain ascii filler text</p>", 60) + "<p>“curly” Grüße</p></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	resp, err := testClient(Options{}).Get(context.Background(), srv.URL)
	if err != nil || !strings.Contains(string(resp.Body), "“curly” Grüße") {
		t.Fatalf("UTF-8 page mangled: %v %q", err, resp.Body[len(resp.Body)-40:])
	}
}
