package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/headline"
	"github.com/truthlens/truthlens/extract"
	"github.com/truthlens/truthlens/text"
)

func init() {
	register("headline", "clickbait, sensationalism and a neutral rewrite for every input line (one headline per line)", runHeadline)
}

// headlineLine is the output object of `truthlens headline`.
type headlineLine struct {
	Input          string           `json:"input"`
	ID             string           `json:"id,omitempty"`
	Line           int              `json:"line"`
	Headline       string           `json:"headline"`
	Clickbait      bool             `json:"clickbait"`
	Sensationalism float64          `json:"sensationalism"`
	Suggested      string           `json:"suggested"`
	Evidence       []truthlens.Span `json:"evidence"`
}

func runHeadline(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "headline", "INPUT...")
	format := formatFlag(fs, e, "json", "text")
	lang := fs.String("lang", "", "language of the headlines (ISO 639-1); default: detected per input")
	var cfg inputConfig
	cfg.register(fs)
	inputs, err := cfg.parse(fs, args, format)
	if err != nil {
		return err
	}
	l := newLoader(&cfg)
	return printAll(ctx, e, &cfg, inputs, func(ctx context.Context, it item) ([]byte, error) {
		body, first, err := headlineBody(ctx, l, it)
		if err != nil {
			return nil, err
		}
		lg := *lang
		if lg == "" {
			lg = text.Language(string(body[:min(len(body), 4000)]))
		}
		var out lineOutput
		sc := bufio.NewScanner(bytes.NewReader(body))
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		n := first - 1
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			h := headline.Analyze(line, lg)
			if format.value == "text" {
				fmt.Fprintf(&out, "%4d  %s\n      clickbait %s · sensationalism %.1f/10%s\n", n, line, yesNo(h.Clickbait), h.Sensationalism, spanList(h.Evidence, 4))
				if h.Suggested != line {
					fmt.Fprintf(&out, "      suggested: %s\n", h.Suggested)
				}
				continue
			}
			ev := h.Evidence
			if ev == nil {
				ev = []truthlens.Span{}
			}
			if err := out.json(headlineLine{Input: it.Input, ID: it.ID, Line: n, Headline: line, Clickbait: h.Clickbait,
				Sensationalism: h.Sensationalism, Suggested: h.Suggested, Evidence: ev}); err != nil {
				return nil, err
			}
		}
		return out.result(sc.Err())
	})
}

// headlineBody is the text whose lines are headlines, and the number of
// its first line. A JSON Lines record gives its title (numbered with the
// record's line); a web page gives its headline (line 1): neither is read
// line by line, which would take markup or body text for headlines.
func headlineBody(ctx context.Context, l *loader, it item) ([]byte, int, error) {
	if it.Err != nil {
		return nil, 0, it.Err
	}
	if it.Line > 0 {
		t := strings.Join(strings.Fields(it.Src.Title), " ")
		if t == "" {
			return nil, 0, truthlens.Errorf(truthlens.EINVALID, "line %d: record has no title", it.Line)
		}
		return []byte(t), it.Line, nil
	}
	body, err := rawBody(ctx, l, it)
	if err != nil {
		return nil, 0, err
	}
	if !looksLikeHTML(body) {
		return body, 1, nil
	}
	doc, err := extract.Extract(extract.Source{Input: it.Input, URL: it.URL, Body: body, Kind: extract.KindHTML}, extract.Options{Now: l.now})
	if err != nil || strings.TrimSpace(doc.Title) == "" {
		return nil, 0, truthlens.Errorf(truthlens.EINVALID, "a web page without a headline (headline reads one headline per line of text)")
	}
	return []byte(strings.Join(strings.Fields(doc.Title), " ")), 1, nil
}

// looksLikeHTML: the text starts with a doctype or an html, head or body
// tag (after white space and comments).
func looksLikeHTML(b []byte) bool {
	head := bytes.TrimLeft(b, " \t\r\n")
	for bytes.HasPrefix(head, []byte("<!--")) {
		end := bytes.Index(head, []byte("-->"))
		if end < 0 {
			break
		}
		head = bytes.TrimLeft(head[end+3:], " \t\r\n")
	}
	head = bytes.ToLower(head[:min(len(head), 16)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}
