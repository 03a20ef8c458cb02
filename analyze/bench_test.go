package analyze

import (
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

// benchDoc is a fictional article of about 800 words built from the
// fixtures (the speed target is 300 such articles a second on one core).
func benchDoc(b *testing.B) truthlens.Document {
	fx := fixtures(b)
	parts := []string{fx["wire"].Text, fx["investigative"].Text, fx["partisan"].Text, fx["wire"].Text}
	text := strings.Join(parts, "\n\n")
	if n := len(strings.Fields(text)); n < 750 || n > 900 {
		b.Fatalf("bench text has %d words", n)
	}
	d := fx["wire"]
	d.Text = text
	return d
}

func BenchmarkAnalyze(b *testing.B) {
	doc := benchDoc(b)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(doc)
	}
}

func BenchmarkLabelSentences(b *testing.B) {
	doc := benchDoc(b)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		LabelSentences(doc.Text, "en", nil)
	}
}
