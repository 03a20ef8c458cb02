package ingest

import (
	"context"
	"log/slog"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/fetch"
)

// ConditionalFetcher fetches a URL with If-None-Match / If-Modified-Since;
// a 304 answer is a Response with Status 304 and no body.
type ConditionalFetcher interface {
	GetConditional(ctx context.Context, url, etag, lastModified string) (*fetch.Response, error)
}

// Poller polls the registered feeds on a schedule and queues their new
// entries as article jobs (which the workers fetch and analyse).
type Poller struct {
	Feeds    truthlens.FeedStore
	Ingester *Ingester // enqueues the entries
	Fetch    ConditionalFetcher
	Logger   *slog.Logger
	// Interval between polls of a healthy feed (default 15 min).
	Interval time.Duration
	// MaxBackoff caps the wait after repeated failures (default 24 h).
	MaxBackoff time.Duration
	// HostGap is the least time between two requests to one host (default 2 s).
	HostGap time.Duration
	// Parallel is how many hosts are polled at once (default 4).
	Parallel int
	Now      func() time.Time
}

func (p *Poller) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Poller) log() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Run polls due feeds every tick until ctx ends.
func (p *Poller) Run(ctx context.Context, tick time.Duration) {
	if tick <= 0 {
		tick = 30 * time.Second
	}
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if err := p.PollDue(ctx); err != nil && ctx.Err() == nil {
			p.log().Error("feed polling failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// PollDue polls every feed whose next fetch time has come: hosts in
// parallel, the feeds of one host one after another with HostGap between
// them. One feed's failure is recorded on that feed and never stops the
// others.
func (p *Poller) PollDue(ctx context.Context) error {
	feeds, err := p.Feeds.Feeds(ctx)
	if err != nil {
		return err
	}
	now := p.now()
	byHost := map[string][]truthlens.Feed{}
	for _, f := range feeds {
		if !f.NextFetch.IsZero() && f.NextFetch.After(now) {
			continue
		}
		h := hostOf(f.URL)
		byHost[h] = append(byHost[h], f)
	}
	hosts := make([]string, 0, len(byHost))
	for h := range byHost {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	par := p.Parallel
	if par <= 0 {
		par = 4
	}
	gap := p.HostGap
	if gap <= 0 {
		gap = 2 * time.Second
	}
	sem := make(chan struct{}, par)
	var wg sync.WaitGroup
	for _, h := range hosts {
		wg.Add(1)
		sem <- struct{}{}
		go func(fs []truthlens.Feed) {
			defer wg.Done()
			defer func() { <-sem }()
			for i := range fs {
				if i > 0 {
					select {
					case <-ctx.Done():
						return
					case <-time.After(gap):
					}
				}
				p.PollOne(ctx, &fs[i])
			}
		}(byHost[h])
	}
	wg.Wait()
	return ctx.Err()
}

// PollOne fetches one feed, queues its entries and records the outcome on
// the feed (error, failures, next fetch time).
func (p *Poller) PollOne(ctx context.Context, f *truthlens.Feed) {
	interval := p.Interval
	if interval <= 0 {
		interval = 15 * time.Minute
	}
	maxBackoff := p.MaxBackoff
	if maxBackoff <= 0 {
		maxBackoff = 24 * time.Hour
	}
	err := p.poll(ctx, f)
	now := p.now()
	f.LastFetched = now
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		f.Failures++
		f.Error = truthlens.ErrorMessage(err)
		if truthlens.ErrorCode(err) == truthlens.EINTERNAL {
			f.Error = err.Error()
		}
		wait := interval << min(f.Failures, 10)
		f.NextFetch = now.Add(min(wait, maxBackoff))
		p.log().Warn("feed failed", "feed", f.URL, "failures", f.Failures, "err", f.Error, "next", f.NextFetch)
	} else {
		f.Failures, f.Error = 0, ""
		f.NextFetch = now.Add(interval)
	}
	if uerr := p.Feeds.UpdateFeed(ctx, f); uerr != nil {
		p.log().Error("recording feed state failed", "feed", f.URL, "err", uerr)
	}
}

func (p *Poller) poll(ctx context.Context, f *truthlens.Feed) error {
	resp, err := p.Fetch.GetConditional(ctx, f.URL, f.ETag, f.LastModified)
	if err != nil {
		return err
	}
	if resp.Status == 304 {
		return nil
	}
	title, items, err := ParseFeed(resp.Body)
	if err != nil {
		return truthlens.Errorf(truthlens.EINVALID, "%s: %v", f.URL, err)
	}
	if title != "" && f.Title == "" {
		f.Title = title
	}
	if err := p.Ingester.enqueueItems(ctx, f.URL, items); err != nil {
		return err
	}
	f.ETag, f.LastModified = resp.ETag, resp.LastModified
	return nil
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.ToLower(u.Host)
}
