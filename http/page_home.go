package http

import (
	gohttp "net/http"
	"net/url"
	"strconv"

	truthlens "github.com/truthlens/truthlens"
)

const homePageSize = 20

type articleRow struct {
	truthlens.ArticleSummary
	OutletID string
	Class    string
}

type storyRow struct {
	truthlens.Story
	Outlets []string
}

type homePage struct {
	basePage
	Q, Source  string
	Outlets    []truthlens.Outlet
	Articles   []articleRow
	Total      int
	From, To   int
	Prev, Next string
	Stories    []storyRow
	StoryTotal int
	Searching  bool
}

func (s *Server) handleHome(w gohttp.ResponseWriter, r *gohttp.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	p := &homePage{basePage: s.base(r, "Latest coverage"), Q: q.Get("q"), Source: q.Get("source")}
	p.Query = p.Q
	p.Nav = "home"
	offset, _ := strconv.Atoi(q.Get("offset"))
	if offset < 0 {
		offset = 0
	}
	var err error
	if p.Outlets, err = s.cfg.Store.Outlets(ctx); err != nil {
		s.pageError(w, r, err)
		return
	}
	rows, total, err := s.cfg.Store.Articles(ctx, truthlens.ArticleFilter{
		Limit: homePageSize, Offset: offset, Source: p.Source, Query: p.Q})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Total = total
	p.Searching = p.Q != "" || p.Source != ""
	for _, a := range rows {
		p.Articles = append(p.Articles, articleRow{a, outletID(a.Source), scoreClass(a.Overall)})
	}
	if len(rows) > 0 {
		p.From, p.To = offset+1, offset+len(rows)
	}
	link := func(off int) string {
		v := url.Values{}
		if p.Q != "" {
			v.Set("q", p.Q)
		}
		if p.Source != "" {
			v.Set("source", p.Source)
		}
		if off > 0 {
			v.Set("offset", strconv.Itoa(off))
		}
		if len(v) == 0 {
			return "/"
		}
		return "/?" + v.Encode()
	}
	if offset > 0 {
		p.Prev = link(max(0, offset-homePageSize))
	}
	if offset+len(rows) < total {
		p.Next = link(offset + homePageSize)
	}
	if !p.Searching && offset == 0 {
		stories, n, err := s.cfg.Store.Stories(ctx, 6, 0)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		p.StoryTotal = n
		for _, st := range stories {
			p.Stories = append(p.Stories, s.storyRow(r, st))
		}
	}
	if p.Searching {
		p.Title = "Search"
	}
	s.render(w, r, gohttp.StatusOK, "home", p)
}

// storyRow is a story with the names of its first outlets.
func (s *Server) storyRow(r *gohttp.Request, st truthlens.Story) storyRow {
	row := storyRow{Story: st}
	seen := map[string]bool{}
	for _, id := range st.Articles {
		if len(row.Outlets) == 5 {
			break // the rest need not be loaded
		}
		ref := s.ref(r.Context(), id)
		if ref.Source != "" && !seen[ref.Source] {
			seen[ref.Source] = true
			row.Outlets = append(row.Outlets, ref.Source)
		}
	}
	return row
}
