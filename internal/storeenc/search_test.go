package storeenc

import (
	"strings"
	"testing"
	"unicode"
)

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
		if got := strings.Join(SearchTerms(in), " "); got != want {
			t.Errorf("SearchTerms(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSearchDocBounds(t *testing.T) {
	long := strings.Repeat("x", MaxWordBytes+1)
	if got := SearchDoc("Title", long+" kept"); got != "title kept " {
		t.Errorf("SearchDoc with an over-long word = %q", got)
	}
	huge := strings.Repeat("word ", MaxSearchBytes) // 5x the bound
	doc := SearchDoc("", huge)
	if len(doc) > MaxSearchBytes || len(doc) < MaxSearchBytes-len("word ") {
		t.Errorf("SearchDoc of %d bytes gave %d, want just under %d", len(huge), len(doc), MaxSearchBytes)
	}
	if SearchDoc("", "") != "" {
		t.Error("SearchDoc of nothing is not empty")
	}
}

// FuzzSearchDoc checks that terms are only letters, digits and marks, and
// that the indexed text is the terms in order (long words out), bounded.
func FuzzSearchDoc(f *testing.F) {
	for _, s := range []string{`"a" AND b*`, "Café\x00Zürich", "\xff\xfe", "İstanbul ǅ ﬁ", "NEAR(a b)"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		terms := SearchTerms(title + " " + text)
		var want strings.Builder
		for _, w := range terms {
			for _, r := range w {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
					t.Fatalf("term %q has %q", w, r)
				}
			}
			if len(w) <= MaxWordBytes {
				want.WriteString(w + " ")
			}
		}
		doc := SearchDoc(title, text)
		if len(doc) > MaxSearchBytes || !strings.HasPrefix(want.String(), doc) {
			t.Fatalf("SearchDoc(%q, %q) = %q, want a bounded prefix of %q", title, text, doc, want.String())
		}
	})
}
