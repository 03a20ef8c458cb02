package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"time"

	"github.com/truthlens/truthlens/app"
	"github.com/truthlens/truthlens/demo"
	"github.com/truthlens/truthlens/fetch"
	tlhttp "github.com/truthlens/truthlens/http"
)

func init() {
	register("serve", "web app and JSON API (--demo loads a fictional demo story)", runServe)
}

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "")
	var sc storeConfig
	sc.register(fs, e)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	loadDemo := fs.Bool("demo", false, "load the bundled fictional demo corpus at start")
	token := fs.String("token", e.getenv("TRUTHLENS_TOKEN"), "write token for the submit and feed forms and the API's writes (env TRUTHLENS_TOKEN; random when unset)")
	open := fs.Bool("open", false, "allow writes without a token")
	allowPrivate := fs.Bool("allow-private", false, "allow submitted and feed URLs on loopback/private addresses")
	feedInterval := fs.Duration("feed-interval", 15*time.Minute, "how often each registered feed is polled (failing feeds back off)")
	var lc llmConfig
	lc.register(fs, e)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("serve takes no arguments (got %q)", rest[0])
	}
	if *feedInterval < time.Minute {
		return usagef("--feed-interval must be at least 1m (got %s)", *feedInterval)
	}
	log := e.logger
	model, err := lc.client(e)
	if err != nil {
		return err
	}
	store, err := sc.open(ctx, log)
	if err != nil {
		return err
	}
	defer store.Close()
	fetcher := fetch.New(fetch.Options{AllowPrivate: *allowPrivate})
	svc := &app.Service{Store: store, Fetcher: fetcher, Logger: log, LLM: model}

	if *loadDemo {
		start := time.Now()
		bulk := &app.Service{Store: store, Logger: log, DeferStories: true}
		n, err := demo.Load(ctx, bulk)
		if err != nil {
			return fmt.Errorf("loading the demo corpus: %w", err)
		}
		if n > 0 {
			if err := bulk.Recluster(ctx); err != nil {
				return fmt.Errorf("grouping the demo stories: %w", err)
			}
		}
		log.Info("demo corpus loaded", "new_articles", n, "duration", time.Since(start).Round(time.Millisecond))
	}

	if !*open && *token == "" {
		b := make([]byte, 16)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		*token = hex.EncodeToString(b)
		fmt.Fprintf(e.stderr, "truthlens serve: write token (for the submit form and the API): %s\n", *token)
	}
	bg := newFeedWork(store, fetcher, svc, *feedInterval, log)
	srv, err := tlhttp.New(tlhttp.Config{Store: store, Submitter: svc, Logger: log, Token: *token, Open: *open, Demo: *loadDemo,
		PollNow: bg.pollNow})
	if err != nil {
		return err
	}
	log.Info("serving", "store", sc.describe(), "open", *open, "demo", *loadDemo, "llm", model != nil, "feed_interval", *feedInterval)
	err = srv.ListenAndServe(ctx, *addr, func(a net.Addr) {
		// Feed polling and article workers start once the port is bound
		// and stop (and are waited for) before the store closes.
		bg.start(ctx)
		fmt.Fprintf(e.stderr, "truthlens serve: listening on http://%s/\n", a)
	})
	bg.stop()
	return err
}
