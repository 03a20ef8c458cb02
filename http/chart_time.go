package http

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// The outlet page's scores-over-time chart: each article is one column of
// four markers (overall, objectivity, accuracy, transparency) and each
// score's daily average is a line. An article is one focusable link whose
// details (title, date, the four values) show in a band above the plot on
// hover or focus, so they never hide behind later points; its <title> and
// the data table under the chart carry the same without CSS or script.

// timeSeriesDef is one score drawn on the outlet chart, in legend order.
type timeSeriesDef struct {
	ID, Name string
	Shape    string
	// Where its value sits in the details box (two rows of two).
	TipDX, TipDY float64
}

var timeSeriesDefs = []timeSeriesDef{
	{"overall", "Overall", "circle", 16, 62},
	{"objectivity", "Objectivity", "square", 172, 62},
	{"accuracy", "Accuracy", "diamond", 16, 82},
	{"transparency", "Transparency", "triangle", 172, 82},
}

func seriesValue(a *truthlens.ArticleSummary, id string) float64 {
	switch id {
	case "objectivity":
		return a.Objectivity
	case "accuracy":
		return a.Accuracy
	case "transparency":
		return a.Transparency
	}
	return a.Overall
}

// timeSeries is one line of the chart and its legend entry.
type timeSeries struct {
	ID, Name string
	Main     bool   // the overall score, drawn emphasised
	Line     string // polyline of the daily averages; "" with fewer than two days
	Swatch   string // the legend's marker, centred at (14, 7)
}

// timeValue is one score of one article.
type timeValue struct {
	Series, Name string
	Main         bool
	Value        float64
	Text         string
	Y            float64
	Mark         string  // the marker on the plot
	TipMark      string  // the marker in the details box
	TipTextX     float64 // the value's text in the details box
	TipTextY     float64
}

// timePoint is one article on the chart.
type timePoint struct {
	ID, Title, Date string
	X               float64
	Values          []timeValue // legend order
	Marks           []timeValue // drawing order: overall last, on top
	Label           string      // the link's accessible name and <title>
	HitX, HitW      float64     // the hover column
	// The details box shown on hover/focus.
	TipX, TipY, TipHeadY, TipDateY float64
	TipTitle                       string
	GuideY1                        float64
}

// The details box: narrow enough to fit a phone's screen.
const timeTipW, timeTipH = 340.0, 92.0

type timeTick struct {
	X      float64
	Label  string
	Anchor string // text-anchor: "" is middle
}

// timeChart is the outlet page's scores-over-time chart.
type timeChart struct {
	W, H        float64
	Left, Right float64
	Top, Bottom float64
	PlotH       float64
	TipW, TipH  float64
	HintX       float64
	Grid        []gridLine
	Ticks       []timeTick
	Series      []timeSeries
	Points      []timePoint // oldest first
	Undated     int
}

// markPath is an SVG path of a marker of shape centred at (x, y): the
// shapes tell the series apart without colour.
func markPath(shape string, x, y float64, main bool) string {
	f := func(v float64) string { return fmt.Sprintf("%.1f", v) }
	switch shape {
	case "square":
		return "M" + f(x-4) + " " + f(y-4) + "h8v8h-8z"
	case "diamond":
		return "M" + f(x) + " " + f(y-5.5) + "l5.5 5.5-5.5 5.5-5.5-5.5z"
	case "triangle":
		return "M" + f(x) + " " + f(y-5.5) + "l5.5 9.5h-11z"
	}
	r := 4.5
	if main {
		r = 6
	}
	return fmt.Sprintf("M%s %sa%g %g 0 1 0 %g 0a%g %g 0 1 0 %g 0z", f(x-r), f(y), r, r, 2*r, r, r, -2*r)
}

