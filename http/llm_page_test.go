package http_test

import (
	"context"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
)

const fictionalText = "Fictional: Wrenfield quarry road to close\n\nThe Wrenfield council said on Tuesday that the quarry road will close for six weeks from 3 March.\n\n\"We must act now before the bridge fails,\" said Councillor Mira Okafor.\n\nThe council said the repairs would cost 2.4 million crowns. Local traders said the closure would hurt business."

// analysed returns the rule-based analysis of the fictional text.
func analysed(t *testing.T, e *env) *truthlens.Article {
	t.Helper()
	a, err := e.svc.Analyze(context.Background(), extract.Source{Input: "test", Kind: "text", Body: []byte(fictionalText), Site: "Wrenfield Test Herald"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Sections) < 3 {
		t.Fatalf("only %d sections", len(a.Sections))
	}
	return a
}

// TestArticlePageMarksModelText stores a hand-made enriched article: the
// sections the model wrote carry a badge naming it with their cited
// passages linked for highlighting; the rest are marked as rule text; the
// enrichment note is shown.
func TestArticlePageMarksModelText(t *testing.T) {
	e := newEnv(t, false)
	a := analysed(t, e)
	for i := range a.Sections {
		a.Sections[i].Generator = "rules"
	}
	llmSec := &a.Sections[0]
	llmSec.Generator = "llm:fictional-7b<b>"
	llmSec.Body = "The closure will reroute quarry lorries through the town centre, the council's statement implies."
	llmSec.Evidence = []truthlens.Span{truthlens.NewSpan(a.Text, strings.Index(a.Text, "the quarry road will close"), strings.Index(a.Text, "the quarry road will close")+len("the quarry road will close"), "")}
	a.Enrichment = &truthlens.Enrichment{Model: "fictional-7b<b>", Status: "partial", Note: "two sections kept the rule-based text because the model cited passages that are not in the article"}
	stored, _, err := e.svc.Save(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	code, _, page := e.do("GET", "/articles/"+stored.ID, "")
	if code != 200 {
		t.Fatalf("article page: %d", code)
	}
	for _, want := range []string{
		"Written by fictional-7b&lt;b&gt;, grounded in cited evidence",
		`class="analysis-section by-model" id="sec-` + llmSec.ID + `"`,
		`href="?check=section.` + llmSec.ID + `#text"`,
		"highlight the 1 cited passage",
		"Partly used:</strong> two sections kept the rule-based text",
		"1 analysis section was written by <strong>fictional-7b&lt;b&gt;</strong>",
		`<span class="flag rules" title="Rule-based text, not written by the model">rules</span>`,
		"Scores never come from the model.",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "fictional-7b<b>") {
		t.Error("model name not escaped")
	}
	if n := strings.Count(page, "grounded in cited evidence"); n != 1 {
		t.Errorf("%d model badges, want 1", n)
	}
	if n := strings.Count(page, `<span class="flag rules"`); n != len(a.Sections)-1 {
		t.Errorf("%d rule badges, want %d", n, len(a.Sections)-1)
	}
	// The cited passage highlights like a check's evidence.
	_, _, page = e.do("GET", "/articles/"+stored.ID+"?check=section."+llmSec.ID, "")
	if !strings.Contains(page, "Highlighting <strong>Analysis: "+llmSec.Title+"</strong>: 1 passage") {
		t.Errorf("cited passage not highlighted:\n%s", page)
	}
}

// A fallback names the model and says its text was not used.
func TestArticlePageModelFallback(t *testing.T) {
	e := newEnv(t, false)
	a := analysed(t, e)
	a.Enrichment = &truthlens.Enrichment{Model: "fictional-7b", Status: "fallback", Note: "the language model could not be used (timeout); the rule-based text is shown"}
	stored, _, err := e.svc.Save(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	_, _, page := e.do("GET", "/articles/"+stored.ID, "")
	for _, want := range []string{`class="enrichment fallback"`, "<strong>fictional-7b</strong> was asked", "Not used:</strong> the language model could not be used (timeout)"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "grounded in cited evidence") {
		t.Error("fallback article has a model badge")
	}
}

// Without an LLM nothing is marked.
func TestArticlePageWithoutModel(t *testing.T) {
	e := newEnv(t, false)
	a := analysed(t, e)
	if a.Enrichment != nil {
		t.Fatalf("enrichment without an LLM: %+v", a.Enrichment)
	}
	stored, _, err := e.svc.Save(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	_, _, page := e.do("GET", "/articles/"+stored.ID, "")
	if !strings.Contains(page, `id="analysis-h"`) {
		t.Fatal("no analysis on the page")
	}
	for _, bad := range []string{"grounded in cited evidence", `class="enrichment`, `flag llm`, `flag rules`, "Language model"} {
		if strings.Contains(page, bad) {
			t.Errorf("page without a model has %q", bad)
		}
	}
}
