package main

// reportHTML is the template of `analyze --format html`: one page, no
// external assets, inline CSS and SVG. Everything from the article goes
// through html/template's contextual escaping.
const reportHTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="truthlens {{.Version}}">
<title>truthlens report{{if eq (len .Entries) 1}}{{with index .Entries 0}}{{if .A}} — {{.A.Title}}{{end}}{{end}}{{end}}</title>
<style>
:root{--ink:#1d232b;--muted:#5b6570;--line:#e3e6ea;--soft:#f5f6f8;--accent:#2f5f8f}
*{box-sizing:border-box}
body{margin:0;background:var(--soft);color:var(--ink);font:16px/1.6 Georgia,"Times New Roman",serif}
.sans,h1,h2,h3,.meta,table,.pill,.note,header,footer,nav,summary,.bar-label{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header.top{background:var(--ink);color:#fff;padding:.9rem 1.5rem;display:flex;justify-content:space-between;align-items:baseline;flex-wrap:wrap;gap:.5rem}
header.top b{font-size:1.1rem;letter-spacing:.02em}header.top span{font-size:.85rem;opacity:.8}
main{max-width:60rem;margin:0 auto;padding:1rem}
nav.toc{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;margin:1rem 0;font-size:.9rem}
nav.toc ol{margin:.3rem 0;padding-left:1.3rem}nav.toc a{color:var(--accent)}
article.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1.5rem 1.8rem;margin:1.5rem 0;box-shadow:0 1px 3px rgba(0,0,0,.05)}
h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .4rem}
h2{font-size:1.05rem;font-weight:650;margin:2rem 0 .6rem;padding-bottom:.3rem;border-bottom:2px solid var(--line);color:var(--ink)}
h3{font-size:.95rem;margin:1rem 0 .3rem}
.meta{color:var(--muted);font-size:.85rem}.meta a{color:var(--accent)}
.input{font:.78rem ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--muted);word-break:break-all}
.suggest{background:#eef4fa;border-left:4px solid var(--accent);padding:.5rem .8rem;margin:.8rem 0;font-size:.95rem}
.suggest .sans{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);display:block}
.pill{display:inline-block;font-size:.72rem;padding:.05rem .5rem;border-radius:99px;background:var(--soft);border:1px solid var(--line);color:var(--muted);margin-right:.25rem;white-space:nowrap}
.pill.warn{background:#fdecea;border-color:#f5c6c0;color:#922b21}
.scores{display:grid;grid-template-columns:150px 1fr;gap:1.2rem;align-items:center;margin:1rem 0}
.gauge text{font-family:system-ui,sans-serif}
.bar{display:grid;grid-template-columns:11rem 1fr 2.6rem;align-items:center;gap:.6rem;margin:.35rem 0}
.bar-label{font-size:.9rem}.bar-label small{display:block;color:var(--muted);font-size:.72rem;line-height:1.2}
.bar b{font:600 .95rem system-ui,sans-serif;text-align:right}
details.checks{margin:.2rem 0 .9rem;border:1px solid var(--line);border-radius:6px;background:#fcfcfd}
details.checks>summary{cursor:pointer;padding:.35rem .7rem;font-size:.85rem;color:var(--accent)}
table{width:100%;border-collapse:collapse;font-size:.85rem}table.fixed{table-layout:fixed}
th{text-align:left;color:var(--muted);font-weight:600;border-bottom:1px solid var(--line);padding:.35rem .5rem}
td{border-bottom:1px solid var(--line);padding:.4rem .5rem;vertical-align:top}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
tr.off td{color:#9aa3ad}
.mini{display:inline-block;width:4rem;height:.45rem;background:#e9ecef;border-radius:3px;vertical-align:middle;margin-right:.3rem}
.mini i{display:block;height:100%;border-radius:3px}
.note{color:var(--muted);font-size:.78rem}
.ev{display:block;margin:.25rem 0 0;padding:.15rem .5rem;border-left:3px solid #d5dbe1;font:italic .82rem/1.4 Georgia,serif;color:#37414b}
.ev em{font-style:normal;color:var(--muted);font-family:system-ui,sans-serif;font-size:.72rem}
blockquote{margin:.6rem 0;padding:.3rem .9rem;border-left:4px solid #7fa7cc;background:#f7fafc}
blockquote footer{font-size:.82rem;color:var(--muted)}
.summary p{font-size:1.05rem}
.text p{margin:.7rem 0}
.text .q{background:#eaf2fb}
.text .t{background:#fdebd0;border-bottom:2px solid #e67e22}
.text .q.t{background:#f3eadf;border-bottom:2px dotted #e67e22}
.legend{font-size:.78rem;color:var(--muted)}.legend span{padding:0 .3rem;margin-right:.6rem}
.section{margin:.9rem 0}.section h3{margin-bottom:.1rem}.section p{margin:.2rem 0}
.error{border-left:5px solid #c0392b}.error p{color:#922b21;font-family:system-ui,sans-serif}
ul.cut{padding-left:1.1rem}ul.cut li{margin:.3rem 0;font-size:.9rem}
footer.bottom{text-align:center;color:var(--muted);font-size:.8rem;padding:1rem 0 2rem}
@media (max-width:640px){.scores{grid-template-columns:1fr}.bar{grid-template-columns:6rem 1fr 2.4rem}article.card{padding:1rem}}
@media print{body{background:#fff}article.card{box-shadow:none;border:0;page-break-after:always}details.checks{display:block}nav.toc,header.top{display:none}}
</style></head><body>
<header class="top"><b>truthlens report</b><span>{{plural (len .Entries) "input" "inputs"}}{{if .Failed}}, {{.Failed}} failed{{end}} · rules {{.Engine}}</span></header>
<main>
<p class="sans note">Each score runs from 0 to 10 and is computed only from the named checks listed under it (weight × value), so anyone can recompute it. Words inside attributed quotations are the speakers', not the outlet's, and do not count against it. The scores judge reporting practice visible in the text, not whether the story is true.</p>
{{if gt (len .Entries) 1}}<nav class="toc"><b>Articles</b><ol>{{range .Entries}}<li><a href="#{{.Anchor}}">{{if .A}}{{if .A.Title}}{{.A.Title}}{{else}}{{.Input}}{{end}}{{else}}{{.Input}}{{end}}</a>{{if .A}} — {{fmt1 .A.Scores.Overall}}/10{{else}} — <span style="color:#922b21">error</span>{{end}}</li>{{end}}</ol></nav>{{end}}
{{range .Entries}}{{$e := .}}
{{if .Err}}<article class="card error" id="{{.Anchor}}"><div class="input">{{.Input}}{{if .ID}} · id {{.ID}}{{end}}</div><h1>Could not analyse this input</h1><p>{{.Err}}</p></article>
{{else}}{{with .A}}<article class="card" id="{{$e.Anchor}}"{{if .Language}} lang="{{.Language}}"{{end}}>
<div class="input">{{$e.Input}}{{if .ID}} · id {{.ID}}{{end}}</div>
<h1>{{if .Title}}{{.Title}}{{else}}(no headline){{end}}</h1>
<p class="meta">{{if .Site}}<b>{{.Site}}</b>{{else}}unknown outlet{{end}}{{if .Byline}} · {{.Byline}}{{end}}{{if .Published}} · {{.Published}}{{else}} · no date{{end}}{{if .Language}} · {{.Language}}{{end}}{{if .URL}} · <a href="{{.URL}}" rel="noopener noreferrer nofollow">{{.URL}}</a>{{end}}</p>
<p>{{if .Headline.Clickbait}}<span class="pill warn">clickbait headline</span>{{end}}<span class="pill{{if ge .Headline.Sensationalism 5.0}} warn{{end}}">headline sensationalism {{fmt1 .Headline.Sensationalism}}/10</span>{{range .Disclosures}}<span class="pill warn">{{.Kind}}</span>{{end}}{{range $e.Techniques}}<span class="pill">{{human .Name}} ×{{.Count}}</span>{{end}}</p>
{{if and .Headline.Suggested (ne .Headline.Suggested .Headline.Original)}}<div class="suggest"><span class="sans">Suggested neutral headline</span>{{.Headline.Suggested}}{{if .Headline.Evidence}}<div class="note">flagged in the original headline:</div>{{range .Headline.Evidence}}<span class="ev">“{{.Text}}” <em>{{.Note}}</em></span>{{end}}{{end}}</div>{{end}}

<h2>Scores</h2>
<div class="scores">
<svg class="gauge" viewBox="0 0 100 100" width="150" height="150" role="img" aria-label="overall score {{fmt1 .Scores.Overall}} out of 10">
<circle cx="50" cy="50" r="42" fill="none" stroke="#e9ecef" stroke-width="10"/>
<path d="{{arc .Scores.Overall}}" fill="none" stroke="{{colour .Scores.Overall}}" stroke-width="10" stroke-linecap="round"/>
<text x="50" y="52" text-anchor="middle" font-size="22" font-weight="700" fill="#1d232b">{{fmt1 .Scores.Overall}}</text>
<text x="50" y="68" text-anchor="middle" font-size="8.5" fill="#5b6570">overall / 10</text>
</svg>
<div>{{range $e.Metrics}}<div class="bar"><span class="bar-label">{{.Name}}<small>{{.Blurb}}</small></span>
<svg viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="14" role="img" aria-label="{{.Name}} {{fmt1 .Score.Value}} out of 10"><rect width="100" height="10" rx="2" fill="#e9ecef"/><rect width="{{width .Score.Value 10}}" height="10" rx="2" fill="{{.Colour}}"/></svg>
<b>{{fmt1 .Score.Value}}</b></div>{{end}}</div>
</div>
{{range $e.Metrics}}<details class="checks" open><summary>{{.Name}} {{fmt1 .Score.Value}}: {{plural (len .Score.Checks) "check" "checks"}}</summary>
<table class="fixed"><colgroup><col style="width:32%"><col style="width:9%"><col style="width:17%"><col style="width:42%"></colgroup><thead><tr><th>Check</th><th class="num">Weight</th><th>Value</th><th>Why</th></tr></thead><tbody>
{{range .Score.Checks}}<tr{{if eq .Weight 0.0}} class="off"{{end}}><td>{{.Label}}<div class="note">{{.ID}}</div></td><td class="num">{{fmt1 .Weight}}</td><td class="num"><span class="mini"><i style="width:{{width .Value 1}}%;background:{{unit .Value}}"></i></span>{{fmt2 .Value}}</td>
<td>{{if .Note}}<span class="note">{{.Note}}</span>{{end}}{{range .Evidence}}<span class="ev">“{{.Text}}”{{if .Note}} <em>{{.Note}}</em>{{end}}</span>{{end}}</td></tr>
{{end}}</tbody></table></details>{{end}}

{{if .Summary}}<h2>Summary</h2><div class="summary">{{range paras .Summary}}<p>{{.}}</p>{{end}}</div>{{end}}

{{if .Quotes}}<h2>Quotations ({{len .Quotes}})</h2>{{range .Quotes}}<blockquote>“{{.Text}}”<footer>— {{if .Speaker}}{{.Speaker}}{{else}}speaker not identified{{end}}{{if .Cue}} ({{.Cue}}){{end}}</footer></blockquote>{{end}}{{end}}

{{if .Claims}}<h2>Checkable claims ({{len .Claims}})</h2><table><thead><tr><th>Claim</th><th>Attributed to</th></tr></thead><tbody>
{{range .Claims}}<tr><td>{{.Text}}</td><td>{{if .AttributedTo}}{{.AttributedTo}}{{else}}<span class="note">not attributed</span>{{end}}</td></tr>{{end}}</tbody></table>{{end}}

{{if .Techniques}}<h2>Persuasion techniques ({{len .Techniques}})</h2><table><thead><tr><th>Technique</th><th>Words</th><th>Note</th></tr></thead><tbody>
{{range .Techniques}}<tr><td>{{human .Technique}}</td><td>“{{.Text}}”</td><td class="note">{{.Note}}</td></tr>{{end}}</tbody></table>{{end}}

<h2>Analysis</h2>
{{with .Enrichment}}<p class="note">Prose by language model {{.Model}} ({{.Status}}){{if .Note}}: {{.Note}}{{end}}. Scores are never taken from the model.</p>{{end}}
{{range .Sections}}<div class="section"><h3>{{.Title}}</h3>{{range paras .Body}}<p>{{.}}</p>{{end}}{{range .Evidence}}<span class="ev">“{{.Text}}”{{if .Note}} <em>{{.Note}}</em>{{end}}</span>{{end}}{{if and .Generator (ne .Generator "rules")}}<div class="note">written by {{.Generator}}</div>{{end}}</div>{{end}}

<h2>Article text</h2>
<p class="legend"><span class="q" style="background:#eaf2fb">quotation</span><span style="background:#fdebd0;border-bottom:2px solid #e67e22">persuasion technique</span></p>
<div class="text">{{range $e.Paras}}<p>{{range .}}{{if .Class}}<span class="{{.Class}}" title="{{.Title}}">{{.Text}}</span>{{else}}{{.Text}}{{end}}{{end}}</p>{{end}}</div>

{{if .Removed}}<h2>Removed from the page ({{len .Removed}})</h2><p class="note">Cut by extraction so it does not count as the article; shown so you can check.</p><ul class="cut">{{range .Removed}}<li><span class="pill">{{.Kind}}</span> {{.Text}}</li>{{end}}</ul>{{end}}
{{if .Disclosures}}<h2>Disclosures</h2><ul class="cut">{{range .Disclosures}}<li><span class="pill warn">{{.Kind}}</span> {{.Text}}</li>{{end}}</ul>{{end}}
</article>{{end}}{{end}}{{end}}
</main>
<footer class="bottom">truthlens {{.Version}} · scores are computed from the listed checks alone</footer>
</body></html>
`
