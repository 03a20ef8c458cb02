package llm

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

const articleText = `The council of Eastmere voted 7 to 2 to build a flood barrier costing 4.5 million euros.

"We cannot wait for the next storm," said Mayor Ines Okafor.

The water agency did not respond to a request for comment.`

func testArticle() *truthlens.Article {
	a := &truthlens.Article{Document: truthlens.Document{ID: "a1", Title: "Eastmere approves barrier", Site: "Eastmere Post", Text: articleText}}
	q := strings.Index(articleText, "We cannot")
	a.Quotes = []truthlens.Quote{{Start: q, End: q + len("We cannot wait for the next storm,"), Text: "We cannot wait for the next storm,", Speaker: "Ines Okafor", Cue: "said"}}
	c := strings.Index(articleText, "The council")
	ce := strings.Index(articleText, "euros.") + len("euros.")
	a.Claims = []truthlens.Claim{{Start: c, End: ce, Text: articleText[c:ce]}}
	r := strings.Index(articleText, "did not respond")
	a.Scores.Transparency.Checks = []truthlens.Check{{ID: "right_of_reply", Label: "Right of reply", Weight: 1, Value: 1,
		Evidence: []truthlens.Span{truthlens.NewSpan(articleText, r, r+len("did not respond"), "reply sought")}}}
	a.Scores.Recompute()
	for _, id := range truthlens.SectionIDs {
		a.Sections = append(a.Sections, truthlens.Section{ID: id, Title: id, Body: "rule text for " + id, Evidence: []truthlens.Span{}, Generator: "rules"})
	}
	a.Headline = truthlens.Headline{Original: a.Title, Suggested: "rule headline"}
	return a
}

// fakeServer answers chat completions with content(n) for the n-th request.
func fakeServer(t *testing.T, handler func(n int, w http.ResponseWriter, r *http.Request)) (*httptest.Server, *atomic.Int32) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
			http.Error(w, "wrong endpoint", 404)
			return
		}
		handler(int(n.Add(1)), w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func chat(w http.ResponseWriter, content string) {
	json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{"message": map[string]string{"role": "assistant", "content": content}, "finish_reason": "stop"}}})
}

