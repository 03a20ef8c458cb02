// Package storeenc is the pure-Go logic that the SQLite and PostgreSQL
// stores share, so that a change to it is made once and both stores keep
// writing the same data: the column values of an article row and its
// versioned analysis JSON, the words full-text search indexes and matches,
// the listing of numbered migrations, story checks and serialisation,
// outlet averages, and the job retry rules. It never touches a database,
// the network or the clock; the SQL stays in each store.
package storeenc

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// AnalysisFormat is the layout version of the stored analysis JSON (the
// truthlens.Article JSON without Story, whose home is the story_id
// column), kept in the format column. Bump it, with a migration in both
// stores, if the stored layout ever changes.
const AnalysisFormat = 1

// ArticleRow is an article as the columns of the articles table, the same
// in both stores.
type ArticleRow struct {
	ID, Key, URL     string
	OutletID, Outlet string
	Title, Published string
	PublishedAt      time.Time // zero when unknown
	Objectivity      float64
	Accuracy         float64
	Transparency     float64
	Overall          float64
	Engine           string
	// Analysis is the article JSON (AnalysisFormat) with ID set to the
	// stored id and no Story; Links is the JSON array of its links ("[]"
	// when none), which the analysis JSON leaves out.
	Analysis, Links []byte
}

// EncodeArticle turns a into its row, with id as its stored id and key as
// its ArticleKey. a is not modified.
func EncodeArticle(a *truthlens.Article, id, key string) (*ArticleRow, error) {
	c := *a
	c.ID = id
	c.Story = nil
	analysis, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("encode article: %w", err)
	}
	links := []byte("[]")
	if len(a.Links) > 0 {
		if links, err = json.Marshal(a.Links); err != nil {
			return nil, fmt.Errorf("encode article links: %w", err)
		}
	}
	outlet := truthlens.OutletName(a.Document)
	pub, _ := ParsePublished(a.Published)
	return &ArticleRow{
		ID: id, Key: key, URL: a.URL,
		OutletID: truthlens.OutletID(outlet), Outlet: outlet,
		Title: a.Title, Published: string(a.Published), PublishedAt: pub,
		Objectivity:  a.Scores.Objectivity.Value,
		Accuracy:     a.Scores.Accuracy.Value,
		Transparency: a.Scores.Transparency.Value,
		Overall:      a.Scores.Overall,
		Engine:       a.Engine,
		Analysis:     analysis, Links: links,
	}, nil
}

// DecodeArticle rebuilds the stored article id from its analysis and
// links columns; story is its story_id column (nil when none).
func DecodeArticle(id string, analysis, links []byte, story *string) (*truthlens.Article, error) {
	var a truthlens.Article
	if err := json.Unmarshal(analysis, &a); err != nil {
		return nil, fmt.Errorf("decode article %s: %w", id, err)
	}
	if len(links) > 0 && string(links) != "[]" {
		if err := json.Unmarshal(links, &a.Links); err != nil {
			return nil, fmt.Errorf("decode article %s links: %w", id, err)
		}
	}
	a.ID = id
	a.Story = story
	return &a, nil
}

// ParsePublished parses a truthlens.Date (RFC 3339 or YYYY-MM-DD, a few
// near variants tolerated) into UTC at microsecond precision (what both
// databases keep); ok is false when it is unknown.
func ParsePublished(d truthlens.Date) (t time.Time, ok bool) {
	s := strings.TrimSpace(string(d))
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC().Truncate(time.Microsecond), true
		}
	}
	return time.Time{}, false
}
