package http_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestBrowserOutletChart: the outlet chart draws four visible lines with a
// legend; focusing a point (keyboard) shows its details box inside the
// chart, above the plot; the arrow keys move to the next point; the data
// table opens without script.
func TestBrowserOutletChart(t *testing.T) {
	b := newBrowser(t)
	e := newEnv(t, false)
	outlet, arts := seedOutlet(t, e, 14)
	b.run("outlet", chromedp.Navigate(e.srv.URL+"/outlets/"+outlet), chromedp.WaitVisible(chromedp.CSS(".tc-svg")))
	b.a11y("outlet")
	b.screenshot("outlet-four-scores")

	// Each line is drawn in its own colour, overall the thickest.
	styles := evalT[[]string](b, `Array.from(document.querySelectorAll(".tc-line")).map(l => { const s = getComputedStyle(l); return s.stroke + " " + s.strokeWidth })`)
	if len(styles) != 4 {
		t.Fatalf("%d lines, want 4: %v", len(styles), styles)
	}
	colours := map[string]bool{}
	for _, s := range styles {
		colours[s[:strings.LastIndexByte(s, ' ')]] = true
	}
	if len(colours) != 4 || !strings.HasSuffix(styles[0], " 3px") {
		t.Errorf("line styles %v: want four colours, overall 3px", styles)
	}
	if n := evalT[int](b, `document.querySelectorAll(".tc-legend li").length`); n != 4 {
		t.Errorf("%d legend entries, want 4", n)
	}

	b.run("focus first point", chromedp.Click(chromedp.CSS("h1")), chromedp.Focus(chromedp.CSS(".tc-pt")))
	tip := `(() => { const a = document.activeElement, t = a.querySelector(".tc-tip"); if (!t || getComputedStyle(t).display === "none") return "hidden";
	  const box = t.querySelector(".tc-tip-box").getBoundingClientRect(), svg = a.ownerSVGElement.getBoundingClientRect(), hit = a.querySelector(".tc-hit").getBoundingClientRect();
	  if (box.left < svg.left || box.right > svg.right || box.top < svg.top || box.bottom > hit.top) return "box outside the band above the plot";
	  return t.textContent })()`
	got := evalT[string](b, tip)
	a := arts[0]
	for _, want := range []string{"Overall", "Objectivity", "Accuracy", "Transparency", "2 Feb 2026", "Marrowby council"} {
		if !strings.Contains(got, want) {
			t.Errorf("details of the focused point = %q, lacks %q", got, want)
		}
	}
	if !strings.Contains(evalT[string](b, `document.activeElement.getAttribute("href")`), a.ID) {
		t.Error("the first point is not the oldest article")
	}
	if v := evalT[string](b, `getComputedStyle(document.querySelector(".tc-hint")).visibility`); v != "hidden" {
		t.Errorf("hint still shown under the details (visibility %s)", v)
	}
	b.run("next point", chromedp.KeyEvent(kb.ArrowRight))
	if href := evalT[string](b, `document.activeElement.getAttribute("href")`); !strings.HasSuffix(href, arts[1].ID) {
		t.Errorf("ArrowRight moved focus to %q, want the second article", href)
	}
	if got := evalT[string](b, tip); !strings.Contains(got, "3 Feb 2026") {
		t.Errorf("details after ArrowRight = %q", got)
	}
	if shot, err := chromedp.Run(b.ctx, chromedp.Screenshot(chromedp.CSS(".time-chart"))); err == nil {
		writeShot(t, b, "outlet-four-scores-focus", shot)
	}

	b.run("open the data table", chromedp.Click(chromedp.CSS(".tc-data summary")), chromedp.WaitVisible(chromedp.CSS(".tc-data table")))
	if n := evalT[int](b, `document.querySelectorAll(".tc-data tbody tr").length`); n != len(arts) {
		t.Errorf("data table has %d rows, want %d", n, len(arts))
	}
	b.clean("outlet chart")
}

// TestBrowserOutletChartPhone: on a phone the legend wraps and the chart
// scrolls sideways inside its box, drawn large enough to read, instead of
// shrinking to a sliver or widening the page.
func TestBrowserOutletChartPhone(t *testing.T) {
	b := newBrowser(t)
	e := newEnv(t, false)
	outlet, arts := seedOutlet(t, e, 8)
	b.run("outlet on a phone", chromedp.EmulateViewport(390, 844), chromedp.Navigate(e.srv.URL+"/outlets/"+outlet),
		chromedp.WaitVisible(chromedp.CSS(".tc-svg")))
	if w := evalT[float64](b, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("page is %v px wide on a 390 px screen", w)
	}
	if over := evalT[bool](b, `(() => { const f = document.querySelector(".time-chart").getBoundingClientRect();
	  return Array.from(document.querySelectorAll(".tc-legend li, .tc-scroll")).some(el => el.getBoundingClientRect().right > f.right + 0.5) })()`); over {
		t.Error("legend or chart runs off the chart's box")
	}
	if scale := evalT[float64](b, `document.querySelector(".tc-svg").getBoundingClientRect().width / 1000`); scale < 0.7 {
		t.Errorf("chart drawn at %.2f of its size: too small to read on a phone", scale)
	}
	// From the first point, ArrowLeft wraps round to the last one.
	b.run("focus the last point", chromedp.Click(chromedp.CSS("h1")), chromedp.Focus(chromedp.CSS(".tc-pt")), chromedp.KeyEvent(kb.ArrowLeft))
	if href := evalT[string](b, `document.activeElement.getAttribute("href")`); !strings.HasSuffix(href, arts[len(arts)-1].ID) {
		t.Errorf("ArrowLeft from the first point focused %q, want the last article", href)
	}
	if vis := evalT[bool](b, `(() => { const r = document.activeElement.querySelector(".tc-hit").getBoundingClientRect(), s = document.querySelector(".tc-scroll").getBoundingClientRect();
	  return r.left >= s.left && r.right <= s.right })()`); !vis {
		t.Error("focusing a point off to the side does not scroll it into view")
	}
	b.screenshot("outlet-four-scores-mobile")
	b.clean("outlet chart on a phone")
}
