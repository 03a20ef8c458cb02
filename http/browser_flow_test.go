package http_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	truthlens "github.com/truthlens/truthlens"
)

// pastedArticle is a fictional article with quotes, claims and loaded
// words, so that every check has something to show.
const pastedArticle = `Fictional test article. The Wrenfield council voted on Tuesday to close the quarry road for six weeks of repairs, according to minutes published by the council.

"We have no choice but to act now," said Councillor Mira Okafor, who chairs the roads committee. She said the work would cost 120,000 pounds.

Critics called the decision a shocking disaster that will devastate local traders. Some say the road was never safe, and everyone knows the council ignored the warnings.

The council said residents can comment on the plans until 3 May. A spokesperson for the quarry company declined to comment.`

func TestBrowserSubmitChartEvidence(t *testing.T) {
	b := newBrowser(t)
	e := newEnv(t, true)

	b.run("open submit", chromedp.EmulateViewport(1280, 900), chromedp.Navigate(e.srv.URL+"/submit"),
		chromedp.WaitVisible(chromedp.ID("text")))
	b.run("fill form",
		chromedp.SendKeys(chromedp.ID("token"), testToken),
		chromedp.SendKeys(chromedp.ID("title"), "Fictional test: Wrenfield to close quarry road"),
		chromedp.SendKeys(chromedp.ID("src"), "Wrenfield Test Herald"),
		chromedp.SetValue(chromedp.ID("text"), pastedArticle))
	b.screenshot("submit")
	b.run("submit", chromedp.Click(chromedp.CSS(`button[value="text"]`)),
		chromedp.WaitVisible(chromedp.CSS(".overall-num")))
	loc, err := chromedp.Run(b.ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "/articles/") {
		t.Fatalf("after submit: at %q (%v)", loc, err)
	}
	if s := b.text(".overall-num"); !strings.ContainsAny(s, "0123456789") {
		t.Errorf("overall score shows %q", s)
	}
	if s := b.text("h1"); !strings.Contains(s, "Wrenfield") {
		t.Errorf("article title shows %q", s)
	}
	b.screenshot("article")
	b.clean("article page")

	// Focus a chart point: its tooltip appears and lists the checks.
	b.run("focus chart point", chromedp.Click(chromedp.CSS("h1")), chromedp.Focus(chromedp.ID("pt-objectivity")),
		chromedp.WaitVisible(chromedp.ID("tip-objectivity")))
	tip := b.text("#tip-objectivity")
	if !strings.Contains(tip, "Objectivity") || strings.Count(tip, "\n") < 1 {
		t.Errorf("tooltip text: %q", tip)
	}
	if evalT[bool](b, `getComputedStyle(document.getElementById("tip-accuracy")).display !== "none"`) {
		t.Error("the tooltip of an unfocused point is visible")
	}
	shot, err := chromedp.Run(b.ctx, chromedp.Screenshot(chromedp.ID("chart")))
	if err == nil {
		writeShot(t, b, "chart-tooltip", shot)
	}
	// The arrow keys move to the next point, whose checks then show.
	b.run("arrow to next point", chromedp.KeyEvent(kb.ArrowRight), chromedp.WaitVisible(chromedp.ID("tip-accuracy")))
	if id := evalT[string](b, `document.activeElement.id`); id != "pt-accuracy" {
		t.Errorf("after ArrowRight the focus is on %q", id)
	}
	b.run("blur", chromedp.Blur(chromedp.ID("pt-accuracy")))

	// Click a check: its evidence is highlighted in the text, without reload.
	n := evalT[int](b, `document.querySelectorAll(".checks a.ev-link").length`)
	if n == 0 {
		t.Fatal("no check has evidence to show")
	}
	key := evalT[string](b, `document.querySelector(".checks a.ev-link").dataset.key`)
	evalT[bool](b, `window.__marker = true`)
	b.run("click check", chromedp.Click(chromedp.CSS(".checks a.ev-link")),
		chromedp.WaitVisible(chromedp.CSS("#prose .ev.hl")))
	if !evalT[bool](b, `window.__marker === true`) {
		t.Error("clicking a check reloaded the page")
	}
	hl := evalT[int](b, `document.querySelectorAll("#prose .ev.hl").length`)
	want := evalT[int](b, `Array.from(document.querySelectorAll("#prose .ev")).filter(e => e.dataset.k.split(" ").includes(`+jsString(key)+`)).length`)
	if hl == 0 || hl != want {
		t.Errorf("highlighted %d runs for %s, want %d", hl, key, want)
	}
	if s := b.text("#hl-status"); !strings.Contains(s, "Highlighting") {
		t.Errorf("status line: %q", s)
	}
	loc, _ = chromedp.Run(b.ctx, chromedp.Location())
	if !strings.Contains(loc, "check=") {
		t.Errorf("URL after click: %s", loc)
	}
	if shot, err := chromedp.Run(b.ctx, chromedp.Screenshot(chromedp.CSS(".reading"))); err == nil {
		writeShot(t, b, "article-evidence", shot)
	}

	// Without script the same link server-renders <mark> around the spans.
	if i := strings.IndexByte(loc, '#'); i >= 0 {
		loc = loc[:i]
	}
	b.run("reload with ?check", chromedp.Navigate(loc), chromedp.WaitVisible(chromedp.CSS("#prose mark.ev")))
	if m := evalT[int](b, `document.querySelectorAll("#prose mark.ev").length`); m != want {
		t.Errorf("server marked %d runs, want %d", m, want)
	}
	b.clean("evidence")
}

