package http

import (
	gohttp "net/http"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze"
)

// CheckDoc documents one check for the methodology page.
type CheckDoc struct {
	Metric     string
	ID         string
	Label      string
	Weight     float64
	Measures   string
	BlindSpots string
}

// engineChecks returns the checks of the current engine from the analyze
// package's catalogue (which also lists the checks the stories engine adds).
func engineChecks() []CheckDoc {
	var out []CheckDoc
	for _, c := range analyze.Catalogue() {
		d := CheckDoc{Metric: titleWord(c.Metric), ID: c.ID, Label: c.Label, Weight: c.Weight,
			Measures: c.Measures, BlindSpots: c.BlindSpots}
		if c.Stage == "story" {
			d.BlindSpots += " (Added when the article is compared with other outlets' coverage.)"
		}
		if c.Language {
			d.BlindSpots += " Relies on word lists for the article's language, which are fullest for English."
		}
		out = append(out, d)
	}
	return out
}

type methodologyPage struct {
	basePage
	Engine string
	Groups []checkGroup
}

type checkGroup struct {
	Metric string
	Checks []CheckDoc
}

func (s *Server) handleMethodology(w gohttp.ResponseWriter, r *gohttp.Request) {
	p := &methodologyPage{basePage: s.base(r, "Methodology"), Engine: truthlens.Engine}
	p.Nav = "methodology"
	docs := s.cfg.Checks
	if len(docs) == 0 {
		docs = engineChecks()
	}
	idx := map[string]int{}
	for _, d := range docs {
		i, ok := idx[d.Metric]
		if !ok {
			i = len(p.Groups)
			idx[d.Metric] = i
			p.Groups = append(p.Groups, checkGroup{Metric: d.Metric})
		}
		p.Groups[i].Checks = append(p.Groups[i].Checks, d)
	}
	s.render(w, r, gohttp.StatusOK, "methodology", p)
}
