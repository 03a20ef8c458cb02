package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// Evidence is one citable item given to the model.
type Evidence struct {
	ID   string
	Kind string // check, quote, claim, technique, story, headline
	Text string
	// Span is the article span it stands for (nil for story-level items).
	Span *truthlens.Span
}

// BuildEvidence lists the engine's evidence for a, with ids: checks'
// spans (E), quotes (Q), claims (C), techniques (T), story comparison (S).
func BuildEvidence(a *truthlens.Article, st *truthlens.Story) []Evidence {
	var ev []Evidence
	count := map[string]int{} // items so far per id prefix
	add := func(prefix, kind, text string, sp *truthlens.Span) {
		count[prefix]++
		ev = append(ev, Evidence{ID: fmt.Sprintf("%s%d", prefix, count[prefix]), Kind: kind, Text: text, Span: sp})
	}
	for _, m := range []struct {
		name string
		s    truthlens.Score
	}{{"objectivity", a.Scores.Objectivity}, {"accuracy", a.Scores.Accuracy}, {"transparency", a.Scores.Transparency}} {
		for _, c := range m.s.Checks {
			if c.Weight == 0 {
				continue
			}
			add("E", "check", fmt.Sprintf("%s check %q scored %.2f of 1", m.name, c.Label, c.Value), nil)
			for i := range c.Evidence[:min(len(c.Evidence), 3)] {
				sp := c.Evidence[i]
				add("E", "check", fmt.Sprintf("evidence for %q: %s", c.Label, sp.Text), &sp)
			}
		}
	}
	for _, q := range a.Quotes[:min(len(a.Quotes), 20)] {
		sp := truthlens.Span{Start: q.Start, End: q.End, Text: q.Text, Note: "quote"}
		who := q.Speaker
		if who == "" {
			who = "an unidentified speaker"
		}
		add("Q", "quote", fmt.Sprintf("%s: “%s”", who, q.Text), &sp)
	}
	for _, c := range a.Claims[:min(len(a.Claims), 25)] {
		sp := truthlens.Span{Start: c.Start, End: c.End, Text: c.Text, Note: "claim"}
		add("C", "claim", c.Text, &sp)
	}
	for _, t := range a.Techniques[:min(len(a.Techniques), 20)] {
		sp := truthlens.Span{Start: t.Start, End: t.End, Text: t.Text, Note: t.Technique}
		add("T", "technique", t.Technique+": "+t.Text, &sp)
	}
	for _, d := range a.Disclosures {
		add("E", "disclosure", d.Kind+" disclosure: "+d.Text, nil)
	}
	if st != nil {
		add("S", "story", fmt.Sprintf("the story is covered by %d articles from %d independent sources", len(st.Articles), st.IndependentSources), nil)
		for _, q := range st.Quotes {
			if !q.Consistent {
				var vs []string
				for _, v := range q.Variants {
					vs = append(vs, "“"+v.Text+"”")
				}
				add("S", "story", fmt.Sprintf("outlets quote %s differently: %s", q.Speaker, strings.Join(vs, " / ")), nil)
			}
		}
		for _, o := range st.Omissions {
			if o.Article == a.ID {
				for _, m := range o.Missing {
					add("S", "story", "this article omits a claim other outlets report: "+m, nil)
				}
			}
		}
	}
	return ev
}

const systemPrompt = `You write the analysis of a news-credibility report for careful readers.
Use ONLY the evidence listed; every sentence must cite the ids of the evidence it rests on.
Never quote words that are not in the article; never use a number that is not in the evidence.
Be neutral and concrete. Answer with ONE JSON object and nothing else:
{"headline": {"text": "a neutral headline that names the source of any allegation", "cites": ["C1"]},
 "sections": [{"id": "implications", "sentences": [{"text": "...", "cites": ["E2", "Q1"]}]}]}
Section ids, in this order: ` + "implications, public_perception, omissions, manipulation, truthfulness, connections, society_economy, communities, markets, geopolitics, ai_involvement, conclusion" + `.
Two to four sentences per section. If the evidence says nothing for a section, give it no sentences.`

func userPrompt(a *truthlens.Article, ev []Evidence) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Title: %s\nOutlet: %s\nPublished: %s\n\nArticle (may be cut):\n", a.Title, a.Site, a.Published)
	t := a.Text
	if len(t) > 6000 {
		t = t[:6000]
		for len(t) > 0 && t[len(t)-1]&0xC0 == 0x80 {
			t = t[:len(t)-1]
		}
	}
	b.WriteString(t)
	b.WriteString("\n\nEvidence:\n")
	for _, e := range ev {
		fmt.Fprintf(&b, "%s [%s] %s\n", e.ID, e.Kind, e.Text)
	}
	return b.String()
}

type answer struct {
	Headline *struct {
		Text  string   `json:"text"`
		Cites []string `json:"cites"`
	} `json:"headline"`
	Sections []struct {
		ID        string `json:"id"`
		Sentences []struct {
			Text  string   `json:"text"`
			Cites []string `json:"cites"`
		} `json:"sentences"`
	} `json:"sections"`
}

