// Package fetch is the guarded HTTP client used for every user-supplied
// URL: timeouts, size cap, bounded redirects, charset decoding, and refusal
// of loopback/private/link-local addresses (after DNS resolution and on
// every redirect) unless allowed.
package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
	"golang.org/x/net/html/charset"
)

// Options configure a Client.
type Options struct {
	AllowPrivate bool
	Timeout      time.Duration // whole request; default 20s
	MaxBytes     int64         // body cap; default 10 MiB
	MaxRedirects int           // default 5
	UserAgent    string
}

// Defaults.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "truthlens/1 (+https://github.com/truthlens/truthlens)"
)

// Response is a fetched page, body decoded to UTF-8.
type Response struct {
	URL          string // final URL after redirects
	Status       int
	ContentType  string
	Body         []byte
	ETag         string
	LastModified string
}

// Client fetches URLs safely. It is safe for concurrent use.
type Client struct {
	opts Options
	http *http.Client
	// allowIP decides whether a resolved address may be dialled; tests
	// replace it to let a loopback server play a public one.
	allowIP func(ip net.IP) error
}

// New returns a Client.
func New(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	c := &Client{opts: opts, allowIP: checkIP}
	if opts.AllowPrivate {
		c.allowIP = func(net.IP) error { return nil }
	}
	dialer := &net.Dialer{
		Timeout:   10 * time.Second,
		KeepAlive: 30 * time.Second,
		// Control runs after DNS resolution, for every address actually
		// dialled, on every connection (so on every redirect too).
		Control: func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip := net.ParseIP(host)
			if ip == nil {
				return fmt.Errorf("fetch: unresolved address %q", host)
			}
			return c.allowIP(ip)
		},
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would dial on our behalf, past the guard
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          32,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		ExpectContinueTimeout: time.Second,
	}
	c.http = &http.Client{
		Transport: tr,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return &truthlens.Error{Code: truthlens.EINVALID, Message: fmt.Sprintf("too many redirects (more than %d)", opts.MaxRedirects)}
			}
			return checkScheme(req.URL)
		},
	}
	return c
}

// Get fetches url and returns its body decoded to UTF-8. Refusals (bad
// scheme, private address, too many redirects, too large) are
// *truthlens.Error with a clear message.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	return c.get(ctx, rawURL, "", "")
}

// GetConditional is Get with If-None-Match / If-Modified-Since (from a
// previous response's ETag and Last-Modified); a 304 Not Modified answer is
// a Response with Status 304 and no body.
func (c *Client) GetConditional(ctx context.Context, rawURL, etag, lastModified string) (*Response, error) {
	return c.get(ctx, rawURL, etag, lastModified)
}

func (c *Client) get(ctx context.Context, rawURL, etag, lastModified string) (*Response, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, truthlens.Errorf(truthlens.EINVALID, "invalid URL %q: %v", rawURL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	if u.Host == "" {
		return nil, truthlens.Errorf(truthlens.EINVALID, "invalid URL %q: no host", rawURL)
	}
	// Refuse a literal private address before any connection is tried.
	if ip := net.ParseIP(u.Hostname()); ip != nil {
		if err := c.allowIP(ip); err != nil {
			return nil, err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, truthlens.Errorf(truthlens.EINVALID, "invalid URL %q: %v", rawURL, err)
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fetchError(rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && (etag != "" || lastModified != "") {
		return &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, ETag: etag, LastModified: lastModified}, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		code := truthlens.EUNAVAILABLE
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			code = truthlens.ENOTFOUND
		}
		return nil, truthlens.Errorf(code, "fetch %s: HTTP status %d", rawURL, resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, fetchError(rawURL, err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, truthlens.Errorf(truthlens.ETOOLARGE, "fetch %s: page larger than %d bytes", rawURL, c.opts.MaxBytes)
	}
	ct := resp.Header.Get("Content-Type")
	body, converted := decode(body, ct)
	if converted {
		// The body is UTF-8 now: a charset left in the header would make
		// the extractor decode it a second time ("KÃ¶ln").
		ct = utf8ContentType(ct)
	}
	return &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ContentType:  ct,
		Body:         body,
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}, nil
}

// decode converts body to UTF-8 from the charset of the Content-Type
// header, a BOM or a <meta charset> in the page; converted reports whether
// it did.
func decode(body []byte, contentType string) (out []byte, converted bool) {
	enc, name, certain := charset.DetermineEncoding(firstN(body, 1024), contentType)
	// Without a declaration in the header or the first KiB, DetermineEncoding
	// guesses windows-1252; a body that is valid UTF-8 is UTF-8 then.
	if enc == nil || name == "utf-8" || !certain && utf8.Valid(body) {
		return body, false
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(body)))
	if err != nil {
		return body, false
	}
	return out, true
}

// utf8ContentType is contentType with its charset parameter, if any, set
// to utf-8.
func utf8ContentType(contentType string) string {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return contentType
	}
	params["charset"] = "utf-8"
	return mime.FormatMediaType(mt, params)
}

func firstN(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// checkScheme allows http and https only.
func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return nil
	case "":
		return truthlens.Errorf(truthlens.EINVALID, "refused URL %q: no scheme (use http:// or https://)", u.String())
	}
	return truthlens.Errorf(truthlens.EINVALID, "refused URL %q: scheme %q is not http or https", u.String(), u.Scheme)
}

// fetchError unwraps a refusal from the guard or redirect check into the
// *truthlens.Error it is, and names network failures plainly.
func fetchError(rawURL string, err error) error {
	var te *truthlens.Error
	if errors.As(err, &te) {
		return &truthlens.Error{Code: te.Code, Message: fmt.Sprintf("fetch %s: %s", rawURL, te.Message)}
	}
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		return &truthlens.Error{Code: truthlens.EUNAVAILABLE, Message: fmt.Sprintf("fetch %s: timed out", rawURL), Err: err}
	}
	return &truthlens.Error{Code: truthlens.EUNAVAILABLE, Message: fmt.Sprintf("fetch %s", rawURL), Err: err}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
