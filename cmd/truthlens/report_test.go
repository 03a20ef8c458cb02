package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

func TestReportHTMLIsCompleteAndEscaped(t *testing.T) {
	hostile := `Council <script>alert("t")</script> votes <img src=x onerror=alert(2)>

The council of the fictional town of Eastmere voted 7 to 2 on Tuesday to build a flood barrier costing 4.5 million euros. Critics called it a disgraceful <b>waste</b> that will destroy the town.

"This is an outrage </blockquote><script>alert(3)</script>," said resident Marta Lind.`
	rec, _ := json.Marshal(map[string]string{"id": "x1", "url": "javascript:alert(4)", "source": `Post"><script>alert(5)</script>`, "text": hostile})
	dir := t.TempDir()
	jl := writeFile(t, dir, "x.jsonl", string(rec)+"\n")
	page := writeFile(t, dir, "page.html", fictionalHTML)
	code, out, errs := runCLI(t, "", "analyze", "--format", "html", page, jl, dir+"/missing.txt")
	if code != 1 {
		t.Fatalf("exit %d (one input is missing): %s", code, errs)
	}
	if strings.Contains(out, "<script") || strings.Contains(out, "<img") || regexp.MustCompile(`href="javascript`).MatchString(out) {
		i := regexp.MustCompile(`<script|<img|href="javascript`).FindStringIndex(out)
		t.Fatalf("article content reached the page unescaped: %q", out[max(0, i[0]-200):i[1]+50])
	}
	if !strings.Contains(out, "outrage &lt;/blockquote&gt;&lt;script&gt;alert(3)") {
		t.Error("escaped quotation text missing")
	}
	if n := strings.Count(out, "<html"); n != 1 || !strings.HasPrefix(out, "<!doctype html>") || !strings.HasSuffix(strings.TrimSpace(out), "</html>") {
		t.Fatalf("not one complete page")
	}
	// self-contained: no external stylesheet, script or image
	if regexp.MustCompile(`<(link|script)\b|src="http`).MatchString(out) {
		t.Error("the page loads external assets")
	}
	for _, want := range []string{
		"<svg", "Objectivity", "Accuracy", "Transparency", "obj.loaded", // scores, chart, checks
		"Summary", "Quotations (", "Ines Okafor", "Checkable claims", "Persuasion techniques", "disgraceful",
		"Removed from the page", "Article text", `class="t"`, `class="q"`,
		"Could not analyse this input", "missing.txt", // the failed input
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if n := strings.Count(out, `<div class="section">`); n != 2*len(truthlens.SectionIDs) {
		t.Errorf("%d sections on the page, want %d", n, 2*len(truthlens.SectionIDs))
	}
}

func TestHighlightKeepsEveryByteOnce(t *testing.T) {
	a := &truthlens.Article{}
	a.Text = "Héllo “quoted disgraceful words” here.\n\nSecond para ends.\nSame para."
	q := strings.Index(a.Text, "quoted")
	d := strings.Index(a.Text, "disgraceful")
	a.Quotes = []truthlens.Quote{{Start: q, End: strings.Index(a.Text, "”")}, {Start: -3, End: 1000}}
	a.Techniques = []truthlens.Technique{{Technique: "loaded_language", Start: d, End: d + len("disgraceful")}, {Start: 2, End: 3}}
	paras := highlight(a)
	if len(paras) != 2 {
		t.Fatalf("%d paragraphs, want 2", len(paras))
	}
	var b strings.Builder
	classes := map[string]string{}
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for _, s := range p {
			b.WriteString(s.Text)
			classes[s.Text] = s.Class
		}
	}
	if b.String() != strings.Replace(a.Text, "ends.\nSame", "ends. Same", 1) {
		t.Errorf("text changed: %q", b.String())
	}
	if classes["disgraceful"] != "q t" || classes["quoted "] != "q" {
		t.Errorf("marks wrong: %v", classes)
	}
}
