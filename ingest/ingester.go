package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
	"github.com/truthlens/truthlens/fetch"
)

// KindArticle is the job kind that extracts, analyses and stores one
// article.
const KindArticle = "article"

// ArticleJob is the payload of a KindArticle job: everything needed to
// process the article again after a crash, without the original source.
type ArticleJob struct {
	Input     string         `json:"input"`
	URL       string         `json:"url,omitempty"`
	Site      string         `json:"site,omitempty"`
	Title     string         `json:"title,omitempty"`
	Published truthlens.Date `json:"published,omitempty"`
	Kind      string         `json:"kind,omitempty"` // html, text or "" (detect)
	Body      string         `json:"body,omitempty"` // empty: fetch URL
	// Fallback is the feed entry's own content, used when the page
	// cannot be fetched.
	Fallback string `json:"fallback,omitempty"`
}

// Key is the idempotency key of the job: the canonical URL when there is
// one, else a hash of the content. Re-importing a source enqueues nothing
// twice.
func (j ArticleJob) Key() string {
	if c := truthlens.CanonicalURL(j.URL); c != "" {
		return "article:url:" + c
	}
	return "article:text:" + truthlens.ContentHash(j.Title+"\n"+j.Body)
}

// Submitter stores an extracted source (app.Service implements it).
type Submitter interface {
	Submit(ctx context.Context, src extract.Source) (*truthlens.Article, bool, error)
}

// Fetcher fetches URLs (fetch.Client implements it).
type Fetcher interface {
	Get(ctx context.Context, url string) (*fetch.Response, error)
}

// Ingester turns sources into durable jobs and works them.
type Ingester struct {
	Queue  truthlens.JobQueue
	Feeds  truthlens.FeedStore // optional: feed sources are registered for polling
	Submit Submitter
	Fetch  Fetcher
	Logger *slog.Logger
	// Lease is how long a claimed job is held before another worker may
	// take it over (the first worker is presumed dead).
	Lease time.Duration

	// Stats, updated atomically while working.
	Enqueued, Done, Failed, Retried atomic.Int64
}

func (in *Ingester) log() *slog.Logger {
	if in.Logger != nil {
		return in.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// EnqueueSources expands every source (file, directory, JSON Lines, WARC,
// OPML, feed URL or file, article URL) into article jobs. An unreadable
// source is reported in the returned errors and the others go on.
func (in *Ingester) EnqueueSources(ctx context.Context, sources []string) []error {
	var errs []error
	for _, s := range sources {
		if err := in.enqueueSource(ctx, s); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s, err))
			in.log().Error("source failed", "source", s, "err", err)
		}
		if ctx.Err() != nil {
			return append(errs, ctx.Err())
		}
	}
	return errs
}

func (in *Ingester) enqueueSource(ctx context.Context, src string) error {
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		if in.Fetch == nil {
			return errors.New("fetching URLs is not configured")
		}
		resp, err := in.Fetch.Get(ctx, src)
		if err != nil {
			return err
		}
		switch Sniff(resp.Body) {
		case "feed":
			return in.enqueueFeed(ctx, src, resp.Body)
		case "opml":
			return in.enqueueOPML(ctx, resp.Body)
		}
		return in.enqueue(ctx, ArticleJob{Input: src, URL: resp.URL, Body: string(resp.Body)})
	}
	fi, err := os.Stat(src)
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return in.enqueueDir(ctx, src)
	}
	return in.enqueueFile(ctx, src)
}

func (in *Ingester) enqueueDir(ctx context.Context, dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		switch strings.ToLower(filepath.Ext(n)) {
		case ".html", ".htm", ".txt", ".jsonl", ".warc", ".gz", ".opml", ".xml", ".rss", ".atom":
			if err := in.enqueueFile(ctx, filepath.Join(dir, n)); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", n, err))
			}
		}
	}
	return errors.Join(errs...)
}

