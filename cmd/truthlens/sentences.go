package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze"
	"github.com/truthlens/truthlens/text"
)

func init() {
	register("sentences", "sentence-level labels: subjective, loaded, claim, quote (--lines: one sentence per line)", runSentences)
}

// sentenceLine is the output object of `sentences --lines`.
type sentenceLine struct {
	Input string `json:"input"`
	ID    string `json:"id,omitempty"`
	Line  int    `json:"line"`
	truthlens.Sentence
}

// sentencesDoc is the output object of `sentences` without --lines.
type sentencesDoc struct {
	Input     string               `json:"input"`
	ID        string               `json:"id,omitempty"`
	Language  string               `json:"language"`
	Text      string               `json:"text"`
	Sentences []truthlens.Sentence `json:"sentences"`
}

func runSentences(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "sentences", "INPUT...")
	format := formatFlag(fs, e, "json", "text")
	lines := fs.Bool("lines", false, "take every input line as one sentence (no re-splitting)")
	lang := fs.String("lang", "", "language of the input (ISO 639-1); default: detected")
	var cfg inputConfig
	cfg.register(fs)
	inputs, err := cfg.parse(fs, args, format)
	if err != nil {
		return err
	}
	if *lines {
		return sentencesLines(ctx, e, &cfg, inputs, *lang, format.value)
	}
	l := newLoader(&cfg)
	return printAll(ctx, e, &cfg, inputs, func(ctx context.Context, it item) ([]byte, error) {
		doc, err := l.document(ctx, it)
		if err != nil {
			return nil, err
		}
		lg := doc.Language
		if *lang != "" {
			lg = *lang
		}
		sents := analyze.LabelSentences(doc.Text, lg, nil)
		if format.value == "text" {
			var b strings.Builder
			fmt.Fprintf(&b, "== %s\n%s\n", it.Input, sentenceLegend)
			for _, s := range sents {
				b.WriteString(sentenceFlags(s) + " " + s.Text + "\n")
			}
			return []byte(b.String()), nil
		}
		return json.Marshal(sentencesDoc{Input: it.Input, ID: it.ID, Language: lg, Text: doc.Text, Sentences: sents})
	})
}

// sentencesLines labels every line of every input as one sentence. A file
// is labelled in one pass; lines are independent, so it is parallel by
// input. Blank lines are skipped (they are not sentences).
func sentencesLines(ctx context.Context, e *env, cfg *inputConfig, inputs []string, lang, format string) error {
	l := newLoader(cfg)
	return printAll(ctx, e, cfg, inputs, func(ctx context.Context, it item) ([]byte, error) {
		body, err := rawBody(ctx, l, it)
		if err != nil {
			return nil, err
		}
		lg := lang
		if lg == "" {
			lg = text.Language(string(body[:min(len(body), 4000)]))
		}
		var out lineOutput
		sc := bufio.NewScanner(bytes.NewReader(body))
		sc.Buffer(make([]byte, 1<<16), 8<<20)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(line) == "" {
				continue
			}
			s := analyze.LabelSentences(line, lg, []text.Range{{Start: 0, End: len(line)}})
			if len(s) == 0 {
				continue
			}
			if format == "text" {
				if out.Len() == 0 {
					fmt.Fprintf(&out, "== %s\n%s\n", it.Input, sentenceLegend)
				}
				fmt.Fprintf(&out, "%4d %s %s\n", n, sentenceFlags(s[0]), line)
				continue
			}
			if err := out.json(sentenceLine{Input: it.Input, ID: it.ID, Line: n, Sentence: s[0]}); err != nil {
				return nil, err
			}
		}
		return out.result(sc.Err())
	})
}

// rawBody is the item's bytes without extraction (for line-oriented
// commands): the file, stdin, the JSON Lines record's text, or the fetched URL.
func rawBody(ctx context.Context, l *loader, it item) ([]byte, error) {
	if it.Err != nil {
		return nil, it.Err
	}
	body := it.Src.Body
	if it.Raw != nil {
		body = it.Raw
	}
	if it.URL != "" {
		resp, err := l.fetcher.Get(ctx, it.URL)
		if err != nil {
			return nil, err
		}
		body = resp.Body
	}
	body, err := lineText(body)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		if it.Src.Title != "" {
			return []byte(it.Src.Title), nil
		}
		return nil, truthlens.Errorf(truthlens.EINVALID, "empty input")
	}
	return body, nil
}

// sentenceLegend explains the flags of the text format.
const sentenceLegend = "[S subjective, L loaded, C claim, Q quotation; subjectivity 0-1]"

func sentenceFlags(s truthlens.Sentence) string {
	f := func(b bool, c string) string {
		if b {
			return c
		}
		return "."
	}
	return fmt.Sprintf("[%s%s%s%s %.2f]", f(s.Subjective, "S"), f(s.Loaded, "L"), f(s.Claim, "C"), f(s.Quote, "Q"), s.Subjectivity)
}
