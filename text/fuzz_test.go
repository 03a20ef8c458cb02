package text

import (
	"os"
	"testing"
	"unicode/utf8"
)

// checkRanges fails t unless rs are non-empty, ordered, non-overlapping,
// inside s, on rune boundaries and trimmed.
func checkRanges(t *testing.T, s string, rs []Range) {
	t.Helper()
	prev := 0
	for _, r := range rs {
		if r.Start < prev || r.End <= r.Start || r.End > len(s) {
			t.Fatalf("bad range %+v (prev end %d, len %d) in %q", r, prev, len(s), s)
		}
		if utf8.ValidString(s) && (!utf8.RuneStart(s[r.Start]) || (r.End < len(s) && !utf8.RuneStart(s[r.End]))) {
			t.Fatalf("range %+v splits a rune in %q", r, s)
		}
		if tr, ok := trimRange(s, r.Start, r.End); !ok || tr != r {
			t.Fatalf("range %+v not trimmed in %q", r, s)
		}
		prev = r.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, seed := range []string{
		"Mr. Vane met Dr. Lind. They talked.",
		`"Next." she added. "Go!" He went.`,
		"« Jamais. » Il est parti.\n\n„Nein.“ Gut.",
		"It rose 2.8bn, or 99.98%... Then $1.5 more…",
		"J. R. R.\n Tolkien\n\n\nx.",
		".", "...", "\n\n", "a.\u00a0»", "L’avv. B",
	} {
		f.Add(seed, "en")
	}
	if b, err := os.ReadFile("testdata/article_800.txt"); err == nil {
		f.Add(string(b), "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		rs := Sentences(s, lang)
		checkRanges(t, s, rs)
		checkRanges(t, s, Paragraphs(s))
		// No sentence crosses a paragraph break.
		for _, r := range rs {
			for _, p := range Paragraphs(s[r.Start:r.End]) {
				if p.Start != 0 || p.End != r.End-r.Start {
					t.Fatalf("sentence %q crosses a paragraph break", s[r.Start:r.End])
				}
			}
		}
		if utf8.ValidString(s) {
			checkRanges(t, s, Words(s))
		}
		_ = Language(s)
	})
}
