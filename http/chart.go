package http

import (
	"fmt"
	"math"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// The charts are computed here and drawn as inline SVG by the templates:
// no script is needed to see them, and every point is focusable.

type gridLine struct {
	Y     float64
	Label string
}

// checkRow is one check of a metric as shown in the chart tooltip and the
// score breakdown.
type checkRow struct {
	Key       string // highlight key: metric.check
	ID        string
	Label     string
	Weight    float64
	Value     float64
	Applied   bool
	Note      string
	Evidence  int
	BarWidth  float64 // 0..100 for the value bar
	Class     string  // good, fair, poor
	ValueText string
}

type chartPoint struct {
	ID, Name string
	Value    float64
	X, Y     float64
	Class    string
	Checks   []checkRow
	Label    string // aria label
}

// metricChart is the per-metric chart of the article page.
type metricChart struct {
	W, H        float64
	Left, Right float64
	Top, Bottom float64
	Grid        []gridLine
	Points      []chartPoint
	Line        string
	Avg         float64
	AvgY        float64
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

func checkRows(metricID string, sc *truthlens.Score) []checkRow {
	rows := make([]checkRow, 0, len(sc.Checks))
	for _, c := range sc.Checks {
		v := math.Max(0, math.Min(1, c.Value))
		rows = append(rows, checkRow{
			Key: metricID + "." + c.ID, ID: c.ID, Label: c.Label, Weight: c.Weight, Value: c.Value,
			Applied: c.Weight > 0, Note: c.Note, Evidence: len(c.Evidence),
			BarWidth: round1(100 * v), ValueText: fmt.Sprintf("%.0f%%", 100*v), Class: scoreClass(10 * v),
		})
	}
	return rows
}

func newMetricChart(s *truthlens.Scores) metricChart {
	c := metricChart{W: 540, H: 250, Left: 44, Right: 462, Top: 24, Bottom: 200}
	y := func(v float64) float64 { return round1(c.Bottom - (c.Bottom-c.Top)*math.Max(0, math.Min(10, v))/10) }
	for v := 0; v <= 10; v += 2 {
		c.Grid = append(c.Grid, gridLine{Y: y(float64(v)), Label: fmt.Sprint(v)})
	}
	ms := metricsOf(s)
	step := (c.Right - c.Left) / float64(len(ms))
	var pts []string
	for i, m := range ms {
		p := chartPoint{ID: m.ID, Name: m.Name, Value: m.Score.Value,
			X: round1(c.Left + step*(float64(i)+0.5)), Y: y(m.Score.Value),
			Class: scoreClass(m.Score.Value), Checks: checkRows(m.ID, m.Score)}
		applied := 0
		for _, r := range p.Checks {
			if r.Applied {
				applied++
			}
		}
		p.Label = fmt.Sprintf("%s %.1f out of 10, from %d %s", m.Name, m.Score.Value, applied, pluralize(applied, "check", "checks"))
		c.Points = append(c.Points, p)
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", p.X, p.Y))
	}
	c.Line = strings.Join(pts, " ")
	c.Avg = s.Overall
	c.AvgY = y(s.Overall)
	return c
}

func pluralize(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// shorten cuts s to at most n runes, at a word when it can.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