func writeShot(t *testing.T, b *browser, name string, png []byte) {
	t.Helper()
	p := b.shots + "/" + name + ".png"
	if err := osWriteFile(p, png); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

func TestBrowserDemoPages(t *testing.T) {
	b := newBrowser(t)
	e := newEnv(t, true)
	st := e.demoStory()

	b.run("home", chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(".article-list")))
	b.a11y("home")
	b.screenshot("home")
	b.clean("home")

	b.run("story", chromedp.Navigate(e.srv.URL+"/stories/"+st.ID), chromedp.WaitVisible(chromedp.CSS(".timeline")))
	changed := evalT[int](b, `document.querySelectorAll(".quote-group.changed").length`)
	if changed == 0 {
		t.Fatal("the demo story shows no changed quote")
	}
	variants := evalT[int](b, `document.querySelector(".quote-group.changed").querySelectorAll(".variant").length`)
	diffs := evalT[int](b, `document.querySelector(".quote-group.changed").querySelectorAll("mark.diff").length`)
	if variants < 2 || diffs == 0 {
		t.Errorf("changed quote: %d variants, %d marked words", variants, diffs)
	}
	// Side by side: the variants share a row.
	if !evalT[bool](b, `(() => { const v = document.querySelectorAll(".quote-group.changed .variant"); return v[0].getBoundingClientRect().top === v[1].getBoundingClientRect().top })()`) {
		t.Error("quote variants are not side by side")
	}
	for sel, what := range map[string]string{
		".card.copy": "a syndicated copy", ".card.origin": "the origin", ".claims-table tr.single": "a single-source claim",
		".omissions > li": "an outlet's omissions", ".tl-pt": "timeline points", ".copy-line": "a copy line on the timeline",
	} {
		if evalT[int](b, `document.querySelectorAll(`+jsString(sel)+`).length`) == 0 {
			t.Errorf("story page shows no %s (%s)", what, sel)
		}
	}
	b.a11y("story")
	b.screenshot("story")
	b.clean("story")

	outlets, _ := e.store.Outlets(context.Background())
	b.run("outlet", chromedp.Navigate(e.srv.URL+"/outlets/"+outlets[0].ID), chromedp.WaitVisible(chromedp.CSS("h1")))
	b.screenshot("outlet")
	// Click the page first: a page that never had input has no focus, and
	// then :focus matches nothing.
	b.run("focus outlet point", chromedp.Click(chromedp.CSS("h1")), chromedp.Focus(chromedp.CSS(".tc-pt")))
	if ae := evalT[string](b, `document.activeElement.tagName + " " + (document.activeElement.querySelector(".tc-tip") ? getComputedStyle(document.activeElement.querySelector(".tc-tip")).display : "-")`); !strings.HasSuffix(ae, "inline") {
		t.Logf("active: %s", ae)
		t.Error("focusing a point of the outlet chart shows no details")
	}
	if shot, err := chromedp.Run(b.ctx, chromedp.Screenshot(chromedp.CSS(".time-chart"))); err == nil {
		writeShot(t, b, "outlet-chart-focus", shot)
	}
	b.run("stories", chromedp.Navigate(e.srv.URL+"/stories"), chromedp.WaitVisible(chromedp.CSS(".cards")))
	b.a11y("stories")
	b.screenshot("stories")
	b.run("not found", chromedp.Navigate(e.srv.URL+"/articles/no-such-article"), chromedp.WaitVisible(chromedp.CSS("h1")))
	b.screenshot("error-404")
	b.forget("/articles/no-such-article") // the 404 itself is logged; that is expected
	b.run("methodology", chromedp.Navigate(e.srv.URL+"/methodology"), chromedp.WaitVisible(chromedp.CSS("h1")))
	b.a11y("methodology")
	b.screenshot("methodology")
	// The syndicated copy's page (removed blocks, story box).
	for _, id := range st.Articles {
		a, err := e.store.Article(context.Background(), id)
		if err == nil && strings.Contains(a.Site, "Harbour") {
			b.run("demo article", chromedp.Navigate(e.srv.URL+"/articles/"+id), chromedp.WaitVisible(chromedp.CSS("h1")))
			b.a11y("article")
			b.screenshot("demo-article")
		}
	}
	// Mobile width.
	b.run("mobile", chromedp.EmulateViewport(390, 844), chromedp.Navigate(e.srv.URL+"/stories/"+st.ID),
		chromedp.WaitVisible(chromedp.CSS("h1")))
	b.screenshot("story-mobile")
	b.run("desktop", chromedp.EmulateViewport(1280, 900))
	b.clean("demo pages")
}

