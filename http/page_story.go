package http

import (
	"fmt"
	gohttp "net/http"
	"sort"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

type storyArticle struct {
	articleRef
	Role   string // origin, copy, independent
	CopyOf *articleRef
	Sim    string
	X, Y   float64
	Class  string
	Label  string
}

type storyLane struct {
	Outlet   string
	OutletID string
	Y        float64
}

type copyLine struct {
	X1, Y1, X2, Y2 float64
}

type variantView struct {
	Words    []word
	Articles []articleRef
}

type quoteView struct {
	Speaker    string
	Consistent bool
	Variants   []variantView
}

type claimView struct {
	Text     string
	Origins  int
	Articles []articleRef
	Single   bool
}

type omissionView struct {
	Article articleRef
	Missing []string
}

type storyPage struct {
	basePage
	S         *truthlens.Story
	Articles  []storyArticle
	Lanes     []storyLane
	Copies    []copyLine
	Ticks     []timeTick
	W, H      float64
	Left      float64
	Right     float64
	Quotes    []quoteView
	Changed   int
	Claims    []claimView
	Omissions []omissionView
}

func (s *Server) handleStoryPage(w gohttp.ResponseWriter, r *gohttp.Request) {
	ctx := r.Context()
	st, err := s.cfg.Store.Story(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	title := st.Title
	if title == "" {
		title = "Story " + st.ID
	}
	p := &storyPage{basePage: s.base(r, title), S: st}
	refs := map[string]articleRef{}
	get := func(id string) articleRef {
		if ref, ok := refs[id]; ok {
			return ref
		}
		ref := s.ref(ctx, id)
		refs[id] = ref
		return ref
	}
	copyOf := map[string]truthlens.Copy{}
	for _, c := range st.Copies {
		copyOf[c.ID] = c
	}
	for _, id := range st.Articles {
		sa := storyArticle{articleRef: get(id), Role: "independent"}
		if id == st.Origin {
			sa.Role = "origin"
		}
		if c, ok := copyOf[id]; ok {
			sa.Role = "copy"
			ref := get(c.Of)
			sa.CopyOf = &ref
			sa.Sim = fmt.Sprintf("%.0f%%", 100*c.Similarity)
		}
		sa.Class = scoreClass(sa.Overall)
		p.Articles = append(p.Articles, sa)
	}
	s.layoutTimeline(p)
	for _, q := range st.Quotes {
		qv := quoteView{Speaker: q.Speaker, Consistent: q.Consistent}
		for i, v := range q.Variants {
			other := ""
			if len(q.Variants) > 1 {
				if i == 0 {
					other = q.Variants[1].Text
				} else {
					other = q.Variants[0].Text
				}
			}
			vv := variantView{Words: splitWords(v.Text)}
			if other != "" {
				vv.Words = diffWords(v.Text, other)
			}
			for _, id := range v.Articles {
				vv.Articles = append(vv.Articles, get(id))
			}
			qv.Variants = append(qv.Variants, vv)
		}
		if !q.Consistent {
			p.Changed++
		}
		p.Quotes = append(p.Quotes, qv)
	}
	// Changed quotes first: they are what a reader came to see.
	sort.SliceStable(p.Quotes, func(i, j int) bool { return !p.Quotes[i].Consistent && p.Quotes[j].Consistent })
	for _, c := range st.Claims {
		cv := claimView{Text: c.Text, Origins: c.Origins, Single: c.Origins <= 1}
		for _, id := range c.Articles {
			cv.Articles = append(cv.Articles, get(id))
		}
		p.Claims = append(p.Claims, cv)
	}
	sort.SliceStable(p.Claims, func(i, j int) bool { return p.Claims[i].Origins > p.Claims[j].Origins })
	for _, o := range st.Omissions {
		if len(o.Missing) == 0 {
			continue
		}
		p.Omissions = append(p.Omissions, omissionView{Article: get(o.Article), Missing: o.Missing})
	}
	s.render(w, r, gohttp.StatusOK, "story", p)
}

// layoutTimeline places each article on a lane per outlet, left to right
// by publish date (articles without a date keep their story order).
func (s *Server) layoutTimeline(p *storyPage) {
	p.W, p.Left, p.Right = 1060, 250, 1030
	laneIdx := map[string]int{}
	for _, a := range p.Articles {
		name := a.Source
		if name == "" {
			name = "Unknown outlet"
		}
		if _, ok := laneIdx[name]; !ok {
			laneIdx[name] = len(p.Lanes)
			p.Lanes = append(p.Lanes, storyLane{Outlet: name, OutletID: a.OutletID})
		}
	}
	const laneH, top = 40.0, 16.0
	for i := range p.Lanes {
		p.Lanes[i].Y = top + laneH*float64(i) + laneH/2
	}
	p.H = top + laneH*float64(len(p.Lanes)) + 34
	var t0, t1 time.Time
	known := 0
	for _, a := range p.Articles {
		if t, ok := parseDate(a.Published); ok {
			if known == 0 || t.Before(t0) {
				t0 = t
			}
			if known == 0 || t.After(t1) {
				t1 = t
			}
			known++
		}
	}
	pad := 16.0
	span := t1.Sub(t0)
	for i := range p.Articles {
		a := &p.Articles[i]
		name := a.Source
		if name == "" {
			name = "Unknown outlet"
		}
		a.Y = p.Lanes[laneIdx[name]].Y
		t, ok := parseDate(a.Published)
		switch {
		case ok && span > 0:
			a.X = round1(p.Left + pad + (p.Right-p.Left-2*pad)*float64(t.Sub(t0))/float64(span))
		case ok:
			a.X = round1((p.Left + p.Right) / 2)
		default:
			a.X = round1(p.Left + pad + (p.Right-p.Left-2*pad)*float64(i)/float64(max(1, len(p.Articles)-1)))
		}
		a.Label = fmt.Sprintf("%s, %s (%s): %s", a.Source, formatDate(a.Published), a.Role, a.Title)
	}
	pos := map[string]*storyArticle{}
	for i := range p.Articles {
		pos[p.Articles[i].ID] = &p.Articles[i]
	}
	for _, a := range p.Articles {
		if a.CopyOf != nil {
			if o, ok := pos[a.CopyOf.ID]; ok {
				p.Copies = append(p.Copies, copyLine{o.X, o.Y, a.X, a.Y})
			}
		}
	}
	if known > 0 {
		p.Ticks = append(p.Ticks, timeTick{X: round1(p.Left + pad), Label: t0.UTC().Format("2 Jan 15:04")})
		if span > 0 {
			p.Ticks = append(p.Ticks, timeTick{X: round1(p.Right - pad), Label: t1.UTC().Format("2 Jan 15:04")})
		}
	}
}
