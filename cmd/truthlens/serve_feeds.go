package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/app"
	"github.com/truthlens/truthlens/fetch"
	"github.com/truthlens/truthlens/ingest"
)

// feedWork is what serve runs beside the web server: the feed poller,
// which queues new entries, and the article workers, which fetch them
// through the guarded fetcher, analyse and store them, and regroup the
// stories when the queue runs dry.
type feedWork struct {
	poller *ingest.Poller
	in     *ingest.Ingester
	svc    *app.Service
	log    *slog.Logger

	// tick is how often the poller looks for due feeds.
	tick    time.Duration
	workers int

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func newFeedWork(store truthlens.Store, fetcher *fetch.Client, svc *app.Service, interval time.Duration, log *slog.Logger) *feedWork {
	// Workers store without regrouping after every article; OnIdle
	// regroups once per batch.
	bulk := &app.Service{Store: store, Fetcher: fetcher, Logger: log, LLM: svc.LLM, StoryWindow: svc.StoryWindow, DeferStories: true}
	in := &ingest.Ingester{Queue: store, Feeds: store, Submit: bulk, Fetch: fetcher, Logger: log}
	return &feedWork{
		poller:  &ingest.Poller{Feeds: store, Ingester: in, Fetch: fetcher, Logger: log, Interval: interval},
		in:      in,
		svc:     bulk,
		log:     log,
		tick:    30 * time.Second,
		workers: 2,
	}
}

// start runs the poller and the workers until stop or ctx ends.
func (w *feedWork) start(ctx context.Context) {
	ctx, w.cancel = context.WithCancel(ctx)
	w.wg.Add(2)
	go func() {
		defer w.wg.Done()
		w.poller.Run(ctx, w.tick)
	}()
	go func() {
		defer w.wg.Done()
		err := w.in.Work(ctx, ingest.WorkOptions{Workers: w.workers, OnIdle: w.regroup})
		if err != nil && ctx.Err() == nil {
			w.log.Error("article workers stopped", "err", err)
		}
	}()
}

func (w *feedWork) regroup(ctx context.Context) {
	if err := w.svc.Recluster(ctx); err != nil && ctx.Err() == nil {
		w.log.Error("grouping stories failed", "err", err)
	}
}

// stop cancels the poller and workers and waits for them: a job cut off
// mid-way is taken up again after its lease expires.
func (w *feedWork) stop() {
	if w.cancel != nil {
		w.cancel()
	}
	w.wg.Wait()
}

// pollNow polls one feed at once (the "poll now" button); the outcome is
// recorded on the feed like a scheduled poll.
func (w *feedWork) pollNow(ctx context.Context, id int64) error {
	feeds, err := w.poller.Feeds.Feeds(ctx)
	if err != nil {
		return err
	}
	for i := range feeds {
		if feeds[i].ID == id {
			w.poller.PollOne(ctx, &feeds[i])
			return ctx.Err()
		}
	}
	return truthlens.Errorf(truthlens.ENOTFOUND, "feed %d not found", id)
}
