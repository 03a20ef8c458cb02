package main

import (
	"context"
	"fmt"
	"html/template"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// analyzeHTML writes one self-contained HTML report page for all inputs
// (no external assets; article content always escaped by html/template).
func analyzeHTML(ctx context.Context, e *env, cfg *inputConfig, l *loader, inputs []string) error {
	type entry struct {
		Input string
		Err   string
		A     *truthlens.Article
	}
	var entries []entry
	failed := 0
	err := processOrdered(ctx, cfg.workers, func(emit func(item)) { expand(e, cfg, inputs, emit) },
		func(ctx context.Context, it item) (*truthlens.Article, error) {
			return l.article(ctx, it)
		},
		func(it item, a *truthlens.Article, err error) error {
			if err != nil {
				failed++
				entries = append(entries, entry{Input: it.Input, Err: errText(err)})
				return nil
			}
			entries = append(entries, entry{Input: it.Input, A: a})
			return nil
		})
	if err != nil {
		return err
	}
	if err := reportTmpl.Execute(e.stdout, entries); err != nil {
		return err
	}
	if failed > 0 {
		return errInputs
	}
	return nil
}

var reportTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"pct":   func(v float64) string { return fmt.Sprintf("%.0f", v*10) },
	"fmt1":  func(v float64) string { return fmt.Sprintf("%.1f", v) },
	"paras": func(s string) []string { return strings.Split(s, "\n\n") },
	"metrics": func(s truthlens.Scores) []struct {
		Name string
		S    truthlens.Score
	} {
		return []struct {
			Name string
			S    truthlens.Score
		}{{"Objectivity", s.Objectivity}, {"Accuracy", s.Accuracy}, {"Transparency", s.Transparency}}
	},
}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>truthlens report</title>
<style>
body{font:16px/1.55 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d232b}
h1{font-size:1.6rem;line-height:1.25}h2{font:600 1.1rem system-ui,sans-serif;margin-top:2rem;border-bottom:1px solid #ddd}
.meta,.small{font:0.85rem system-ui,sans-serif;color:#555}.err{color:#a40000}
.bar{display:flex;align-items:center;gap:.5rem;font:0.9rem system-ui,sans-serif;margin:.2rem 0}
.bar span:first-child{width:7rem}.track{flex:1;background:#eee;height:.6rem;border-radius:.3rem}
.fill{background:#2f6f9f;height:100%;border-radius:.3rem}article{border-top:3px solid #1d232b;margin-top:3rem}
details{font:0.85rem system-ui,sans-serif;margin:.3rem 0 .8rem 7.5rem}blockquote{margin:.3rem 0;border-left:3px solid #ccc;padding-left:.7rem}
</style></head><body>
<p class="small">truthlens report — scores are computed from the named checks listed under each bar.</p>
{{range .}}<article>
{{if .Err}}<h1>{{.Input}}</h1><p class="err">Error: {{.Err}}</p>{{else}}{{with .A}}
<h1>{{.Title}}</h1>
{{if ne .Headline.Suggested .Headline.Original}}<p><strong>Suggested headline:</strong> {{.Headline.Suggested}}</p>{{end}}
<p class="meta">{{.Site}}{{if .Byline}} · {{.Byline}}{{end}}{{if .Published}} · {{.Published}}{{end}}{{if .URL}} · <a href="{{.URL}}" rel="noopener noreferrer">source</a>{{end}} · {{.Engine}}</p>
<h2>Average score: {{fmt1 .Scores.Overall}} / 10</h2>
{{range metrics .Scores}}<div class="bar"><span>{{.Name}} {{fmt1 .S.Value}}</span><div class="track"><div class="fill" style="width:{{pct .S.Value}}%"></div></div></div>
<details><summary>{{len .S.Checks}} checks</summary><ul>{{range .S.Checks}}<li>{{.Label}}: {{fmt1 .Value}} × weight {{fmt1 .Weight}}{{if .Note}} — {{.Note}}{{end}}{{range .Evidence}}<blockquote>{{.Text}}</blockquote>{{end}}</li>{{end}}</ul></details>
{{end}}
<h2>Summary</h2>{{range paras .Summary}}<p>{{.}}</p>{{end}}
{{if .Quotes}}<h2>Quotes</h2>{{range .Quotes}}<blockquote>“{{.Text}}” — {{if .Speaker}}{{.Speaker}}{{else}}unknown speaker{{end}}</blockquote>{{end}}{{end}}
{{with .Enrichment}}<p class="small">Prose by language model {{.Model}} ({{.Status}}){{if .Note}}: {{.Note}}{{end}}. Scores are never taken from the model.</p>{{end}}
{{range .Sections}}<h2>{{.Title}}</h2><p>{{.Body}}</p>{{if ne .Generator "rules"}}{{if .Generator}}<p class="small">written by {{.Generator}}</p>{{end}}{{end}}{{end}}
<h2>Article</h2>{{range paras .Text}}<p>{{.}}</p>{{end}}
{{if .Removed}}<h2>Removed from the page</h2><ul>{{range .Removed}}<li><strong>{{.Kind}}</strong>: {{.Text}}</li>{{end}}</ul>{{end}}
{{end}}{{end}}</article>{{end}}
</body></html>
`))
