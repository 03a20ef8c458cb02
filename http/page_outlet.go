package http

import (
	gohttp "net/http"

	truthlens "github.com/truthlens/truthlens"
)

type outletPage struct {
	basePage
	O        *truthlens.Outlet
	Metrics  []metricView
	Articles []articleRow
	Total    int
	Chart    timeChart
}

func (s *Server) handleOutletPage(w gohttp.ResponseWriter, r *gohttp.Request) {
	ctx := r.Context()
	o, err := s.cfg.Store.Outlet(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	rows, total, err := s.cfg.Store.Articles(ctx, truthlens.ArticleFilter{Limit: 200, Source: o.ID})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &outletPage{basePage: s.base(r, o.Name), O: o, Total: total}
	p.Nav = "outlets"
	for _, m := range []struct {
		id, name string
		v        float64
	}{{"overall", "Overall", o.Overall}, {"objectivity", "Objectivity", o.Objectivity},
		{"accuracy", "Accuracy", o.Accuracy}, {"transparency", "Transparency", o.Transparency}} {
		p.Metrics = append(p.Metrics, metricView{ID: m.id, Name: m.name, Value: m.v, Class: scoreClass(m.v)})
	}
	for _, a := range rows {
		p.Articles = append(p.Articles, articleRow{a, o.ID, scoreClass(a.Overall)})
	}
	p.Chart = newTimeChart(rows)
	s.render(w, r, gohttp.StatusOK, "outlet", p)
}
