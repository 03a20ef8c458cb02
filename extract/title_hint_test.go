package extract

import (
	"strings"
	"testing"
)

// A record declared as text carries its headline beside the body: the
// body's first paragraph stays in the text instead of becoming the title.
func TestTextRecordTitleHint(t *testing.T) {
	body := "Eastmere council approved the barrier\n\n" + para(topicA, 60, 2)
	doc, err := Extract(Source{Title: "Barrier approved", Kind: KindText, Body: []byte(body)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Barrier approved" || !strings.HasPrefix(doc.Text, "Eastmere council approved the barrier") {
		t.Errorf("title %q, text starts %q", doc.Title, doc.Text[:min(len(doc.Text), 40)])
	}
	// The same headline given twice (hint and first line) appears once.
	doc, _ = Extract(Source{Title: "Barrier approved", Kind: KindText, Body: []byte("Barrier approved\n\n" + body)}, Options{})
	if doc.Title != "Barrier approved" || strings.HasPrefix(doc.Text, "Barrier approved") {
		t.Errorf("title %q, text starts %q", doc.Title, doc.Text[:min(len(doc.Text), 40)])
	}
}