func newClient(t *testing.T, url string, timeout time.Duration) *Client {
	c, err := New(Config{URL: url, Model: "test-model", Timeout: timeout, Retries: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

const goodAnswer = `{"headline": {"text": "Eastmere council approves 4.5 million euro flood barrier", "cites": ["C1"]},
 "sections": [
  {"id": "implications", "sentences": [
     {"text": "The council approved a barrier costing 4.5 million euros.", "cites": ["C1"]},
     {"text": "Mayor Ines Okafor said \"we cannot wait for the next storm\".", "cites": ["Q1"]}]},
  {"id": "omissions", "sentences": [
     {"text": "The water agency did not respond, so its view is missing.", "cites": ["E2"]},
     {"text": "An uncited sentence that must be dropped.", "cites": []},
     {"text": "A sentence citing evidence that does not exist.", "cites": ["E99"]},
     {"text": "The mayor said \"the barrier will save 300 homes\".", "cites": ["Q1"]},
     {"text": "The barrier will cost 12 million euros in total.", "cites": ["C1"]}]},
  {"id": "no_such_section", "sentences": [{"text": "x", "cites": ["C1"]}]}
 ]}`

func section(a *truthlens.Article, id string) truthlens.Section {
	for _, s := range a.Sections {
		if s.ID == id {
			return s
		}
	}
	return truthlens.Section{}
}

func TestEnrichGroundsTheAnswer(t *testing.T) {
	for name, content := range map[string]string{
		"plain":        goodAnswer,
		"code fence":   "Here is the analysis:\n```json\n" + goodAnswer + "\n```\nHope this helps.",
		"prose around": "Sure! " + goodAnswer + " Let me know.",
	} {
		t.Run(name, func(t *testing.T) {
			srv, _ := fakeServer(t, func(n int, w http.ResponseWriter, r *http.Request) { chat(w, content) })
			a := testArticle()
			newClient(t, srv.URL, 5*time.Second).Enrich(context.Background(), a, nil)
			if a.Enrichment == nil || a.Enrichment.Status != "partial" {
				t.Fatalf("enrichment: %+v", a.Enrichment)
			}
			imp := section(a, "implications")
			if imp.Generator != "llm:test-model" || !strings.Contains(imp.Body, "4.5 million") || len(imp.Evidence) != 2 {
				t.Errorf("implications: %+v", imp)
			}
			om := section(a, "omissions")
			if om.Body != "The water agency did not respond, so its view is missing." {
				t.Errorf("ungrounded sentences survived in omissions: %q", om.Body)
			}
			if s := section(a, "markets"); s.Generator != "rules" || s.Body != "rule text for markets" {
				t.Errorf("a section the model did not write must stay rule-based: %+v", s)
			}
			if a.Headline.Suggested != "Eastmere council approves 4.5 million euro flood barrier" {
				t.Errorf("headline: %q", a.Headline.Suggested)
			}
			if a.Scores.Overall != testArticle().Scores.Overall {
				t.Error("scores must never change")
			}
		})
	}
}

func TestEnrichFallsBack(t *testing.T) {
	cases := map[string]func(n int, w http.ResponseWriter, r *http.Request){
		"truncated": func(n int, w http.ResponseWriter, r *http.Request) { chat(w, goodAnswer[:200]) },
		"not json":  func(n int, w http.ResponseWriter, r *http.Request) { chat(w, "I cannot help with that.") },
		"500":       func(n int, w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) },
		"hang": func(n int, w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(3 * time.Second):
			}
		},
		"all invented": func(n int, w http.ResponseWriter, r *http.Request) {
			chat(w, `{"sections":[{"id":"implications","sentences":[{"text":"The mayor said \"we will win\".","cites":["Q1"]}]}]}`)
		},
	}
	for name, h := range cases {
		t.Run(name, func(t *testing.T) {
			srv, n := fakeServer(t, h)
			a := testArticle()
			newClient(t, srv.URL, 300*time.Millisecond).Enrich(context.Background(), a, nil)
			if a.Enrichment == nil || a.Enrichment.Status != "fallback" || a.Enrichment.Note == "" {
				t.Fatalf("want a visible fallback, got %+v", a.Enrichment)
			}
			for _, s := range a.Sections {
				if s.Generator != "rules" || !strings.HasPrefix(s.Body, "rule text") {
					t.Fatalf("section %s not rule-based after fallback: %+v", s.ID, s)
				}
			}
			if a.Headline.Suggested != "rule headline" {
				t.Errorf("headline changed: %q", a.Headline.Suggested)
			}
			if name == "500" && n.Load() != 3 {
				t.Errorf("500 should be tried 3 times, was %d", n.Load())
			}
		})
	}
}

func TestJSONModeRejectedIsRetriedWithout(t *testing.T) {
	srv, n := fakeServer(t, func(n int, w http.ResponseWriter, r *http.Request) {
		var req map[string]any
		json.NewDecoder(r.Body).Decode(&req)
		if _, ok := req["response_format"]; ok {
			http.Error(w, `{"error":{"message":"response_format is not supported"}}`, 400)
			return
		}
		chat(w, goodAnswer)
	})
	a := testArticle()
	newClient(t, srv.URL+"/v1", time.Second).Enrich(context.Background(), a, nil)
	if a.Enrichment.Status != "partial" || n.Load() != 2 {
		t.Fatalf("status %+v after %d requests", a.Enrichment, n.Load())
	}
}

func TestCacheAvoidsRepeatRequests(t *testing.T) {
	srv, n := fakeServer(t, func(n int, w http.ResponseWriter, r *http.Request) { chat(w, goodAnswer) })
	c := newClient(t, srv.URL, time.Second)
	for i := 0; i < 3; i++ {
		c.Enrich(context.Background(), testArticle(), nil)
	}
	if n.Load() != 1 {
		t.Fatalf("want 1 request, got %d", n.Load())
	}
}

func TestNoEnrichmentFieldWithoutLLM(t *testing.T) {
	b, _ := json.Marshal(testArticle())
	if strings.Contains(string(b), "enrichment") {
		t.Fatal("an article never enriched must not carry an enrichment field")
	}
}

func TestNewNeedsURLAndModel(t *testing.T) {
	if _, err := New(Config{URL: "http://x"}, nil); err == nil {
		t.Fatal("model is required")
	}
}
