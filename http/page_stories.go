package http

import (
	gohttp "net/http"
	"strconv"
)

const storiesPageSize = 24

type storiesPage struct {
	basePage
	Stories    []storyRow
	Total      int
	From, To   int
	Prev, Next string
}

// handleStoriesPage lists every story, newest first.
func (s *Server) handleStoriesPage(w gohttp.ResponseWriter, r *gohttp.Request) {
	ctx := r.Context()
	offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	offset = max(0, offset)
	stories, total, err := s.cfg.Store.Stories(ctx, storiesPageSize, offset)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &storiesPage{basePage: s.base(r, "Stories"), Total: total}
	p.Nav = "stories"
	for _, st := range stories {
		p.Stories = append(p.Stories, s.storyRow(r, st))
	}
	if len(stories) > 0 {
		p.From, p.To = offset+1, offset+len(stories)
	}
	if offset > 0 {
		p.Prev = "/stories?offset=" + strconv.Itoa(max(0, offset-storiesPageSize))
	}
	if offset+len(stories) < total {
		p.Next = "/stories?offset=" + strconv.Itoa(offset+storiesPageSize)
	}
	s.render(w, r, gohttp.StatusOK, "stories", p)
}
