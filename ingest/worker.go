package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
)

// WorkOptions control Work.
type WorkOptions struct {
	Workers int
	// UntilEmpty returns when no job is runnable or leased (an import);
	// otherwise Work polls until ctx ends (a long-running worker).
	UntilEmpty bool
	// Poll is the idle wait between claims (default 500ms).
	Poll time.Duration
	// OnIdle is called when the queue has just run dry after some work
	// (workers regroup stories then).
	OnIdle func(ctx context.Context)
}

// backoff is the retry delay after the n-th failed attempt.
func backoff(attempts int) time.Duration {
	d := time.Second << min(attempts, 8)
	return min(d, 5*time.Minute)
}

// permanent reports whether err will fail the same way on every retry (bad
// input), so the job should fail at once instead of being retried.
func permanent(err error) bool {
	switch truthlens.ErrorCode(err) {
	case truthlens.EINVALID, truthlens.ETOOLARGE:
		return true
	}
	return false
}

// Work claims and processes article jobs on opts.Workers goroutines.
func (in *Ingester) Work(ctx context.Context, opts WorkOptions) error {
	if opts.Workers < 1 {
		opts.Workers = 1
	}
	if opts.Poll <= 0 {
		opts.Poll = 500 * time.Millisecond
	}
	lease := in.Lease
	if lease <= 0 {
		lease = 2 * time.Minute
	}
	host, _ := os.Hostname()
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		busy     int
		worked   bool
		firstErr error
	)
	for w := 0; w < opts.Workers; w++ {
		wg.Add(1)
		name := host + "/" + strconv.Itoa(os.Getpid()) + "/" + strconv.Itoa(w)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				job, err := in.Queue.Claim(ctx, name, []string{KindArticle}, lease)
				if err != nil {
					if truthlens.ErrorCode(err) != truthlens.ENOTFOUND {
						if ctx.Err() != nil {
							return
						}
						mu.Lock()
						if firstErr == nil {
							firstErr = err
						}
						mu.Unlock()
						in.log().Error("claiming a job failed", "err", err)
					}
					mu.Lock()
					idle := busy == 0
					ran := worked
					if idle {
						worked = false
					}
					mu.Unlock()
					if idle && ran && opts.OnIdle != nil {
						opts.OnIdle(ctx)
					}
					if opts.UntilEmpty && idle {
						if done, _ := in.drained(ctx); done {
							return
						}
					}
					select {
					case <-ctx.Done():
						return
					case <-time.After(opts.Poll):
					}
					continue
				}
				mu.Lock()
				busy++
				mu.Unlock()
				in.runJob(ctx, job)
				mu.Lock()
				busy--
				worked = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return firstErr
}

// drained reports whether no job is queued or running.
func (in *Ingester) drained(ctx context.Context) (bool, error) {
	for _, st := range []string{truthlens.JobQueued, truthlens.JobRunning} {
		js, err := in.Queue.Jobs(ctx, st, 1)
		if err != nil {
			return false, err
		}
		if len(js) > 0 {
			return false, nil
		}
	}
	return true, nil
}

func (in *Ingester) runJob(ctx context.Context, job *truthlens.Job) {
	err := in.process(ctx, job)
	if err == nil {
		if cerr := in.Queue.Complete(ctx, job.ID); cerr != nil {
			in.log().Error("completing job failed", "job", job.ID, "err", cerr)
		}
		in.Done.Add(1)
		return
	}
	if ctx.Err() != nil {
		return // shutting down: the lease expires and another run retries
	}
	msg := truthlens.ErrorMessage(err)
	if truthlens.ErrorCode(err) == truthlens.EINTERNAL {
		msg = err.Error()
	}
	wait := backoff(job.Attempts)
	final := permanent(err) || job.Attempts >= max(job.MaxAttempts, 1)
	if permanent(err) {
		wait = -1 // a bad input fails at once: retrying cannot help
	}
	if ferr := in.Queue.Fail(ctx, job.ID, msg, wait); ferr != nil {
		in.log().Error("recording job failure failed", "job", job.ID, "err", ferr)
	}
	if final {
		in.Failed.Add(1)
		in.log().Warn("article failed", "job", job.ID, "key", job.Key, "err", msg)
	} else {
		in.Retried.Add(1)
	}
}

func (in *Ingester) process(ctx context.Context, job *truthlens.Job) error {
	var j ArticleJob
	if err := json.Unmarshal(job.Payload, &j); err != nil {
		return truthlens.Errorf(truthlens.EINVALID, "job payload is not an article job: %v", err)
	}
	src := extract.Source{Input: j.Input, URL: j.URL, Site: j.Site, Title: j.Title, Published: j.Published, Kind: j.Kind, Body: []byte(j.Body)}
	if j.Body == "" {
		if j.URL == "" {
			return truthlens.Errorf(truthlens.EINVALID, "job has neither a body nor a URL")
		}
		if in.Fetch == nil {
			return errors.New("fetching URLs is not configured")
		}
		resp, err := in.Fetch.Get(ctx, j.URL)
		switch {
		case err == nil:
			src.URL, src.Body, src.ContentType, src.Kind = resp.URL, resp.Body, resp.ContentType, ""
		case j.Fallback != "":
			in.log().Info("page fetch failed; using the feed's own content", "url", j.URL, "err", err)
			src.Body, src.Kind = []byte(j.Fallback), "html"
		default:
			return fmt.Errorf("fetching %s: %w", j.URL, err)
		}
	}
	if _, _, err := in.Submit.Submit(ctx, src); err != nil {
		return err
	}
	return nil
}
