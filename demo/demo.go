// Package demo ships a small fictional corpus so that a new user sees every
// feature of truthlens at first run (`truthlens serve --demo`): one story
// in the invented town of Larkhaven, covered by several invented outlets
// (an original report, a syndicated copy, a rewrite that changes a quote,
// a follow-up with a related-article link about another story, one
// outlet with a claim nobody else reports), plus one unrelated article.
// Every outlet name carries "(fictional)" and every byline says "fictional
// demo article"; the URLs use the reserved .example domain.
package demo

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
)

//go:embed articles.jsonl
var corpus []byte

// line is one JSON Lines article of the corpus (the CLI's JSONL shape).
type line struct {
	ID        string         `json:"id"`
	URL       string         `json:"url"`
	Source    string         `json:"source"`
	Title     string         `json:"title"`
	Published truthlens.Date `json:"published"`
	HTML      string         `json:"html"`
	Text      string         `json:"text"`
}

// Sources returns the demo articles as extract sources, in corpus order.
func Sources() ([]extract.Source, error) {
	var out []extract.Source
	sc := bufio.NewScanner(bytes.NewReader(corpus))
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	n := 0
	for sc.Scan() {
		n++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("demo corpus line %d: %w", n, err)
		}
		src := extract.Source{Input: fmt.Sprintf("demo/articles.jsonl:%d", n), ID: l.ID, URL: l.URL,
			Site: l.Source, Title: l.Title, Published: l.Published}
		switch {
		case l.HTML != "":
			src.Body, src.Kind, src.ContentType = []byte(l.HTML), "html", "text/html; charset=utf-8"
		case l.Text != "":
			src.Body, src.Kind = []byte(l.Text), "text"
		default:
			return nil, fmt.Errorf("demo corpus line %d: no html or text", n)
		}
		out = append(out, src)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("demo corpus: %w", err)
	}
	return out, nil
}

// Submitter stores an article; *app.Service implements it.
type Submitter interface {
	Submit(ctx context.Context, src extract.Source) (*truthlens.Article, bool, error)
}

// Load submits every demo article. It is idempotent: articles are keyed by
// URL, so a second run adds nothing. It returns how many were new.
func Load(ctx context.Context, s Submitter) (created int, err error) {
	srcs, err := Sources()
	if err != nil {
		return 0, err
	}
	for _, src := range srcs {
		_, c, err := s.Submit(ctx, src)
		if err != nil {
			return created, fmt.Errorf("demo article %s: %w", src.ID, err)
		}
		if c {
			created++
		}
	}
	return created, nil
}
