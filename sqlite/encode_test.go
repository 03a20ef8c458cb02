package sqlite

import (
	"os"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

// The postgres package keeps a copy of encode.go: both stores must encode
// articles and split search words alike.
func TestEncodeSameInPostgres(t *testing.T) {
	a, err := os.ReadFile("encode.go")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("../postgres/encode.go")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Replace(string(a), "package sqlite\n", "package postgres\n", 1) != string(b) {
		t.Error("postgres/encode.go differs from sqlite/encode.go: copy it over (changing the package line)")
	}
}

func TestSearchTerms(t *testing.T) {
	cases := map[string]string{
		"Café au LAIT":               "cafe au lait",
		`"ferry" AND (NOT) * : -`:    "ferry and not",
		"example.com/x?y=1":          "example com x y 1",
		"Zürich's naïve coöperation": "zurich s naive cooperation",
		"Straße 12":                  "straße 12",
		"":                           "",
	}
	for in, want := range cases {
		if got := strings.Join(searchTerms(in), " "); got != want {
			t.Errorf("searchTerms(%q) = %q, want %q", in, got, want)
		}
	}
	if got := ftsQuery(searchTerms("a b")); got != `"a" "b"` {
		t.Errorf("ftsQuery = %s", got)
	}
}

func TestParsePublished(t *testing.T) {
	for in, want := range map[string]string{
		"2026-03-01":                "2026-03-01T00:00:00.000000Z",
		"2026-03-01T12:30:00+02:00": "2026-03-01T10:30:00.000000Z",
		"2026-03-01T12:30:00":       "2026-03-01T12:30:00.000000Z",
		"March 1":                   "",
		"":                          "",
	} {
		got, ok := parsePublished(truthlens.Date(in))
		s := ""
		if ok {
			s = fmtTime(got)
		}
		if s != want {
			t.Errorf("parsePublished(%q) = %q, want %q", in, s, want)
		}
	}
}
