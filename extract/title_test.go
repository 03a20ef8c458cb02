package extract

import (
	"strings"
	"testing"
)

func TestLooksLikeHeadline(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Owners welcome barrier", true},
		{"Harbour town votes to rebuild its storm-damaged sea wall", true},
		{"Who will pay for the Eastmere flood barrier?", true},
		{"Who pays? Eastmere council to decide on barrier tonight", true},
		{"Eastmere firms face U.S. ban: report", true},
		{"Dr. Okafor named head of the river authority", true},
		{"Barrier approved.", true},
		{`Mayor Okafor: "We cannot wait"`, true},
		// A sentence of running text.
		{"The council of Eastmere voted 7 to 2 on Tuesday to build a flood barrier costing 4.5 million euros.", false},
		// Two sentences.
		{"Barrier approved. Work starts in May", false},
		// Too long for a headline.
		{"Council of Eastmere votes seven to two on Tuesday evening to build a flood barrier along the harbour front costing four and a half million euros", false},
		{"", false},
	}
	for _, c := range cases {
		if got := looksLikeHeadline(c.line, countWords(c.line)); got != c.want {
			t.Errorf("looksLikeHeadline(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestFirstSentenceStaysInBody: pasted text that opens with a sentence of
// the article, not a headline, keeps it in the body and has no title.
func TestFirstSentenceStaysInBody(t *testing.T) {
	first := "The council of Eastmere voted 7 to 2 on Tuesday to build a flood barrier costing 4.5 million euros."
	in := first + "\n\n\"We cannot wait,\" said Mayor Ines Okafor."
	doc, err := Extract(Source{Body: []byte(in), Kind: KindText}, Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "" {
		t.Errorf("title = %q, want none", doc.Title)
	}
	if !strings.HasPrefix(doc.Text, first+"\n\n") {
		t.Errorf("body lost its first sentence: %q", doc.Text)
	}
	if doc.Language != "en" {
		t.Errorf("language = %q, want en (from the whole body)", doc.Language)
	}
	// A title hint fills the title; the body is unchanged.
	doc, _ = Extract(Source{Body: []byte(in), Kind: KindText, Title: "Eastmere votes for barrier"}, Options{Now: fixedNow})
	if doc.Title != "Eastmere votes for barrier" || !strings.HasPrefix(doc.Text, first) {
		t.Errorf("with hint: title %q, text %q", doc.Title, doc.Text)
	}
	// A real headline line is still taken as the title.
	doc, _ = Extract(Source{Body: []byte("Eastmere votes for flood barrier\n\n" + in), Kind: KindText}, Options{Now: fixedNow})
	if doc.Title != "Eastmere votes for flood barrier" || !strings.HasPrefix(doc.Text, first) {
		t.Errorf("headline: title %q, text %q", doc.Title, doc.Text)
	}
}
