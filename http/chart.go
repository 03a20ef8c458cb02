package http

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

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

// timePoint is one article on the outlet chart.
type timePoint struct {
	ID, Title string
	Date      string
	Value     float64
	X, Y      float64
	Class     string
	Label     string
	// The details box shown on hover/focus (drawn in the SVG).
	TipX, TipY float64
	TipTitle   string
}

const timeTipW, timeTipH = 300.0, 58.0

type timeTick struct {
	X     float64
	Label string
}

// timeChart is the outlet page's scores-over-time chart: each article's
// overall score as a point and the daily average as a line.
type timeChart struct {
	W, H        float64
	Left, Right float64
	Top, Bottom float64
	Grid        []gridLine
	Ticks       []timeTick
	Points      []timePoint
	Line        string
	Undated     int
}

func newTimeChart(rows []truthlens.ArticleSummary) timeChart {
	c := timeChart{W: 1000, H: 280, Left: 44, Right: 980, Top: 16, Bottom: 240}
	y := func(v float64) float64 { return round1(c.Bottom - (c.Bottom-c.Top)*math.Max(0, math.Min(10, v))/10) }
	for v := 0; v <= 10; v += 2 {
		c.Grid = append(c.Grid, gridLine{Y: y(float64(v)), Label: fmt.Sprint(v)})
	}
	type dated struct {
		t time.Time
		a truthlens.ArticleSummary
	}
	var ds []dated
	for _, a := range rows {
		t, ok := parseDate(a.Published)
		if !ok {
			if a.Created.IsZero() {
				c.Undated++
				continue
			}
			t = a.Created
		}
		ds = append(ds, dated{t.UTC(), a})
	}
	if len(ds) == 0 {
		return c
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].t.Before(ds[j].t) })
	t0, t1 := ds[0].t, ds[len(ds)-1].t
	span := t1.Sub(t0)
	pad := 24.0
	x := func(t time.Time) float64 {
		if span <= 0 {
			return round1((c.Left + c.Right) / 2)
		}
		return round1(c.Left + pad + (c.Right-c.Left-2*pad)*float64(t.Sub(t0))/float64(span))
	}
	type day struct {
		sum   float64
		n     int
		t     time.Time
		unixS float64 // sum of the articles' times, for the mean
	}
	var days []day
	for _, d := range ds {
		p := timePoint{ID: d.a.ID, Title: d.a.Title, Date: d.t.Format("2 Jan 2006"), Value: d.a.Overall,
			X: x(d.t), Y: y(d.a.Overall), Class: scoreClass(d.a.Overall)}
		p.Label = fmt.Sprintf("%s, %s: overall %.1f", p.Date, p.Title, p.Value)
		p.TipTitle = shorten(p.Title, 44)
		p.TipX = round1(math.Max(c.Left, math.Min(c.Right-timeTipW, p.X-timeTipW/2)))
		p.TipY = round1(p.Y - timeTipH - 14)
		if p.TipY < 0 {
			p.TipY = round1(p.Y + 14)
		}
		c.Points = append(c.Points, p)
		key := d.t.Truncate(24 * time.Hour)
		if k := len(days); k > 0 && days[k-1].t.Equal(key) {
			days[k-1].sum += d.a.Overall
			days[k-1].n++
			days[k-1].unixS += float64(d.t.Unix())
		} else {
			days = append(days, day{d.a.Overall, 1, key, float64(d.t.Unix())})
		}
	}
	var pts []string
	for _, d := range days {
		px := x(time.Unix(int64(d.unixS/float64(d.n)), 0))
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", px, y(d.sum/float64(d.n))))
	}
	if len(pts) > 1 {
		c.Line = strings.Join(pts, " ")
	}
	c.Ticks = append(c.Ticks, timeTick{x(t0), t0.Format("2 Jan 2006")})
	if span > 0 {
		c.Ticks = append(c.Ticks, timeTick{x(t1), t1.Format("2 Jan 2006")})
	}
	return c
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
