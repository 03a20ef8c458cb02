package app

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/story"
)

// Recluster regroups the recent articles into stories, feeds cross-outlet
// corroboration back into each member's accuracy score, and stores both.
// Calls are serialised within a process; across processes the store's
// ReplaceStories is atomic and every run recomputes the whole window, so
// the last run leaves a consistent grouping.
func (s *Service) Recluster(ctx context.Context) error {
	s.reclusterMu.Lock()
	defer s.reclusterMu.Unlock()
	if l, ok := s.Store.(truthlens.Locker); ok {
		return l.WithLock(ctx, "stories", s.recluster)
	}
	return s.recluster(ctx)
}

func (s *Service) recluster(ctx context.Context) error {
	var since time.Time
	if s.StoryWindow > 0 {
		since = s.now().Add(-s.StoryWindow)
	}
	arts, err := s.Store.RecentArticles(ctx, since)
	if err != nil {
		return fmt.Errorf("loading recent articles: %w", err)
	}
	before := make(map[string][]byte, len(arts))
	for i := range arts {
		before[arts[i].ID], _ = json.Marshal(arts[i].Scores)
		stripStoryChecks(&arts[i])
	}
	stories := story.Group(arts, story.Options{})
	byID := make(map[string]*truthlens.Article, len(arts))
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
	}
	for _, st := range stories {
		story.Corroborate(st, byID)
	}
	for i := range arts {
		after, _ := json.Marshal(arts[i].Scores)
		if string(after) != string(before[arts[i].ID]) {
			if err := s.Store.UpdateArticle(ctx, arts[i].ID, &arts[i]); err != nil {
				return fmt.Errorf("updating article %s: %w", arts[i].ID, err)
			}
		}
	}
	if err := s.Store.ReplaceStories(ctx, stories); err != nil {
		return fmt.Errorf("storing stories: %w", err)
	}
	return nil
}

// CheckPrefix starts the id of every check that story regrouping adds to an
// article's accuracy score (story.CheckCorroboration, ...).
const CheckPrefix = "story."

// stripStoryChecks removes the checks a previous regrouping added, so that
// corroboration is recomputed from scratch, never counted twice.
func stripStoryChecks(a *truthlens.Article) {
	checks := a.Scores.Accuracy.Checks[:0:0]
	for _, c := range a.Scores.Accuracy.Checks {
		if !strings.HasPrefix(c.ID, CheckPrefix) {
			checks = append(checks, c)
		}
	}
	a.Scores.Accuracy.Checks = checks
	a.Scores.Recompute()
}
