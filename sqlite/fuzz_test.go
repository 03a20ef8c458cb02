package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

// FuzzSearch checks that no query, however odd, is an FTS5 syntax error,
// and that an article is found by any run of words taken from its text.
func FuzzSearch(f *testing.F) {
	db, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	for _, s := range []string{`"`, `a AND`, `NEAR(a b)`, `*`, `title:x`, `-x`, `^a`, `(`, `a OR b NOT c`, "Café\x00Zürich", "\xff\xfe", `""""`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		ctx := context.Background()
		if _, _, err := db.Articles(ctx, truthlens.ArticleFilter{Query: q}); err != nil {
			t.Fatalf("Articles(Query %q): %v", q, err)
		}
		terms := storeenc.SearchTerms(q)
		for _, w := range terms {
			for _, r := range w {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
					t.Fatalf("term %q of %q has %q", w, q, r)
				}
			}
		}
		if len(terms) == 0 || len(q) > 200 {
			return
		}
		a := &truthlens.Article{Document: truthlens.Document{Title: "t", Text: "intro " + q + " outro"}}
		id, _, err := db.SaveArticle(ctx, a)
		if err != nil {
			t.Fatalf("SaveArticle: %v", err)
		}
		got, _, err := db.Articles(ctx, truthlens.ArticleFilter{Query: strings.Join(terms, " ") + " intro outro"})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range got {
			if s.ID == id {
				return
			}
		}
		t.Fatalf("article with text %q not found by its words %q", a.Text, terms)
	})
}
