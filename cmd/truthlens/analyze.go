package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

func init() {
	register("analyze", "scores with evidence, quotes, claims, techniques, summary, neutral headline, analysis sections", runAnalyze)
}

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "analyze", "INPUT...")
	format := formatFlag(fs, e, "json", "text", "html")
	var cfg inputConfig
	cfg.register(fs)
	var lc llmConfig
	lc.register(fs, e)
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return usagef("no INPUT given (a file, directory, URL, or - for stdin)")
	}
	l := newLoader(&cfg)
	if l.llm, err = lc.client(e); err != nil {
		return err
	}
	if format.value == "html" {
		return analyzeHTML(ctx, e, &cfg, l, inputs)
	}
	return printAll(ctx, e, &cfg, inputs, func(ctx context.Context, it item) ([]byte, error) {
		a, err := l.article(ctx, it)
		if err != nil {
			return nil, err
		}
		if format.value == "text" {
			return articleText(a), nil
		}
		return json.Marshal(a)
	})
}

// articleText renders an analysed article for people.
func articleText(a *truthlens.Article) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", a.Input)
	writeMeta(&b, &a.Document)
	if a.Headline.Suggested != "" && a.Headline.Suggested != a.Headline.Original {
		fmt.Fprintf(&b, "%-10s %s\n", "Suggested:", a.Headline.Suggested)
	}
	fmt.Fprintf(&b, "\nScores (0-10): overall %.1f — objectivity %.1f, accuracy %.1f, transparency %.1f\n",
		a.Scores.Overall, a.Scores.Objectivity.Value, a.Scores.Accuracy.Value, a.Scores.Transparency.Value)
	for _, m := range []struct {
		name string
		s    truthlens.Score
	}{{"objectivity", a.Scores.Objectivity}, {"accuracy", a.Scores.Accuracy}, {"transparency", a.Scores.Transparency}} {
		for _, c := range m.s.Checks {
			if c.Weight == 0 {
				continue
			}
			fmt.Fprintf(&b, "  %-12s %-40s %4.2f ×%.1f  (%d evidence)\n", m.name, oneLine(c.Label, 40), c.Value, c.Weight, len(c.Evidence))
		}
	}
	if a.Headline.Clickbait || a.Headline.Sensationalism >= 5 {
		fmt.Fprintf(&b, "\nHeadline: clickbait=%v sensationalism %.1f/10\n", a.Headline.Clickbait, a.Headline.Sensationalism)
	}
	if a.Summary != "" {
		fmt.Fprintf(&b, "\nSummary:\n%s\n", a.Summary)
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintf(&b, "\nQuotes (%d):\n", len(a.Quotes))
		for _, q := range a.Quotes {
			sp := q.Speaker
			if sp == "" {
				sp = "(unknown speaker)"
			}
			fmt.Fprintf(&b, "  %s: “%s”\n", sp, oneLine(q.Text, 90))
		}
	}
	if len(a.Techniques) > 0 {
		counts := map[string]int{}
		for _, t := range a.Techniques {
			counts[t.Technique]++
		}
		var names []string
		for n := range counts {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(&b, "\nTechniques:")
		for _, n := range names {
			fmt.Fprintf(&b, " %s×%d", n, counts[n])
		}
		b.WriteString("\n")
	}
	for _, s := range a.Sections {
		fmt.Fprintf(&b, "\n%s\n%s\n", s.Title, s.Body)
	}
	writeCuts(&b, &a.Document)
	return []byte(b.String())
}
