package http

import (
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

// A highlight key names a group of evidence spans in the article text:
// "objectivity.CHECK" (a check of a metric), "section.ID", "quotes",
// "claims", "techniques". The article page links each check to
// ?check=KEY#text and the server marks that key's spans.

// hspan is one span of article text under a key.
type hspan struct {
	start, end int
	key, note  string
}

// seg is a run of text with the keys whose spans cover it. Mark is set
// when it belongs to the selected key; Note then says why.
type seg struct {
	Text string
	Keys string
	Mark bool
	Note string
}

// para is one paragraph of the article text.
type para struct {
	Segs []seg
}

// evidenceSpans gathers every highlightable span of a, with its key.
func evidenceSpans(a *truthlens.Article) []hspan {
	var out []hspan
	add := func(key string, sp []truthlens.Span) {
		for _, s := range sp {
			out = append(out, hspan{s.Start, s.End, key, s.Note})
		}
	}
	for _, m := range metricsOf(&a.Scores) {
		for _, c := range m.Score.Checks {
			add(m.ID+"."+c.ID, c.Evidence)
		}
	}
	for _, s := range a.Sections {
		add("section."+s.ID, s.Evidence)
	}
	for _, q := range a.Quotes {
		note := "quote"
		if q.Speaker != "" {
			note = "quote: " + q.Speaker
		}
		out = append(out, hspan{q.Start, q.End, "quotes", note})
	}
	for _, c := range a.Claims {
		note := "claim"
		if c.AttributedTo != "" {
			note = "claim attributed to " + c.AttributedTo
		}
		out = append(out, hspan{c.Start, c.End, "claims", note})
	}
	for _, t := range a.Techniques {
		out = append(out, hspan{t.Start, t.End, "techniques", titleWord(t.Technique)})
	}
	return out
}

// segmentText splits text into paragraphs (at blank lines) and each
// paragraph into runs at span boundaries. Spans out of range are clamped
// and moved to rune boundaries, so bad offsets never break the page or
// split a character. All text stays plain strings: html/template escapes it.
func segmentText(text string, spans []hspan, selected string) []para {
	n := len(text)
	fix := func(i int) int {
		if i < 0 {
			i = 0
		}
		if i > n {
			i = n
		}
		for i < n && !utf8.RuneStart(text[i]) {
			i++
		}
		return i
	}
	valid := spans[:0:0]
	for _, s := range spans {
		s.start, s.end = fix(s.start), fix(s.end)
		if s.end > s.start {
			valid = append(valid, s)
		}
	}
	sort.SliceStable(valid, func(i, j int) bool { return valid[i].start < valid[j].start })

	var paras []para
	next := 0 // next span (by start) not yet active
	var active []hspan
	pos := 0
	for pos < n {
		// Paragraph [ps, pe): skip blank-line separators.
		for pos < n && (text[pos] == '\n' || text[pos] == '\r') {
			pos++
		}
		if pos >= n {
			break
		}
		ps := pos
		pe := strings.Index(text[ps:], "\n\n")
		if pe < 0 {
			pe = n
		} else {
			pe += ps
		}
		var p para
		for at := ps; at < pe; {
			// Update the active set at `at`.
			kept := active[:0]
			for _, s := range active {
				if s.end > at {
					kept = append(kept, s)
				}
			}
			active = kept
			for next < len(valid) && valid[next].start <= at {
				if valid[next].end > at {
					active = append(active, valid[next])
				}
				next++
			}
			// The run ends at the next boundary.
			end := pe
			if next < len(valid) && valid[next].start < end {
				end = valid[next].start
			}
			for _, s := range active {
				if s.end < end {
					end = s.end
				}
			}
			p.Segs = appendSeg(p.Segs, text[at:end], active, selected)
			at = end
		}
		paras = append(paras, p)
		pos = pe
	}
	return paras
}

// appendSeg adds a run, merging it into the previous one when both carry
// the same keys.
func appendSeg(segs []seg, t string, active []hspan, selected string) []seg {
	var keys []string
	sg := seg{Text: t}
	for _, s := range active {
		keys = append(keys, s.key)
		if selected != "" && s.key == selected && !sg.Mark {
			sg.Mark, sg.Note = true, s.note
		}
	}
	sort.Strings(keys)
	keys = dedupe(keys)
	sg.Keys = strings.Join(keys, " ")
	if k := len(segs); k > 0 && segs[k-1].Keys == sg.Keys && segs[k-1].Note == sg.Note {
		segs[k-1].Text += t
		return segs
	}
	return append(segs, sg)
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// metric is one of the three scores with its id and name.
type metric struct {
	ID    string
	Name  string
	Score *truthlens.Score
}

func metricsOf(s *truthlens.Scores) []metric {
	return []metric{
		{"objectivity", "Objectivity", &s.Objectivity},
		{"accuracy", "Accuracy", &s.Accuracy},
		{"transparency", "Transparency", &s.Transparency},
	}
}

// proseHTML renders the paragraphs as HTML. Every piece of text and every
// attribute value is escaped here with template.HTMLEscapeString (the
// same escaping html/template applies in text and quoted attributes), so
// the result is safe to mark as template.HTML: it is built from escaped
// user text and constant markup only. Doing it here rather than in the
// template keeps the article page cheap (one escape per run instead of a
// template action per run).
func proseHTML(paras []para) template.HTML {
	var b strings.Builder
	for _, p := range paras {
		b.WriteString("<p>")
		for _, s := range p.Segs {
			switch {
			case s.Keys == "":
				b.WriteString(template.HTMLEscapeString(s.Text))
			case s.Mark:
				b.WriteString(`<mark class="ev" data-k="`)
				b.WriteString(template.HTMLEscapeString(s.Keys))
				b.WriteString(`" title="`)
				b.WriteString(template.HTMLEscapeString(s.Note))
				b.WriteString(`">`)
				b.WriteString(template.HTMLEscapeString(s.Text))
				b.WriteString("</mark>")
			default:
				b.WriteString(`<span class="ev" data-k="`)
				b.WriteString(template.HTMLEscapeString(s.Keys))
				b.WriteString(`">`)
				b.WriteString(template.HTMLEscapeString(s.Text))
				b.WriteString("</span>")
			}
		}
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String())
}
