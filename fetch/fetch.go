// Package fetch is the guarded HTTP client used for every user-supplied
// URL: timeouts, size cap, bounded redirects, charset decoding, and refusal
// of loopback/private/link-local addresses (after DNS resolution and on
// every redirect) unless allowed.
package fetch

import (
	"context"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// Options configure a Client.
type Options struct {
	AllowPrivate bool
	Timeout      time.Duration // whole request; default 20s
	MaxBytes     int64         // body cap; default 10 MiB
	MaxRedirects int           // default 5
	UserAgent    string
}

// Response is a fetched page, body decoded to UTF-8.
type Response struct {
	URL          string // final URL after redirects
	Status       int
	ContentType  string
	Body         []byte
	ETag         string
	LastModified string
}

// Client fetches URLs safely.
type Client struct{ opts Options }

// New returns a Client.
func New(opts Options) *Client { return &Client{opts: opts} }

// Get fetches url. STUB.
func (c *Client) Get(ctx context.Context, url string) (*Response, error) {
	return nil, truthlens.Errorf(truthlens.EUNAVAILABLE, "fetch: not implemented")
}
