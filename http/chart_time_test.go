package http

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	truthlens "github.com/truthlens/truthlens"
)

func summary(id, published string, created time.Time, overall, obj, acc, tr float64) truthlens.ArticleSummary {
	return truthlens.ArticleSummary{ID: id, Title: "Title " + id, Published: truthlens.Date(published), Created: created,
		Overall: overall, Objectivity: obj, Accuracy: acc, Transparency: tr}
}

func TestTimeChartFourSeries(t *testing.T) {
	created := time.Date(2026, 3, 5, 9, 0, 0, 0, time.UTC)
	rows := []truthlens.ArticleSummary{ // newest first, as the store lists them
		summary("d", "", created, 5, 4, 6, 5),                          // no date: its stored time
		summary("c", "2026-03-03T18:00:00Z", time.Time{}, 8, 9, 7, 8),  // day 3
		summary("b", "2026-03-01T16:00:00Z", time.Time{}, 4, 2, 6, 4),  // day 1, later
		summary("a", "2026-03-01T08:00:00Z", time.Time{}, 6, 10, 0, 8), // day 1
		summary("u", "", time.Time{}, 9, 9, 9, 9),                      // never shown
	}
	c := newTimeChart(rows)
	if c.Undated != 1 {
		t.Errorf("Undated = %d, want 1", c.Undated)
	}
	var ids []string
	for _, p := range c.Points {
		ids = append(ids, p.ID)
	}
	if diff := cmp.Diff([]string{"a", "b", "c", "d"}, ids); diff != "" {
		t.Fatalf("points, oldest first (-want +got):\n%s", diff)
	}
	var names []string
	for _, s := range c.Series {
		names = append(names, s.ID)
		if s.Main != (s.ID == "overall") {
			t.Errorf("series %s: Main = %v", s.ID, s.Main)
		}
		if s.Swatch == "" {
			t.Errorf("series %s has no legend marker", s.ID)
		}
	}
	if diff := cmp.Diff([]string{"overall", "objectivity", "accuracy", "transparency"}, names); diff != "" {
		t.Errorf("series (-want +got):\n%s", diff)
	}

	a := c.Points[0]
	var vals []float64
	for _, v := range a.Values {
		vals = append(vals, v.Value)
	}
	if diff := cmp.Diff([]float64{6, 10, 0, 8}, vals); diff != "" {
		t.Errorf("article a's values overall, objectivity, accuracy, transparency (-want +got):\n%s", diff)
	}
	// 10 is the top of the plot and 0 its bottom.
	if a.Values[1].Y != c.Top || a.Values[2].Y != c.Bottom {
		t.Errorf("objectivity 10 at y %v (want %v), accuracy 0 at y %v (want %v)", a.Values[1].Y, c.Top, a.Values[2].Y, c.Bottom)
	}
	if last := a.Marks[len(a.Marks)-1]; last.Series != "overall" || len(a.Marks) != 4 {
		t.Errorf("overall must be drawn last, on top: %+v", a.Marks)
	}
	for _, want := range []string{"1 Mar 2026", "Title a", "overall 6.0", "objectivity 10.0", "accuracy 0.0", "transparency 8.0"} {
		if !strings.Contains(a.Label, want) {
			t.Errorf("label %q lacks %q", a.Label, want)
		}
	}

	// Lines: daily averages over three days; day 1 averages a and b.
	for _, s := range c.Series {
		if n := len(strings.Fields(s.Line)); n != 3 {
			t.Errorf("series %s line has %d points, want 3: %q", s.ID, n, s.Line)
		}
	}
	y := func(v float64) float64 { return round1(c.Bottom - (c.Bottom-c.Top)*v/10) }
	first := strings.Fields(c.Series[1].Line)[0] // objectivity on day 1: (10+2)/2
	if want := y(6); !strings.HasSuffix(first, fmt.Sprintf(",%.1f", want)) {
		t.Errorf("objectivity day-1 average at %q, want y %v", first, want)
	}
	// Nothing is left outside the chart; hover columns do not overlap.
	for i, p := range c.Points {
		if p.TipX < c.Left || p.TipX+c.TipW > c.Right || p.TipY < 0 || p.TipY+c.TipH > c.Top {
			t.Errorf("point %s: details box at %v,%v leaves the band above the plot", p.ID, p.TipX, p.TipY)
		}
		if p.HitX > p.X || p.HitX+p.HitW < p.X || p.HitW <= 0 {
			t.Errorf("point %s at %v: hover column %v+%v", p.ID, p.X, p.HitX, p.HitW)
		}
		if i > 0 && c.Points[i-1].HitX+c.Points[i-1].HitW > p.HitX+0.05 {
			t.Errorf("hover columns of %s and %s overlap", c.Points[i-1].ID, p.ID)
		}
		for _, v := range p.Values {
			if v.TipTextX < p.TipX || v.TipTextX > p.TipX+c.TipW-140 || v.TipTextY < p.TipY+20 || v.TipTextY > p.TipY+c.TipH-6 {
				t.Errorf("point %s: %s value text at %v is not inside its box", p.ID, v.Series, v.TipTextX)
			}
		}
	}
	if c.Ticks[0].Label != "1 Mar 2026" || c.Ticks[len(c.Ticks)-1].Label != "5 Mar 2026" {
		t.Errorf("ticks %+v: want 1 Mar 2026 … 5 Mar 2026", c.Ticks)
	}
	if last := c.Ticks[len(c.Ticks)-1]; last.Anchor != "end" || last.X > c.Right {
		t.Errorf("last tick %+v: want it to end inside the plot", last)
	}
	seen := map[string]bool{}
	for _, tk := range c.Ticks {
		if seen[tk.Label] {
			t.Errorf("tick %q twice", tk.Label)
		}
		seen[tk.Label] = true
	}
}

func TestTimeChartOneDay(t *testing.T) {
	c := newTimeChart([]truthlens.ArticleSummary{summary("a", "2026-03-01", time.Time{}, 7, 6, 8, 7)})
	if len(c.Points) != 1 || len(c.Ticks) != 1 {
		t.Fatalf("%d points, %d ticks; want 1, 1", len(c.Points), len(c.Ticks))
	}
	for _, s := range c.Series {
		if s.Line != "" {
			t.Errorf("series %s: a line through one day: %q", s.ID, s.Line)
		}
	}
	if p := c.Points[0]; p.X != round1((c.Left+c.Right)/2) {
		t.Errorf("a lone point at x %v, want the middle", p.X)
	}
	if c := newTimeChart(nil); len(c.Points) != 0 || c.Undated != 0 {
		t.Errorf("no articles: %+v", c)
	}
}