// Enrich asks the model for grounded prose and replaces the sections and
// suggested headline it can support; everything else stays rule-based. The
// outcome is recorded in a.Enrichment. st may be nil.
func (c *Client) Enrich(ctx context.Context, a *truthlens.Article, st *truthlens.Story) {
	ev := BuildEvidence(a, st)
	user := userPrompt(a, ev)
	h := sha256.Sum256([]byte(truthlens.Engine + "\x00" + c.cfg.Model + "\x00" + systemPrompt + "\x00" + user))
	out, err := c.Complete(ctx, hex.EncodeToString(h[:]), systemPrompt, user)
	if err != nil {
		a.Enrichment = &truthlens.Enrichment{Model: c.cfg.Model, Status: "fallback", Note: "the language model could not be used (" + shortErr(err) + "); the rule-based text is shown"}
		return
	}
	var ans answer
	if err := ParseJSONObject(out, &ans); err != nil {
		a.Enrichment = &truthlens.Enrichment{Model: c.cfg.Model, Status: "fallback", Note: "the language model's answer could not be read (" + shortErr(err) + "); the rule-based text is shown"}
		return
	}
	a.Enrichment = Apply(a, ev, &ans, c.cfg.Model)
}

// Apply validates the answer against the evidence and the article, and
// writes what survives into a. It is separate from Enrich so that it can be
// tested on recorded answers.
func Apply(a *truthlens.Article, ev []Evidence, ans *answer, model string) *truthlens.Enrichment {
	byID := map[string]Evidence{}
	var evText strings.Builder
	for _, e := range ev {
		byID[e.ID] = e
		evText.WriteString(e.Text + "\n")
	}
	evText.WriteString(a.Title)
	g := grounder{article: fold(a.Text + "\n" + a.Title), numbers: numbersIn(evText.String())}
	dropped := 0
	replaced := 0
	for _, s := range ans.Sections {
		idx := -1
		for i := range a.Sections {
			if a.Sections[i].ID == s.ID {
				idx = i
			}
		}
		if idx < 0 {
			dropped += len(s.Sentences)
			continue
		}
		var sents []string
		var spans []truthlens.Span
		seen := map[string]bool{}
		for _, sen := range s.Sentences {
			ids, ok := g.check(sen.Text, sen.Cites, byID)
			if !ok {
				dropped++
				continue
			}
			sents = append(sents, strings.TrimSpace(sen.Text))
			for _, id := range ids {
				if sp := byID[id].Span; sp != nil && !seen[id] {
					seen[id] = true
					spans = append(spans, *sp)
				}
			}
		}
		if len(sents) == 0 {
			continue
		}
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
		if spans == nil {
			spans = []truthlens.Span{}
		}
		a.Sections[idx].Body = strings.Join(sents, " ")
		a.Sections[idx].Evidence = spans
		a.Sections[idx].Generator = "llm:" + model
		replaced++
	}
	headline := false
	if h := ans.Headline; h != nil && len(h.Text) <= 200 {
		if _, ok := g.check(h.Text, h.Cites, byID); ok && strings.TrimSpace(h.Text) != "" {
			a.Headline.Suggested = strings.TrimSpace(h.Text)
			headline = true
		} else {
			dropped++
		}
	}
	e := &truthlens.Enrichment{Model: model, Status: "ok"}
	switch {
	case replaced == 0 && !headline:
		e.Status = "fallback"
		e.Note = "no sentence of the language model's answer was grounded in the evidence; the rule-based text is shown"
	case replaced < len(a.Sections) || !headline || dropped > 0:
		e.Status = "partial"
		e.Note = fmt.Sprintf("%d of %d sections written by the model; %d ungrounded sentences were dropped", replaced, len(a.Sections), dropped)
	}
	return e
}

type grounder struct {
	article string
	numbers map[string]bool
}

var quoteRe = regexp.MustCompile(`[“"«„]([^”"»“]{3,}?)[”"»“]`)
var numberRe = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// check returns the cited ids when the sentence cites only existing
// evidence, quotes only words the article contains and uses only numbers
// the evidence contains.
func (g *grounder) check(text string, cites []string, byID map[string]Evidence) ([]string, bool) {
	if strings.TrimSpace(text) == "" || len(cites) == 0 {
		return nil, false
	}
	for _, id := range cites {
		if _, ok := byID[strings.TrimSpace(id)]; !ok {
			return nil, false
		}
	}
	for _, m := range quoteRe.FindAllStringSubmatch(text, -1) {
		if !strings.Contains(g.article, fold(m[1])) {
			return nil, false
		}
	}
	for _, n := range numberRe.FindAllString(text, -1) {
		if !g.numbers[normNumber(n)] {
			return nil, false
		}
	}
	ids := make([]string, len(cites))
	for i, id := range cites {
		ids[i] = strings.TrimSpace(id)
	}
	return ids, true
}

func numbersIn(s string) map[string]bool {
	m := map[string]bool{}
	for _, n := range numberRe.FindAllString(s, -1) {
		m[normNumber(n)] = true
	}
	return m
}

func normNumber(n string) string {
	return strings.NewReplacer(",", "").Replace(strings.TrimRight(n, ".,"))
}

// fold lowers case, straightens quote marks and folds white space.
func fold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

func shortErr(err error) string {
	s := err.Error()
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	return s
}
