package subjectivity

import (
	"testing"

	"github.com/truthlens/truthlens/text"
	"pgregory.net/rapid"
)

// checkResult asserts the invariants of a Result for sentence s.
func checkResult(t interface{ Fatalf(string, ...any) }, s string, mask []text.Range, r Result) {
	if !(r.Subjectivity >= 0 && r.Subjectivity <= 1) {
		t.Fatalf("subjectivity %v out of [0,1] for %q", r.Subjectivity, s)
	}
	if r.Subjective != (r.Subjectivity >= Threshold) {
		t.Fatalf("Subjective %v disagrees with %v", r.Subjective, r.Subjectivity)
	}
	prev := -1
	for _, c := range r.Spans {
		if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
			t.Fatalf("bad cue range %+v in %q", c, s)
		}
		if c.Start < prev {
			t.Fatalf("cues not sorted: %+v", r.Spans)
		}
		prev = c.Start
		if c.Kind == "" {
			t.Fatalf("cue without kind")
		}
		if inRanges(c.Start, mask) && c.Kind != KindScareQuote {
			t.Fatalf("cue %+v inside mask %v of %q", c, mask, s)
		}
	}
}

var words = []string{
	"the", "council", "slammed", "reckless", "plan", "clearly", "should", "we", "you",
	"said", "2024", "very", "absurd", "perhaps", "Olsen", "“", "”", "\"", "'", "’", "!",
	"?", ",", ".", "—", "so-called", "Ça", "don’t", "nicht", "purtroppo", " ", "\t",
}

func TestClassifyProperties(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		parts := rapid.SliceOfN(rapid.SampledFrom(words), 0, 40).Draw(rt, "words")
		s := ""
		for _, p := range parts {
			s += p + " "
		}
		if rapid.Bool().Draw(rt, "raw") {
			s = rapid.String().Draw(rt, "s")
		}
		var mask []text.Range
		if len(s) > 0 {
			a := rapid.IntRange(0, len(s)).Draw(rt, "a")
			b := rapid.IntRange(a, len(s)).Draw(rt, "b")
			mask = []text.Range{{Start: a, End: b}}
		}
		lang := rapid.SampledFrom([]string{"en", "de", "it", "", "bg", "EN-gb"}).Draw(rt, "lang")
		checkResult(rt, s, mask, Classify(s, lang, mask))
		checkResult(rt, s, nil, Classify(s, lang, nil))
	})
}

func TestDeterministic(t *testing.T) {
	s := `Mayor Olsen slammed the "so-called" reform as a reckless stunt — who pays?`
	a := Classify(s, "en", nil)
	for range 20 {
		b := Classify(s, "en", nil)
		if a.Subjectivity != b.Subjectivity || len(a.Spans) != len(b.Spans) {
			t.Fatal("not deterministic")
		}
	}
}

func FuzzClassify(f *testing.F) {
	f.Add(`He said “we will win” today!`, "en")
	f.Add(`Sie sagte: „Wir gewinnen.“`, "de")
	f.Add("and that was it.' She left?", "en")
	f.Add("\xff\xfe“", "it")
	f.Add(`"He said ""no"" twice."`, "en")
	f.Fuzz(func(t *testing.T, s, lang string) {
		checkResult(t, s, nil, Classify(s, lang, nil))
		if u := fieldQuoting(s); len(u) != len(s) {
			t.Fatalf("fieldQuoting changed the length of %q", s)
		}
		for _, q := range findQuotes(s) {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End {
				t.Fatalf("bad quote span %+v", q)
			}
		}
	})
}
