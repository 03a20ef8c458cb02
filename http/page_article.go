package http

import (
	"html/template"
	gohttp "net/http"
	"sort"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// articlePage is the data of the article page.
type articlePage struct {
	basePage
	ID       string
	A        *truthlens.Article
	OutletID string
	Chart    metricChart
	Paras    []para
	Prose    template.HTML // built by proseHTML from escaped runs
	Selected string
	// SelectedLabel names the highlighted evidence, when one is selected.
	SelectedLabel string
	SelectedCount int
	Metrics       []metricView
	Sections      []sectionView
	Quotes        []truthlens.Quote
	Claims        []truthlens.Claim
	Techniques    []techniqueGroup
	Story         *storyLink
	HeadlineWords []truthlens.Span // the headline's evidence, each wording once
	Words         int
	// ModelSections counts the sections a language model wrote.
	ModelSections int
}

type metricView struct {
	ID, Name string
	Value    float64
	Class    string
	Checks   []checkRow
}

type sectionView struct {
	truthlens.Section
	Key      string
	Evidence int
	// Model names the language model that wrote Body ("" for rule text).
	Model string
}

// sectionModel returns the model of an "llm:MODEL" generator, or "".
func sectionModel(generator string) string {
	m, ok := strings.CutPrefix(generator, "llm:")
	if !ok {
		return ""
	}
	if m = strings.TrimSpace(m); m == "" {
		return "an unnamed model"
	}
	return m
}

type techniqueGroup struct {
	Technique string
	Key       string
	Items     []truthlens.Technique
}

// storyLink places the article in its story.
type storyLink struct {
	ID       string
	Title    string
	Role     string // origin, copy, independent
	CopyOf   *articleRef
	Others   []articleRef
	Sources  int
	Articles int
}

func (s *Server) handleArticlePage(w gohttp.ResponseWriter, r *gohttp.Request) {
	ctx := r.Context()
	id := r.PathValue("id")
	a, err := s.cfg.Store.Article(ctx, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	title := a.Title
	if title == "" {
		title = a.Headline.Original
	}
	if title == "" {
		title = "Untitled article"
	}
	p := &articlePage{basePage: s.base(r, title), ID: id, A: a, OutletID: outletID(truthlens.OutletName(a.Document))}
	p.Chart = newMetricChart(&a.Scores)
	seen := map[string]bool{}
	for _, e := range a.Headline.Evidence {
		if k := strings.ToLower(e.Text); !seen[k] {
			seen[k] = true
			p.HeadlineWords = append(p.HeadlineWords, e)
		}
	}
	for _, m := range metricsOf(&a.Scores) {
		p.Metrics = append(p.Metrics, metricView{m.ID, m.Name, m.Score.Value, scoreClass(m.Score.Value), checkRows(m.ID, m.Score)})
	}
	labels := map[string]string{"quotes": "Quotes", "claims": "Claims", "techniques": "Persuasion techniques"}
	for _, m := range p.Metrics {
		for _, c := range m.Checks {
			labels[c.Key] = m.Name + ": " + c.Label
		}
	}
	for _, sec := range a.Sections {
		key := "section." + sec.ID
		labels[key] = "Analysis: " + sec.Title
		sv := sectionView{Section: sec, Key: key, Evidence: len(sec.Evidence), Model: sectionModel(sec.Generator)}
		p.Sections = append(p.Sections, sv)
		if sv.Model != "" {
			p.ModelSections++
		}
	}
	sel := r.URL.Query().Get("check")
	if _, ok := labels[sel]; ok {
		p.Selected, p.SelectedLabel = sel, labels[sel]
	}
	spans := evidenceSpans(a)
	for _, sp := range spans {
		if sp.key == p.Selected {
			p.SelectedCount++
		}
	}
	p.Paras = segmentText(a.Text, spans, p.Selected)
	p.Prose = proseHTML(p.Paras)
	p.Quotes, p.Claims = a.Quotes, a.Claims
	p.Techniques = groupTechniques(a.Techniques)
	p.Words = countWords(a.Text)
	if a.Story != nil && *a.Story != "" {
		p.Story = s.storyLinkFor(r, id, *a.Story)
	}
	s.render(w, r, gohttp.StatusOK, "article", p)
}

func groupTechniques(ts []truthlens.Technique) []techniqueGroup {
	idx := map[string]int{}
	var out []techniqueGroup
	for _, t := range ts {
		i, ok := idx[t.Technique]
		if !ok {
			i = len(out)
			idx[t.Technique] = i
			out = append(out, techniqueGroup{Technique: t.Technique, Key: "techniques"})
		}
		out[i].Items = append(out[i].Items, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Items) > len(out[j].Items) })
	return out
}

func countWords(s string) int {
	n, in := 0, false
	for _, c := range s {
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// storyLinkFor loads the article's story; a story that cannot be loaded
// is left out of the page rather than failing it.
func (s *Server) storyLinkFor(r *gohttp.Request, id, storyID string) *storyLink {
	st, err := s.cfg.Store.Story(r.Context(), storyID)
	if err != nil {
		if truthlens.ErrorCode(err) != truthlens.ENOTFOUND {
			s.log.Warn("load story", "story", storyID, "err", err)
		}
		return nil
	}
	l := &storyLink{ID: st.ID, Title: st.Title, Role: "independent", Sources: st.IndependentSources, Articles: len(st.Articles)}
	if st.Origin == id {
		l.Role = "origin"
	}
	for _, c := range st.Copies {
		if c.ID == id {
			l.Role = "copy"
			ref := s.ref(r.Context(), c.Of)
			l.CopyOf = &ref
		}
	}
	for _, aid := range st.Articles {
		if aid == id || len(l.Others) >= 8 {
			continue
		}
		l.Others = append(l.Others, s.ref(r.Context(), aid))
	}
	return l
}
