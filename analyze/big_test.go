package analyze

import (
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

// A very long article (about 1 MB) keeps every invariant. (Its speed is
// shown by BenchmarkAnalyzeLong, not timed here.)
func TestLongInput(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	big := longDoc(t, 400)
	invariants(t, big, Analyze(big))
}

func longDoc(t testing.TB, n int) truthlens.Document {
	fx := fixtures(t)
	unit := fx["partisan"].Text + "\n\n" + fx["wire"].Text + "\n\n"
	return truthlens.Document{Text: strings.Repeat(unit, n), Language: "en"}
}

func BenchmarkAnalyzeLong(b *testing.B) {
	doc := longDoc(b, 400)
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		Analyze(doc)
	}
}
