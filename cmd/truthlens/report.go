package main

import (
	"context"
	"fmt"
	"html/template"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

// analyzeHTML writes one self-contained HTML report page for all inputs
// (no external assets; article content always escaped by html/template).
func analyzeHTML(ctx context.Context, e *env, cfg *inputConfig, l *loader, inputs []string) error {
	var entries []reportEntry
	failed := 0
	err := processOrdered(ctx, cfg.workers, func(emit func(item)) { expand(e, cfg, inputs, emit) },
		func(ctx context.Context, it item) (*truthlens.Article, error) {
			return l.article(ctx, it)
		},
		func(it item, a *truthlens.Article, err error) error {
			ent := reportEntry{Input: it.Input, ID: it.ID, Anchor: fmt.Sprintf("a%d", len(entries)+1)}
			if err != nil {
				failed++
				ent.Err = errText(err)
			} else {
				ent.A = a
				ent.Metrics = reportMetrics(a.Scores)
				ent.Paras = highlight(a)
				ent.Techniques = techniqueCounts(a.Techniques)
			}
			entries = append(entries, ent)
			return nil
		})
	if err != nil {
		return err
	}
	page := reportPage{Entries: entries, Engine: truthlens.Engine, Version: version()}
	for _, en := range entries {
		if en.Err != "" {
			page.Failed++
		}
	}
	if err := reportTmpl.Execute(e.stdout, page); err != nil {
		return err
	}
	if failed > 0 {
		return errInputs
	}
	return nil
}

// reportPage is what the report template renders.
type reportPage struct {
	Entries []reportEntry
	Failed  int
	Engine  string
	Version string
}

// reportEntry is one input of the report: an error or an article.
type reportEntry struct {
	Input, ID, Anchor string
	Err               string
	A                 *truthlens.Article
	Metrics           []reportMetric
	Paras             [][]segment
	Techniques        []namedCount
}

// reportMetric is one score with its checks, ready to draw.
type reportMetric struct {
	Name   string
	Blurb  string
	Score  truthlens.Score
	Colour string
}

type namedCount struct {
	Name  string
	Count int
}

func reportMetrics(s truthlens.Scores) []reportMetric {
	return []reportMetric{
		{"Objectivity", "neutral wording in the outlet's own words", s.Objectivity, colour(s.Objectivity.Value)},
		{"Accuracy", "claims sourced, specific and attributed", s.Accuracy, colour(s.Accuracy.Value)},
		{"Transparency", "byline, date, sources and provenance shown", s.Transparency, colour(s.Transparency.Value)},
	}
}

// colour is the fill for a 0-10 value: red, amber or green.
func colour(v float64) string {
	switch {
	case v < 4:
		return "#c0392b"
	case v < 7:
		return "#d68910"
	default:
		return "#1e8449"
	}
}

func techniqueCounts(ts []truthlens.Technique) []namedCount {
	m := map[string]int{}
	for _, t := range ts {
		m[t.Technique]++
	}
	out := make([]namedCount, 0, len(m))
	for k, v := range m {
		out = append(out, namedCount{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// segment is a run of article text with the marks that cover it.
type segment struct {
	Text  string
	Class string // "", "q" (quotation), "t" (technique), "q t"
	Title string // what the marks are (shown on hover)
}

// highlight cuts the article text into paragraphs of segments, marking
// quotations and technique spans. Offsets outside the text or inside a
// UTF-8 sequence are ignored, so a bad span can never break the page.
func highlight(a *truthlens.Article) [][]segment {
	text := a.Text
	n := len(text)
	inQuote := make([]bool, n+1)
	tech := make([]string, n+1)
	valid := func(s, e int) bool {
		return s >= 0 && e <= n && s < e && (s == n || utf8.RuneStart(text[s])) && (e == n || utf8.RuneStart(text[e]))
	}
	for _, q := range a.Quotes {
		if valid(q.Start, q.End) {
			for i := q.Start; i < q.End; i++ {
				inQuote[i] = true
			}
		}
	}
	for _, t := range a.Techniques {
		if valid(t.Start, t.End) {
			label := strings.ReplaceAll(t.Technique, "_", " ")
			for i := t.Start; i < t.End; i++ {
				if tech[i] == "" {
					tech[i] = label
				}
			}
		}
	}
	var paras [][]segment
	var cur []segment
	start := 0
	flush := func(end int) {
		if end <= start {
			return
		}
		s := segment{Text: text[start:end]}
		switch {
		case inQuote[start] && tech[start] != "":
			s.Class, s.Title = "q t", tech[start]+" (inside a quotation: the speaker's words)"
		case inQuote[start]:
			s.Class, s.Title = "q", "quotation"
		case tech[start] != "":
			s.Class, s.Title = "t", tech[start]
		}
		cur = append(cur, s)
	}
	for i := 0; i < n; i++ {
		if text[i] == '\n' {
			flush(i)
			j := i
			for j < n && (text[j] == '\n' || text[j] == '\r') {
				j++
			}
			if j-i >= 2 {
				if len(cur) > 0 {
					paras = append(paras, cur)
				}
				cur = nil
			} else {
				cur = append(cur, segment{Text: " "})
			}
			start, i = j, j-1
			continue
		}
		if i > start && (inQuote[i] != inQuote[i-1] || tech[i] != tech[i-1]) {
			flush(i)
			start = i
		}
	}
	flush(n)
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras
}

// gaugeArc is the SVG path of a circular gauge filled to v/10.
func gaugeArc(v float64) string {
	v = math.Max(0, math.Min(10, v))
	if v >= 9.999 {
		v = 9.999
	}
	const r, cx, cy = 42.0, 50.0, 50.0
	a := 2 * math.Pi * v / 10
	x, y := cx+r*math.Sin(a), cy-r*math.Cos(a)
	large := 0
	if v > 5 {
		large = 1
	}
	return fmt.Sprintf("M %.2f %.2f A %.0f %.0f 0 %d 1 %.2f %.2f", cx, cy-r, r, r, large, x, y)
}

// paras splits prose on blank lines.
func paras(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var reportTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"fmt1":   func(v float64) string { return fmt.Sprintf("%.1f", v) },
	"fmt2":   func(v float64) string { return fmt.Sprintf("%.2f", v) },
	"width":  func(v, max float64) string { return fmt.Sprintf("%.1f", 100*math.Max(0, math.Min(max, v))/max) },
	"colour": colour,
	"unit":   func(v float64) string { return colour(10 * v) },
	"arc":    gaugeArc,
	"paras":  paras,
	"human":  func(s string) string { return strings.ReplaceAll(s, "_", " ") },
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	},
}).Parse(reportHTML))
