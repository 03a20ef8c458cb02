// Package app wires the pure engines (extract, analyze, story) to a Store:
// submit an input, analyse it, store it, and keep story groupings and
// cross-outlet corroboration up to date. The web server, ingest and worker
// all go through it so the product behaves the same everywhere.
package app

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze"
	"github.com/truthlens/truthlens/extract"
	"github.com/truthlens/truthlens/fetch"
	"github.com/truthlens/truthlens/llm"
)

// Service is the application service.
type Service struct {
	Store   truthlens.Store
	Fetcher *fetch.Client
	Logger  *slog.Logger
	// Now is the clock (time.Now when nil).
	Now func() time.Time
	// StoryWindow is how far back (from now) articles are regrouped into
	// stories after a submission; 0 means all stored articles.
	StoryWindow time.Duration
	// LLM, when set, rewrites the sections and suggested headline as
	// grounded prose (scores are never taken from it).
	LLM *llm.Client
	// DeferStories skips regrouping on every Submit (bulk imports call
	// Recluster once at the end instead).
	DeferStories bool

	reclusterMu sync.Mutex
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Analyze extracts and analyses src without storing it.
func (s *Service) Analyze(ctx context.Context, src extract.Source) (*truthlens.Article, error) {
	doc, err := extract.Extract(src, extract.Options{Now: s.now()})
	if err != nil {
		return nil, err
	}
	a := analyze.Analyze(doc)
	if s.LLM != nil {
		s.LLM.Enrich(ctx, &a, nil)
	}
	return &a, nil
}

// Submit extracts, analyses and stores src, then updates the stories.
// It returns the stored article (with ID and Story set) and whether it was
// newly created (false: the same URL or text was already stored).
func (s *Service) Submit(ctx context.Context, src extract.Source) (*truthlens.Article, bool, error) {
	a, err := s.Analyze(ctx, src)
	if err != nil {
		return nil, false, err
	}
	return s.Save(ctx, a)
}

// Save stores an analysed article and regroups stories when it is new.
func (s *Service) Save(ctx context.Context, a *truthlens.Article) (*truthlens.Article, bool, error) {
	id, created, err := s.Store.SaveArticle(ctx, a)
	if err != nil {
		return nil, false, fmt.Errorf("saving article: %w", err)
	}
	if created && !s.DeferStories {
		if err := s.Recluster(ctx); err != nil {
			// The article is stored; stories catch up on the next run.
			s.logger().Warn("story regrouping failed", "article", id, "err", err)
		}
	}
	stored, err := s.Store.Article(ctx, id)
	if err != nil {
		return nil, false, err
	}
	return stored, created, nil
}

// SubmitURL fetches url through the guarded fetcher and submits it.
func (s *Service) SubmitURL(ctx context.Context, url string) (*truthlens.Article, bool, error) {
	if s.Fetcher == nil {
		return nil, false, truthlens.Errorf(truthlens.EUNAVAILABLE, "fetching URLs is not configured")
	}
	resp, err := s.Fetcher.Get(ctx, url)
	if err != nil {
		return nil, false, err
	}
	return s.Submit(ctx, extract.Source{Input: url, URL: resp.URL, Body: resp.Body, ContentType: resp.ContentType})
}