// xss is markup and script in every field a user controls.
const xss = `<script>alert("x1")</script><img src=x onerror=alert("x2")><svg onload=alert("x3")>`

func TestBrowserXSS(t *testing.T) {
	b := newBrowser(t)
	e := newEnv(t, false, openServer)
	text := `Fictional XSS test. ` + xss + ` The mayor said on Monday that the bridge would close.

"` + xss + ` we will act," said <b onmouseover=alert("x4")>Eve Example</b>. "</blockquote><iframe src=javascript:alert('x5')>" she added.

Critics called it a shocking disaster '"><script>alert("x6")</script>. According to officials, 40% of <a href="javascript:alert('x7')">roads</a> are affected.`
	body, _ := json.Marshal(map[string]string{"text": text, "title": `Title ` + xss, "source": `Outlet "><svg onload=alert("x8")>`,
		"url": `https://example.test/a?q="><script>alert("x9")</script>`})
	code, _, resp := e.do("POST", "/api/v1/articles", string(body), "Content-Type", "application/json")
	if code != 201 {
		t.Fatalf("submit: %d %s", code, resp)
	}
	var a truthlens.Article
	json.Unmarshal([]byte(resp), &a)
	pages := []string{"/articles/" + a.ID, "/articles/" + a.ID + "?check=quotes", "/articles/" + a.ID + "?check=" + xss, "/?q=" + xss, "/"}
	if a.Story != nil {
		pages = append(pages, "/stories/"+*a.Story)
	}
	for _, p := range pages {
		b.run("open "+p, chromedp.Navigate(e.srv.URL+p), chromedp.WaitVisible(chromedp.CSS("footer")))
		injected := evalT[int](b, `document.querySelectorAll("script:not([src]), img[src='x'], iframe, [onerror], [onload], [onmouseover], a[href^='javascript']").length`)
		if injected != 0 {
			t.Errorf("%s: %d injected elements", p, injected)
		}
		if strings.HasPrefix(p, "/articles/") {
			if s := b.text("h1"); !strings.Contains(s, `<script>alert("x1")</script>`) {
				t.Errorf("%s: title not shown as text: %q", p, s)
			}
			if s := b.text("#prose"); !strings.Contains(s, `<img src=x onerror=alert("x2")>`) {
				t.Errorf("%s: article text not shown as text: %q", p, s)
			}
		}
		b.run("hover", chromedp.Sleep(100e6))
		b.clean(p)
		if p == pages[0] {
			b.screenshot("xss-article")
		}
	}
}

func openServer(c *tlhttpConfig) { c.Open = true }

// a11y checks basic accessibility rules on the current page: a language,
// one h1, a label for every form control, a name for every link, focusable
// chart point and SVG figure, and no duplicate ids.
func (b *browser) a11y(page string) {
	b.t.Helper()
	problems := evalT[[]string](b, `(() => {
	  const out = [];
	  if (!document.documentElement.lang) out.push("no lang on <html>");
	  if (document.querySelectorAll("h1").length !== 1) out.push("not exactly one h1");
	  for (const el of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
	    const labelled = (el.id && document.querySelector("label[for='" + el.id + "']")) || el.getAttribute("aria-label");
	    if (!labelled) out.push("unlabelled control " + (el.name || el.id));
	  }
	  for (const a of document.querySelectorAll("a")) {
	    if (!(a.textContent.trim() || a.getAttribute("aria-label"))) out.push("link without a name: " + a.getAttribute("href"));
	  }
	  for (const g of document.querySelectorAll("svg [tabindex], svg a")) {
	    if (!g.getAttribute("aria-label")) out.push("SVG control without aria-label");
	  }
	  for (const s of document.querySelectorAll("svg[role]")) {
	    if (!s.getAttribute("aria-labelledby") && !s.getAttribute("aria-label")) out.push("SVG figure without a name");
	  }
	  const ids = {};
	  for (const el of document.querySelectorAll("[id]")) {
	    if (ids[el.id]) out.push("duplicate id " + el.id);
	    ids[el.id] = true;
	  }
	  return out;
	})()`)
	for _, p := range problems {
		b.t.Errorf("%s: accessibility: %s", page, p)
	}
}
