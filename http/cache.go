package http

import (
	"context"
	"strings"
	"sync"

	truthlens "github.com/truthlens/truthlens"
)

// articleRef is what a page needs to link to another article.
type articleRef struct {
	ID        string
	Title     string
	Source    string
	OutletID  string
	Published truthlens.Date
	Overall   float64
	Missing   bool
}

// refCache remembers article refs (titles and sources do not change once
// stored) so pages that link to
// many articles stay cheap under load.
type refCache struct {
	mu   sync.Mutex
	refs map[string]articleRef
}

const refCacheMax = 20000

func newRefCache() *refCache { return &refCache{refs: map[string]articleRef{}} }

// ref returns the ref of article id, loading it when needed. A missing
// article gives a ref with Missing set rather than an error.
func (s *Server) ref(ctx context.Context, id string) articleRef {
	c := s.refs
	c.mu.Lock()
	r, ok := c.refs[id]
	c.mu.Unlock()
	if ok {
		return r
	}
	a, err := s.cfg.Store.Article(ctx, id)
	if err != nil {
		if truthlens.ErrorCode(err) != truthlens.ENOTFOUND {
			s.log.Warn("load article ref", "id", id, "err", err)
		}
		return articleRef{ID: id, Title: id, Missing: true}
	}
	r = s.refOf(id, a)
	c.mu.Lock()
	if len(c.refs) >= refCacheMax {
		c.refs = map[string]articleRef{}
	}
	c.refs[id] = r
	c.mu.Unlock()
	return r
}

func (s *Server) refOf(id string, a *truthlens.Article) articleRef {
	title := a.Title
	if title == "" {
		title = a.Headline.Original
	}
	if title == "" {
		title = "(untitled article)"
	}
	name := truthlens.OutletName(a.Document)
	return articleRef{ID: id, Title: title, Source: name, OutletID: outletID(name),
		Published: a.Published, Overall: a.Scores.Overall}
}

// outletID returns the id of the outlet named name ("" for no name).
func outletID(name string) string {
	if strings.TrimSpace(name) == "" {
		return ""
	}
	return truthlens.OutletID(name)
}