func newTimeChart(rows []truthlens.ArticleSummary) timeChart {
	c := timeChart{W: 1000, H: 368, Left: 44, Right: 980, Top: 114, Bottom: 334, TipW: timeTipW, TipH: timeTipH}
	c.PlotH = c.Bottom - c.Top
	c.HintX = round1((c.Left + c.Right) / 2)
	y := func(v float64) float64 { return round1(c.Bottom - (c.Bottom-c.Top)*math.Max(0, math.Min(10, v))/10) }
	for v := 0; v <= 10; v += 2 {
		c.Grid = append(c.Grid, gridLine{Y: y(float64(v)), Label: fmt.Sprint(v)})
	}
	for _, d := range timeSeriesDefs {
		c.Series = append(c.Series, timeSeries{ID: d.ID, Name: d.Name, Main: d.ID == "overall",
			Swatch: markPath(d.Shape, 14, 7, false)})
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
	const pad = 24.0
	x := func(t time.Time) float64 {
		if span <= 0 {
			return round1((c.Left + c.Right) / 2)
		}
		return round1(c.Left + pad + (c.Right-c.Left-2*pad)*float64(t.Sub(t0))/float64(span))
	}
	for i := range ds {
		c.Points = append(c.Points, c.point(&ds[i].a, ds[i].t, x(ds[i].t), y))
	}
	c.hitColumns()
	c.dailyLines(func(i int) time.Time { return ds[i].t }, x, y)
	c.Ticks = timeTicks(t0, t1, x)
	return c
}

// point lays out the markers and details box of article a at x.
func (c *timeChart) point(a *truthlens.ArticleSummary, t time.Time, x float64, y func(float64) float64) timePoint {
	p := timePoint{ID: a.ID, Title: a.Title, Date: t.Format("2 Jan 2006"), X: x}
	if p.Title == "" {
		p.Title = "(untitled article)"
	}
	p.TipTitle = shorten(p.Title, 38)
	p.TipX = round1(math.Max(c.Left, math.Min(c.Right-timeTipW, x-timeTipW/2)))
	p.TipY = 6
	p.TipHeadY, p.TipDateY = p.TipY+22, p.TipY+40
	p.GuideY1 = p.TipY + timeTipH
	var parts []string
	for _, d := range timeSeriesDefs {
		v := seriesValue(a, d.ID)
		main := d.ID == "overall"
		tv := timeValue{Series: d.ID, Name: d.Name, Main: main, Value: v, Text: formatScore(v), Y: y(v)}
		tv.Mark = markPath(d.Shape, x, tv.Y, main)
		tv.TipMark = markPath(d.Shape, p.TipX+d.TipDX, p.TipY+d.TipDY-4.5, false)
		tv.TipTextX, tv.TipTextY = round1(p.TipX+d.TipDX+10), p.TipY+d.TipDY
		p.Values = append(p.Values, tv)
		parts = append(parts, strings.ToLower(d.Name)+" "+tv.Text)
	}
	p.Marks = append(append([]timeValue{}, p.Values[1:]...), p.Values[0])
	p.Label = fmt.Sprintf("%s, %s: %s", p.Date, p.Title, strings.Join(parts, ", "))
	return p
}

// hitColumns gives each point the part of the plot nearer to it than to
// its neighbours (at most 12 units each side) as its hover area.
func (c *timeChart) hitColumns() {
	const reach = 12.0
	for i := range c.Points {
		p := &c.Points[i]
		lo, hi := p.X-reach, p.X+reach
		if i > 0 {
			lo = math.Max(lo, (c.Points[i-1].X+p.X)/2)
		}
		if i+1 < len(c.Points) {
			hi = math.Min(hi, (p.X+c.Points[i+1].X)/2)
		}
		p.HitX, p.HitW = round1(lo), round1(math.Max(0, hi-lo))
	}
}

// dailyLines draws each series' line through its daily averages (UTC
// days), each placed at the mean time of that day's articles.
func (c *timeChart) dailyLines(at func(i int) time.Time, x func(time.Time) float64, y func(float64) float64) {
	type day struct {
		key   time.Time
		n     int
		unixS float64
		sum   []float64
	}
	var days []day
	for i, p := range c.Points {
		t := at(i)
		key := t.Truncate(24 * time.Hour)
		if k := len(days); k == 0 || !days[k-1].key.Equal(key) {
			days = append(days, day{key: key, sum: make([]float64, len(p.Values))})
		}
		d := &days[len(days)-1]
		d.n++
		d.unixS += float64(t.Unix())
		for j, v := range p.Values {
			d.sum[j] += v.Value
		}
	}
	if len(days) < 2 {
		return
	}
	for j := range c.Series {
		pts := make([]string, 0, len(days))
		for _, d := range days {
			px := x(time.Unix(int64(d.unixS/float64(d.n)), 0))
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", px, y(d.sum[j]/float64(d.n))))
		}
		c.Series[j].Line = strings.Join(pts, " ")
	}
}

// timeTicks labels the time axis with up to five evenly spaced dates,
// never the same date twice.
func timeTicks(t0, t1 time.Time, x func(time.Time) float64) []timeTick {
	ticks := []timeTick{{X: x(t0), Label: t0.Format("2 Jan 2006")}}
	span := t1.Sub(t0)
	if span <= 0 {
		return ticks
	}
	const n = 4
	for k := 1; k <= n; k++ {
		t := t0.Add(span * time.Duration(k) / n)
		if k == n {
			t = t1
		}
		label := t.Format("2 Jan 2006")
		if label != ticks[len(ticks)-1].Label {
			ticks = append(ticks, timeTick{X: x(t), Label: label})
		}
	}
	// The last date ends at its point, so a large label is not cut off.
	ticks[len(ticks)-1].Anchor = "end"
	ticks[len(ticks)-1].X += 8
	return ticks
}
