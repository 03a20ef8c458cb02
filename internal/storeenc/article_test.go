package storeenc

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// stored is everything a store writes for an article, as pinned in
// testdata/article.golden.json: stored data must stay readable and ids and
// search words must not change, so any difference here is a format change
// (bump AnalysisFormat and migrate) or a bug.
type stored struct {
	Format       int
	ID, Key, URL string
	OutletID     string
	Outlet       string
	Title        string
	Published    string
	PublishedAt  string
	Objectivity  float64
	Accuracy     float64
	Transparency float64
	Overall      float64
	Engine       string
	Analysis     string
	Links        string
	SearchTitle  string   // SQLite FTS title column
	SearchBody   string   // SQLite FTS body column
	SearchDoc    string   // PostgreSQL to_tsvector input
	QueryTerms   []string // a query's words
}

func encodeFixture(t *testing.T) stored {
	t.Helper()
	a := fixtureArticle()
	key := truthlens.ArticleKey(a.Document)
	row, err := EncodeArticle(a, truthlens.ArticleID(key), key)
	if err != nil {
		t.Fatal(err)
	}
	pub := ""
	if !row.PublishedAt.IsZero() {
		pub = row.PublishedAt.Format(time.RFC3339Nano)
	}
	return stored{
		Format: AnalysisFormat, ID: row.ID, Key: row.Key, URL: row.URL,
		OutletID: row.OutletID, Outlet: row.Outlet, Title: row.Title,
		Published: row.Published, PublishedAt: pub,
		Objectivity: row.Objectivity, Accuracy: row.Accuracy,
		Transparency: row.Transparency, Overall: row.Overall, Engine: row.Engine,
		Analysis: string(row.Analysis), Links: string(row.Links),
		SearchTitle: SearchDoc(a.Title, ""), SearchBody: SearchDoc("", a.Text),
		SearchDoc:  SearchDoc(a.Title, a.Text),
		QueryTerms: SearchTerms(`"Zurich" AND naïve-FERRY (2027)*`),
	}
}

func TestEncodeArticleGolden(t *testing.T) {
	got, err := json.MarshalIndent(encodeFixture(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "article.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("stored encoding of the fixture article changed; stored data and ids must stay compatible.\ngot:\n%s\nwant:\n%s", got, want)
	}
}

func TestEncodeArticleKeepsInput(t *testing.T) {
	a := fixtureArticle()
	before := fixtureArticle()
	if _, err := EncodeArticle(a, "id1", "key1"); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, before) {
		t.Error("EncodeArticle modified its argument")
	}
}

func TestDecodeArticleRoundTrip(t *testing.T) {
	a := fixtureArticle()
	row, err := EncodeArticle(a, "abc123", "k")
	if err != nil {
		t.Fatal(err)
	}
	story := "s1"
	got, err := DecodeArticle("abc123", row.Analysis, row.Links, &story)
	if err != nil {
		t.Fatal(err)
	}
	want := fixtureArticle()
	want.ID = "abc123"
	want.Story = &story
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\ngot  %+v\nwant %+v", got, want)
	}

	got, err = DecodeArticle("abc123", row.Analysis, []byte("[]"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Links != nil || got.Story != nil {
		t.Errorf("no links and no story: got links %v, story %v", got.Links, got.Story)
	}
	if _, err := DecodeArticle("bad", []byte("{"), nil, nil); err == nil {
		t.Error("DecodeArticle accepted broken JSON")
	}
}

func TestEncodeArticleNoLinks(t *testing.T) {
	row, err := EncodeArticle(&truthlens.Article{}, "i", "k")
	if err != nil {
		t.Fatal(err)
	}
	if string(row.Links) != "[]" || row.Outlet != "Unknown" || row.OutletID != "unknown" || !row.PublishedAt.IsZero() {
		t.Errorf("empty article row: links %s, outlet %q/%q, published %v", row.Links, row.Outlet, row.OutletID, row.PublishedAt)
	}
}

func TestParsePublished(t *testing.T) {
	for in, want := range map[string]string{
		"2026-03-01":                   "2026-03-01T00:00:00Z",
		"2026-03-01T12:30:00+02:00":    "2026-03-01T10:30:00Z",
		"2026-03-01T12:30:00.1234567Z": "2026-03-01T12:30:00.123456Z",
		"2026-03-01T12:30:00":          "2026-03-01T12:30:00Z",
		" 2026-03-01 12:30:00 ":        "2026-03-01T12:30:00Z",
		"March 1":                      "",
		"":                             "",
	} {
		got, ok := ParsePublished(truthlens.Date(in))
		s := ""
		if ok {
			s = got.Format(time.RFC3339Nano)
			if got.Location() != time.UTC {
				t.Errorf("ParsePublished(%q) not in UTC", in)
			}
		}
		if s != want {
			t.Errorf("ParsePublished(%q) = %q, want %q", in, s, want)
		}
	}
}
