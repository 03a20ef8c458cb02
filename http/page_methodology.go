package http

import (
	gohttp "net/http"
	"sync"

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

// methodologySample is a short fictional article that exercises the
// checks, so the methodology page lists exactly the checks, labels and
// weights that the running engine uses.
const methodologySample = `Fictional example: the council of Wrenfield voted on Tuesday to close the old quarry road for repairs, according to minutes published by the council.

"We have no choice but to act now," said Councillor Mira Okafor, who chairs the roads committee. Critics called the decision a shocking disaster that will devastate local traders.

The closure will last six weeks and cost 120,000 pounds, the council said. Some say the road was never safe. Residents can comment until 3 May.`

var (
	sampleOnce   sync.Once
	sampleChecks []CheckDoc
)

// engineChecks returns the checks of the current engine, in metric order.
func engineChecks() []CheckDoc {
	sampleOnce.Do(func() {
		doc := truthlens.Document{Title: "Fictional example: Wrenfield closes quarry road", Site: "Example",
			Language: "en", Text: methodologySample, Published: "2026-01-06"}
		a := analyze.Analyze(doc)
		for _, m := range metricsOf(&a.Scores) {
			for _, c := range m.Score.Checks {
				sampleChecks = append(sampleChecks, CheckDoc{Metric: m.Name, ID: c.ID, Label: c.Label, Weight: c.Weight})
			}
		}
	})
	return sampleChecks
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
