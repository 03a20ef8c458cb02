package synth

import (
	"bytes"
	"strings"
	"testing"
)

func TestCorpusIsDeterministicAndGrouped(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteCorpus(&a, 12); err != nil {
		t.Fatal(err)
	}
	WriteCorpus(&b, 12)
	if a.String() != b.String() || strings.Count(a.String(), "\n") != 12 {
		t.Fatal("corpus not deterministic or wrong size")
	}
	if Article(0).Text[:200] != Article(1).Text[:200] || Article(0).Text == Article(1).Text {
		t.Error("article 1 must copy article 0's body (without the outlet's addition)")
	}
	if Article(0).Title != Article(4).Title || Article(0).Title == Article(5).Title {
		t.Error("groups of five share one event")
	}
}
