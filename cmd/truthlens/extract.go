package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

func init() {
	register("extract", "main content and metadata of articles (title, site, byline, date, language, text, removed parts)", runExtract)
}

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "INPUT...")
	format := formatFlag(fs, e, "json", "text")
	var cfg inputConfig
	cfg.register(fs)
	inputs, err := cfg.parse(fs, args, format)
	if err != nil {
		return err
	}
	l := newLoader(&cfg)
	return printAll(ctx, e, &cfg, inputs, func(ctx context.Context, it item) ([]byte, error) {
		doc, err := l.document(ctx, it)
		if err != nil {
			return nil, err
		}
		if format.value == "text" {
			return documentText(&doc), nil
		}
		return json.Marshal(doc)
	})
}

// printAll processes every input in parallel and prints one line (JSON) or
// block (text) per input, in input order; failed inputs print their error
// object and make the exit status 1.
func printAll(ctx context.Context, e *env, cfg *inputConfig, inputs []string, fn func(context.Context, item) ([]byte, error)) error {
	failed := 0
	err := processOrdered(ctx, cfg.workers, func(emit func(item)) { expand(e, cfg, inputs, emit) }, fn,
		func(it item, out []byte, err error) error {
			if err != nil {
				failed++
				if cfg.text {
					return writeLine(e.stdout, errorBlock(it, err))
				}
				return writeLine(e.stdout, errorLine(it, err))
			}
			return writeLine(e.stdout, out)
		})
	if err != nil {
		return err
	}
	if failed > 0 {
		return errInputs
	}
	return nil
}

// documentText renders a Document for people.
func documentText(d *truthlens.Document) []byte {
	var b strings.Builder
	b.WriteString(heading(d))
	writeMeta(&b, d)
	b.WriteString("\n")
	b.WriteString(d.Text)
	b.WriteString("\n")
	writeCuts(&b, d)
	return []byte(b.String())
}

func writeMeta(w io.Writer, d *truthlens.Document) {
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-10s %s\n", k+":", v)
		}
	}
	field("Title", d.Title)
	field("Site", d.Site)
	field("Byline", d.Byline)
	field("Published", string(d.Published))
	field("Language", d.Language)
	field("URL", d.URL)
	for _, ds := range d.Disclosures {
		field("Discloses", ds.Kind+": "+oneLine(ds.Text, 100))
	}
}

func writeCuts(w io.Writer, d *truthlens.Document) {
	if len(d.Removed) == 0 {
		return
	}
	fmt.Fprintf(w, "\n-- removed from the page (%d):\n", len(d.Removed))
	for _, r := range d.Removed {
		fmt.Fprintf(w, "  [%s] %s\n", r.Kind, oneLine(r.Text, 100))
	}
}

// oneLine folds white space and shortens s to at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// heading is the first line of an input's text block: the INPUT, and the
// record id for JSON Lines.
func heading(d *truthlens.Document) string {
	if d.ID != "" {
		return fmt.Sprintf("== %s (id %s)\n", d.Input, d.ID)
	}
	return fmt.Sprintf("== %s\n", d.Input)
}
