// Package app wires the pure engines (extract, analyze, story) to a Store:
// submit an input, analyse it, store it, and keep story groupings and
// cross-outlet corroboration up to date. The web server, ingest and worker
// all go through it so the product behaves the same everywhere.
package app

import (
	"context"
	"log/slog"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
	"github.com/truthlens/truthlens/fetch"
)

// Service is the application service.
type Service struct {
	Store   truthlens.Store
	Fetcher *fetch.Client
	Logger  *slog.Logger
	// Now is the clock (time.Now when nil).
	Now func() time.Time
	// StoryWindow is how far back articles are considered for stories.
	StoryWindow time.Duration
}

// Submit extracts, analyses and stores src, then updates the stories.
// It returns the stored article (with ID and Story set) and whether it was
// newly created (false: the same URL or text was already stored). STUB.
func (s *Service) Submit(ctx context.Context, src extract.Source) (*truthlens.Article, bool, error) {
	return nil, false, truthlens.Errorf(truthlens.EUNAVAILABLE, "not implemented")
}

// SubmitURL fetches url through the guarded fetcher and submits it.
func (s *Service) SubmitURL(ctx context.Context, url string) (*truthlens.Article, bool, error) {
	return nil, false, truthlens.Errorf(truthlens.EUNAVAILABLE, "not implemented")
}

// Recluster regroups the recent articles into stories and stores them.
func (s *Service) Recluster(ctx context.Context) error { return nil }