func (in *Ingester) enqueueFile(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, _ := f.Read(head)
	head = head[:n]
	if _, err := f.Seek(0, 0); err != nil {
		return err
	}
	kind := Sniff(head)
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		kind = "jsonl"
	}
	switch kind {
	case "warc":
		return ReadWARC(f, func(rec WARCRecord, err error) error {
			if err != nil {
				in.log().Warn("warc record skipped", "file", path, "uri", rec.TargetURI, "err", err)
				return nil
			}
			if !rec.IsHTMLResponse() {
				return nil
			}
			return in.enqueue(ctx, ArticleJob{Input: path, URL: rec.TargetURI, Kind: "html", Body: string(rec.Body), Published: NormalizeDate(rec.Date)})
		})
	case "jsonl":
		return ReadJSONL(f, func(line int, rec Record, err error) error {
			if err != nil {
				in.log().Warn("jsonl line skipped", "file", path, "err", err)
				return nil
			}
			j := ArticleJob{Input: fmt.Sprintf("%s:%d", path, line), URL: rec.URL, Site: rec.Source, Title: rec.Title, Published: rec.PublishedDate()}
			switch {
			case strings.TrimSpace(rec.HTML) != "":
				j.Kind, j.Body = "html", rec.HTML
			case strings.TrimSpace(rec.Text) != "":
				j.Kind, j.Body = "text", rec.Text
			}
			if j.Body == "" && j.URL == "" {
				in.log().Warn("jsonl line skipped: a headline alone cannot be analysed", "file", path, "line", line)
				return nil
			}
			return in.enqueue(ctx, j)
		})
	}
	b, err := readAllCapped(f, 64<<20)
	if err != nil {
		return err
	}
	switch kind {
	case "opml":
		return in.enqueueOPML(ctx, b)
	case "feed":
		return in.enqueueFeed(ctx, "", b)
	}
	return in.enqueue(ctx, ArticleJob{Input: path, Body: string(b)})
}

func (in *Ingester) enqueueOPML(ctx context.Context, b []byte) error {
	feeds, err := ParseOPML(bytes.NewReader(b))
	if err != nil {
		return err
	}
	var errs []error
	for _, f := range feeds {
		if err := in.enqueueSource(ctx, f.URL); err != nil {
			errs = append(errs, fmt.Errorf("feed %s: %w", f.URL, err))
			in.log().Warn("feed failed", "url", f.URL, "err", err)
		}
	}
	return errors.Join(errs...)
}

func (in *Ingester) enqueueFeed(ctx context.Context, feedURL string, b []byte) error {
	title, items, err := ParseFeed(b)
	if err != nil {
		return err
	}
	if feedURL != "" && in.Feeds != nil {
		if _, err := in.Feeds.AddFeed(ctx, feedURL, title); err != nil && truthlens.ErrorCode(err) != truthlens.ECONFLICT {
			in.log().Warn("could not register feed", "url", feedURL, "err", err)
		}
	}
	return in.enqueueItems(ctx, feedURL, items)
}

// enqueueItems queues one article job per feed entry: the entry's page to
// fetch (its own content as the fallback), or, for an entry without a link,
// its content itself. An entry with neither is skipped.
func (in *Ingester) enqueueItems(ctx context.Context, feedURL string, items []FeedItem) error {
	for _, it := range items {
		j := ArticleJob{Input: it.URL, URL: it.URL, Site: it.Source, Title: it.Title, Published: it.Published, Fallback: it.Content}
		if j.URL == "" {
			if strings.TrimSpace(it.Content) == "" {
				continue
			}
			j.Input, j.Kind, j.Body = feedURL, "html", it.Content
		}
		if err := in.enqueue(ctx, j); err != nil {
			return err
		}
	}
	return nil
}

func (in *Ingester) enqueue(ctx context.Context, j ArticleJob) error {
	payload, err := json.Marshal(j)
	if err != nil {
		return err
	}
	if _, created, err := in.Queue.Enqueue(ctx, KindArticle, j.Key(), payload); err != nil {
		return fmt.Errorf("enqueue: %w", err)
	} else if created {
		in.Enqueued.Add(1)
	}
	return nil
}

func readAllCapped(f *os.File, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("file larger than %d MiB", max>>20)
	}
	return b, nil
}
