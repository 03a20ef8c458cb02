package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/app"
	"github.com/truthlens/truthlens/fetch"
	"github.com/truthlens/truthlens/ingest"
)

func init() {
	register("ingest", "store and analyse every article of feeds, OPML, directories, JSON Lines or WARC archives", runIngest)
	register("worker", "work queued jobs from a shared database (run on any number of machines)", runWorker)
	register("migrate", "apply database migrations", runMigrate)
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "ingest", "SOURCE...")
	var sc storeConfig
	sc.register(fs, e)
	workers := fs.Int("workers", 2, "articles processed in parallel")
	enqueueOnly := fs.Bool("enqueue-only", false, "only queue the articles (workers process them)")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching URLs on loopback/private addresses")
	progress := fs.String("progress", "auto", "progress display: auto, bar, lines or none")
	lease := fs.Duration("lease", time.Minute, "how long a claimed job is held before another run may take it over (after a crash)")
	sources, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		return usagef("no SOURCE given (feed URL, OPML, directory, JSON Lines or WARC file)")
	}
	store, err := sc.open(ctx, e.logger)
	if err != nil {
		return err
	}
	defer store.Close()
	svc, in := bulkIngester(store, e, *allowPrivate, *lease)

	start := time.Now()
	stop := startProgress(e, in, *progress, start)
	srcErrs := in.EnqueueSources(ctx, sources)
	if !*enqueueOnly {
		err = in.Work(ctx, ingest.WorkOptions{Workers: *workers, UntilEmpty: true, Poll: 100 * time.Millisecond})
	}
	stop()
	if err != nil {
		return err
	}
	if !*enqueueOnly {
		if err := svc.Recluster(ctx); err != nil {
			return fmt.Errorf("grouping stories: %w", err)
		}
	}
	el := time.Since(start)
	fmt.Fprintf(e.stderr, "ingest: %d new articles queued, %d stored, %d failed, %d retried in %s (%.1f articles/s) into %s\n",
		in.Enqueued.Load(), in.Done.Load(), in.Failed.Load(), in.Retried.Load(), el.Round(time.Millisecond),
		float64(in.Done.Load())/max(el.Seconds(), 1e-9), sc.describe())
	for _, err := range srcErrs {
		fmt.Fprintf(e.stderr, "ingest: source error: %v\n", err)
	}
	if len(srcErrs) > 0 || in.Failed.Load() > 0 {
		if in.Failed.Load() > 0 {
			fmt.Fprintln(e.stderr, "ingest: failed articles keep their error in the job list (state failed)")
		}
		return errInputs
	}
	return nil
}

// startProgress shows progress until the returned stop is called: a bar
// redrawn in place on a terminal, a plain line every 5 s otherwise.
func startProgress(e *env, in *ingest.Ingester, mode string, start time.Time) (stop func()) {
	if mode == "auto" {
		mode = "lines"
		if f, ok := e.stderr.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				mode = "bar"
			}
		}
	}
	if mode == "none" {
		return func() {}
	}
	every := 5 * time.Second
	if mode == "bar" {
		every = 200 * time.Millisecond
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				if mode == "bar" {
					drawProgress(e.stderr, in, start, true)
					fmt.Fprintln(e.stderr)
				}
				return
			case <-t.C:
				drawProgress(e.stderr, in, start, mode == "bar")
				if mode != "bar" {
					fmt.Fprintln(e.stderr)
				}
			}
		}
	}()
	return func() { close(done); <-finished }
}

func drawProgress(w io.Writer, in *ingest.Ingester, start time.Time, bar bool) {
	total, done, failed := in.Enqueued.Load(), in.Done.Load(), in.Failed.Load()
	el := time.Since(start).Seconds()
	rate := float64(done+failed) / max(el, 1e-9)
	eta := "?"
	if rate > 0 && total >= done+failed {
		eta = (time.Duration(float64(total-done-failed)/rate) * time.Second).Round(time.Second).String()
	}
	line := fmt.Sprintf("%d/%d articles · %.1f/s · %d errors · ETA %s", done+failed, total, rate, failed, eta)
	if !bar {
		fmt.Fprint(w, "ingest: "+line)
		return
	}
	const width = 30
	filled := 0
	if total > 0 {
		filled = int(float64(width) * float64(min(done+failed, total)) / float64(total))
	}
	fmt.Fprintf(w, "\r[%s%s] %s   ", strings.Repeat("#", filled), strings.Repeat(".", width-filled), line)
}

// bulkIngester wires an import or worker: the guarded fetcher, a service
// that stores without regrouping after every article (the caller regroups
// once the queue runs dry), and the ingester working the durable queue.
func bulkIngester(store truthlens.Store, e *env, allowPrivate bool, lease time.Duration) (*app.Service, *ingest.Ingester) {
	fetcher := fetch.New(fetch.Options{AllowPrivate: allowPrivate})
	svc := &app.Service{Store: store, Fetcher: fetcher, Logger: e.logger, DeferStories: true}
	in := &ingest.Ingester{Queue: store, Feeds: store, Submit: svc, Fetch: fetcher, Logger: e.logger, Lease: lease}
	return svc, in
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "worker", "")
	var sc storeConfig
	sc.register(fs, e)
	workers := fs.Int("workers", 2, "jobs processed in parallel")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching URLs on loopback/private addresses")
	untilEmpty := fs.Bool("until-empty", false, "exit when the queue is empty instead of waiting for more jobs")
	lease := fs.Duration("lease", time.Minute, "how long a claimed job is held before another worker may take it over")
	if rest, err := parseInterspersed(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usagef("worker takes no arguments (got %q)", rest[0])
	}
	store, err := sc.open(ctx, e.logger)
	if err != nil {
		return err
	}
	defer store.Close()
	svc, in := bulkIngester(store, e, *allowPrivate, *lease)
	e.logger.Info("worker started", "store", sc.describe(), "workers", *workers)
	// groupedAt is the count of stored articles at the last regrouping: a
	// regrouping with nothing new stored since is skipped (each one reads
	// and compares the whole story window).
	groupedAt := int64(-1)
	var groupMu sync.Mutex
	regroup := func(ctx context.Context) error {
		groupMu.Lock()
		defer groupMu.Unlock()
		done := in.Done.Load()
		if done == groupedAt {
			return nil
		}
		if err := svc.Recluster(ctx); err != nil {
			return err
		}
		groupedAt = done
		return nil
	}
	err = in.Work(ctx, ingest.WorkOptions{Workers: *workers, UntilEmpty: *untilEmpty, OnIdle: func(ctx context.Context) {
		if err := regroup(ctx); err != nil {
			e.logger.Error("story regrouping failed", "err", err)
		}
	}})
	if *untilEmpty && err == nil {
		err = regroup(ctx)
	}
	e.logger.Info("worker stopped", "done", in.Done.Load(), "failed", in.Failed.Load())
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "migrate", "")
	var sc storeConfig
	sc.register(fs, e)
	if rest, err := parseInterspersed(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usagef("migrate takes no arguments (got %q)", rest[0])
	}
	store, err := sc.open(ctx, e.logger) // opening applies the embedded migrations
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "migrations applied to %s\n", sc.describe())
	return store.Close()
}
