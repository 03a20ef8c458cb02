package headline

import (
	"strings"
	"testing"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
	"pgregory.net/rapid"
)

// checkHeadline asserts the invariants every analysis must keep.
func checkHeadline(t interface{ Fatalf(string, ...any) }, title, lang string, h truthlens.Headline) {
	if h.Original != title {
		t.Fatalf("Original = %q, want %q", h.Original, title)
	}
	if h.Sensationalism < 0 || h.Sensationalism > 10 {
		t.Fatalf("%q: sensationalism %v out of [0, 10]", title, h.Sensationalism)
	}
	if strings.TrimSpace(title) != "" && strings.TrimSpace(h.Suggested) == "" {
		t.Fatalf("%q: empty suggestion", title)
	}
	if utf8.ValidString(title) && !utf8.ValidString(h.Suggested) {
		t.Fatalf("%q: suggestion %q is not valid UTF-8", title, h.Suggested)
	}
	if h.Evidence == nil {
		t.Fatalf("%q: nil evidence", title)
	}
	for _, s := range h.Evidence {
		if s.Start < 0 || s.End > len(title) || s.Start >= s.End || title[s.Start:s.End] != s.Text || s.Note == "" {
			t.Fatalf("%q: bad evidence span %+v", title, s)
		}
	}
	if again := Analyze(title, lang); !sameHeadline(h, again) {
		t.Fatalf("%q: not deterministic: %+v vs %+v", title, h, again)
	}
}

func sameHeadline(a, b truthlens.Headline) bool {
	if a.Original != b.Original || a.Suggested != b.Suggested || a.Clickbait != b.Clickbait ||
		a.Sensationalism != b.Sensationalism || len(a.Evidence) != len(b.Evidence) {
		return false
	}
	for i := range a.Evidence {
		if a.Evidence[i] != b.Evidence[i] {
			return false
		}
	}
	return true
}

// words to build headlines from: clickbait, loaded, names, punctuation.
var propWords = []string{
	"This", "these", "You", "won't", "believe", "SHOCKING", "slams", "Senator",
	"Velez", "17", "things", "best", "ever", "!!!", "?", ":", "Report", "-",
	"the", "a", "destroys", "regime", "totally", "implicated", "in", "<i>",
	"</i>", "…", "’s", "co-founder", "über", "北港", "NASA", "WOW", "here's",
	"why", "and", "the", "internet", "is", "", " ", "\"", "'", "(", ")",
}

func TestProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ws := rapid.SliceOfN(rapid.SampledFrom(propWords), 0, 14).Draw(t, "words")
		title := strings.Join(ws, " ")
		lang := rapid.SampledFrom([]string{"", "en", "fr", "de"}).Draw(t, "lang")
		checkHeadline(t, title, lang, Analyze(title, lang))
	})
}

func TestPropertiesArbitrary(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		title := rapid.String().Draw(t, "title")
		checkHeadline(t, title, "", Analyze(title, ""))
	})
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "This Dog!!!", "Senator SLAMS regime: Report", "<i>x</i> …", "\xff\xfe", "北港市"} {
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, title, lang string) {
		checkHeadline(t, title, lang, Analyze(title, lang))
		_ = ContextFromText(title)
	})
}
