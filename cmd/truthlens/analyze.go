package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

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
	inputs, err := cfg.parse(fs, args, format)
	if err != nil {
		return err
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

// articleText renders an analysed article for people: scores with their
// checks and evidence, summary, quotes, claims, techniques and sections.
func articleText(a *truthlens.Article) []byte {
	var b strings.Builder
	b.WriteString(heading(&a.Document))
	writeMeta(&b, &a.Document)
	if a.Headline.Suggested != "" && a.Headline.Suggested != a.Headline.Original {
		fmt.Fprintf(&b, "%-10s %s\n", "Suggested:", a.Headline.Suggested)
	}
	if a.Headline.Clickbait || a.Headline.Sensationalism >= 3 {
		fmt.Fprintf(&b, "%-10s clickbait %s, sensationalism %.1f/10%s\n", "Headline:", yesNo(a.Headline.Clickbait),
			a.Headline.Sensationalism, spanList(a.Headline.Evidence, 3))
	}
	fmt.Fprintf(&b, "\nOVERALL %.1f/10  %s\n", a.Scores.Overall, meter(a.Scores.Overall/10, 20))
	for _, m := range []struct {
		name string
		s    truthlens.Score
	}{{"Objectivity", a.Scores.Objectivity}, {"Accuracy", a.Scores.Accuracy}, {"Transparency", a.Scores.Transparency}} {
		fmt.Fprintf(&b, "\n%-13s %4.1f  %s\n", m.name, m.s.Value, meter(m.s.Value/10, 20))
		for _, c := range m.s.Checks {
			if c.Weight == 0 {
				continue
			}
			fmt.Fprintf(&b, "  %s %.2f ×%.1f  %s", meter(c.Value, 5), c.Value, c.Weight, c.Label)
			if c.Note != "" {
				fmt.Fprintf(&b, " — %s", c.Note)
			}
			b.WriteString("\n")
			for i, ev := range c.Evidence {
				if i == 2 {
					fmt.Fprintf(&b, "      … %d more\n", len(c.Evidence)-2)
					break
				}
				fmt.Fprintf(&b, "      “%s”\n", oneLine(ev.Text, 90))
			}
		}
	}
	if a.Summary != "" {
		b.WriteString("\nSUMMARY\n")
		writeWrapped(&b, a.Summary, "  ")
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintf(&b, "\nQUOTES (%d)\n", len(a.Quotes))
		for _, q := range a.Quotes {
			sp := q.Speaker
			if sp == "" {
				sp = "(speaker not identified)"
			}
			fmt.Fprintf(&b, "  %s: “%s”\n", sp, oneLine(q.Text, 100))
		}
	}
	if len(a.Claims) > 0 {
		fmt.Fprintf(&b, "\nCLAIMS (%d)\n", len(a.Claims))
		for _, c := range a.Claims {
			src := c.AttributedTo
			if src == "" {
				src = "not attributed"
			}
			fmt.Fprintf(&b, "  - %s [%s]\n", oneLine(c.Text, 110), oneLine(src, 40))
		}
	}
	if len(a.Techniques) > 0 {
		fmt.Fprintf(&b, "\nTECHNIQUES (%d)\n", len(a.Techniques))
		byName := map[string][]string{}
		var names []string
		for _, t := range a.Techniques {
			if byName[t.Technique] == nil {
				names = append(names, t.Technique)
			}
			byName[t.Technique] = append(byName[t.Technique], "“"+oneLine(t.Text, 40)+"”")
		}
		sort.Strings(names)
		for _, n := range names {
			ex := byName[n]
			more := ""
			if len(ex) > 4 {
				more = fmt.Sprintf(" … %d more", len(ex)-4)
				ex = ex[:4]
			}
			fmt.Fprintf(&b, "  %-16s ×%d  %s%s\n", strings.ReplaceAll(n, "_", " "), len(byName[n]), strings.Join(ex, ", "), more)
		}
	}
	for _, s := range a.Sections {
		fmt.Fprintf(&b, "\n%s\n", strings.ToUpper(s.Title))
		writeWrapped(&b, s.Body, "  ")
	}
	writeCuts(&b, &a.Document)
	return []byte(b.String())
}

// meter draws v in [0, 1] as a bar of n cells.
func meter(v float64, n int) string {
	full := int(v*float64(n) + 0.5)
	full = max(0, min(n, full))
	return strings.Repeat("█", full) + strings.Repeat("░", n-full)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// spanList quotes up to n spans with their notes.
func spanList(spans []truthlens.Span, n int) string {
	var parts []string
	for i, s := range spans {
		if i == n {
			break
		}
		p := "“" + s.Text + "”"
		if s.Note != "" {
			p += " " + s.Note
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return ""
	}
	return " — " + strings.Join(parts, "; ")
}

// writeWrapped writes paragraphs of prose wrapped at 78 columns.
func writeWrapped(w *strings.Builder, s, indent string) {
	for i, p := range paras(s) {
		if i > 0 {
			w.WriteString("\n")
		}
		col := 0
		for j, word := range strings.Fields(p) {
			n := utf8.RuneCountInString(word)
			switch {
			case j == 0:
				w.WriteString(indent)
				col = len(indent)
			case col+1+n > 78:
				w.WriteString("\n" + indent)
				col = len(indent)
			default:
				w.WriteString(" ")
				col++
			}
			w.WriteString(word)
			col += n
		}
		w.WriteString("\n")
	}
}
