// This file is the same in package sqlite and package postgres (a test
// checks it), so both stores encode articles and search text alike.
package sqlite

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
	"golang.org/x/text/unicode/norm"
)

// analysisFormat is the layout version of the stored analysis JSON (the
// truthlens.Article JSON without Story, whose home is the story_id column).
// Bump it, with a migration, if the stored layout ever changes.
const analysisFormat = 1

// articleRow is an article as the columns of the articles table.
type articleRow struct {
	id, key, url     string
	outletID, outlet string
	title, published string
	publishedAt      time.Time // zero when unknown
	objectivity      float64
	accuracy         float64
	transparency     float64
	overall          float64
	engine           string
	analysis, links  []byte
}

// encodeArticle turns a into its row, with id as its stored id.
func encodeArticle(a *truthlens.Article, id, key string) (*articleRow, error) {
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
	pub, _ := parsePublished(a.Published)
	return &articleRow{
		id: id, key: key, url: a.URL,
		outletID: truthlens.OutletID(outlet), outlet: outlet,
		title: a.Title, published: string(a.Published), publishedAt: pub,
		objectivity:  a.Scores.Objectivity.Value,
		accuracy:     a.Scores.Accuracy.Value,
		transparency: a.Scores.Transparency.Value,
		overall:      a.Scores.Overall,
		engine:       a.Engine,
		analysis:     analysis, links: links,
	}, nil
}

// decodeArticle rebuilds the stored article.
func decodeArticle(id string, analysis, links []byte, story *string) (*truthlens.Article, error) {
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

// parsePublished parses a truthlens.Date (RFC 3339 or YYYY-MM-DD, a few
// near variants tolerated) into UTC; ok is false when it is unknown.
func parsePublished(d truthlens.Date) (t time.Time, ok bool) {
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

// searchTerms splits text into the words that full-text search indexes
// and matches: runs of letters and digits, lower-cased, with diacritics
// removed ("Café" -> "cafe"). Both stores index title and text as these
// words and match queries by them, so operators and punctuation in a query
// are never syntax and both stores find the same articles.
func searchTerms(text string) []string {
	if !isASCII(text) {
		text = foldDiacritics(text)
	}
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldDiacritics removes combining marks after canonical decomposition,
// then recomposes what is left.
func foldDiacritics(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// ftsQuery is the FTS5 MATCH expression for terms: each one quoted, all
// required.
func ftsQuery(terms []string) string {
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = `"` + t + `"`
	}
	return strings.Join(q, " ")
}

// round2 rounds an average score for display.
func round2(x float64) float64 { return truthlens.Round2(x) }

// noNUL drops NUL characters, which PostgreSQL text cannot hold.
func noNUL(s string) string { return strings.ReplaceAll(s, "\x00", "") }

// maxSearchBytes bounds the text indexed per article (a tsvector is
// limited to 1 MB).
const maxSearchBytes = 256 << 10

// searchDoc is the text given to to_tsvector: the words of title and text
// as searchTerms splits them, so a query matches exactly the words it
// would match in the SQLite store.
func searchDoc(title, text string) string {
	var b strings.Builder
	for _, w := range searchTerms(title + " " + text) {
		if b.Len()+len(w)+1 > maxSearchBytes {
			break
		}
		if len(w) > 2000 { // longer words are not indexed
			continue
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

// maxJobError bounds the error text kept on a job.
const maxJobError = 4000

// jobError returns msg cut to maxJobError bytes (on a rune boundary).
func jobError(msg string) string {
	msg = strings.ToValidUTF8(noNUL(msg), "\uFFFD")
	if len(msg) <= maxJobError {
		return msg
	}
	cut := maxJobError
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return msg[:cut] + "…"
}
