package subjectivity

import (
	"strings"
	"testing"

	"github.com/truthlens/truthlens/text"
)

// maskOf returns the byte range of sub inside s.
func maskOf(t *testing.T, s, sub string) []text.Range {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, s)
	}
	return []text.Range{{Start: i, End: i + len(sub)}}
}

func TestMaskedWordsDoNotCount(t *testing.T) {
	// An attributed quotation the caller has found: the speaker's loaded
	// words must not count against the outlet.
	s := `Olsen called the plan a reckless, disgraceful stunt by radical extremists, council minutes show.`
	quote := `a reckless, disgraceful stunt by radical extremists`
	open := Classify(s, "en", nil)
	if !open.Loaded || !open.Subjective {
		t.Fatalf("unmasked: want loaded and subjective, got %+v", open)
	}
	masked := Classify(s, "en", maskOf(t, s, quote))
	if masked.Loaded || masked.Subjective {
		t.Errorf("masked: want neither loaded nor subjective, got %+v", masked)
	}
	if masked.Subjectivity >= open.Subjectivity {
		t.Errorf("masking must lower subjectivity: %.2f >= %.2f", masked.Subjectivity, open.Subjectivity)
	}
	for _, c := range masked.Spans {
		if inRanges(c.Start, maskOf(t, s, quote)) {
			t.Errorf("cue %v %q inside the mask", c.Kind, s[c.Start:c.End])
		}
	}
}

func TestMaskedPunctuationDoesNotCount(t *testing.T) {
	s := `Why would anyone trust them now? asked a resident at the meeting.`
	r := Classify(s, "en", maskOf(t, s, `Why would anyone trust them now?`))
	for _, c := range r.Spans {
		if c.Kind == KindQuestion {
			t.Errorf("masked question mark counted: %+v", r)
		}
	}
}

func TestQuotationsInsideSentenceAreTheSpeakers(t *testing.T) {
	// With no mask (one benchmark line), a long quotation in the sentence is
	// still the speaker's.
	s := `“This is a disgraceful and shameful betrayal of every voter,” said Senator Maria Lind.`
	if r := Classify(s, "en", nil); r.Loaded || r.Subjective {
		t.Errorf("quoted speech counted: %+v", r)
	}
	// A quotation that began in an earlier sentence ends in this one.
	s = `It was the worst, most shameful day of my life.' He paused.`
	if r := Classify(s, "en", nil); r.Loaded {
		t.Errorf("tail of a quotation counted: %+v", r)
	}
	// Scare quotes are the writer's: they count, their content does not.
	s = `The "experts" were wrong again.`
	r := Classify(s, "en", nil)
	found := false
	for _, c := range r.Spans {
		found = found || c.Kind == KindScareQuote
	}
	if !found {
		t.Errorf("scare quotes not found: %+v", r)
	}
}

func TestFindQuotes(t *testing.T) {
	cases := []struct {
		s    string
		want []string
	}{
		{`He said “we will win” today.`, []string{`“we will win”`}},
		{`Sie sagte: „Wir gewinnen.“ Dann ging sie.`, []string{`„Wir gewinnen.“`}},
		{`He called it 'a disgrace' and left.`, []string{`'a disgrace'`}},
		{`Don't touch O'Neill's car.`, nil},
		{`the players' union met`, nil},
		{`and that was it.' She left.`, []string{`and that was it.'`}},
		{`«Basta» ha detto.`, []string{`«Basta»`}},
		{`She said "it never ends`, []string{`"it never ends`}},
	}
	for _, c := range cases {
		var got []string
		for _, q := range findQuotes(c.s) {
			got = append(got, c.s[q.Start:q.End])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("findQuotes(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	s := "Don’t call it “so-called” reform — Ça ira, 2024!"
	var got []string
	for _, tk := range tokenize(s, nil) {
		if s[tk.start:tk.end] == "" {
			t.Fatal("empty token")
		}
		got = append(got, tk.norm)
	}
	want := "don't call it so-called reform ça ira 2024"
	if strings.Join(got, " ") != want {
		t.Errorf("tokenize = %q, want %q", strings.Join(got, " "), want)
	}
}
