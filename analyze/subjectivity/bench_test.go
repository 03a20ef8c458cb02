package subjectivity

import (
	"strings"
	"testing"

	"github.com/truthlens/truthlens/text"
)

// benchArticle is a fictional ~800-word article: 40 sentences of 20 words.
var benchArticle = func() []string {
	base := []string{
		`The council approved the new harbour budget on Tuesday by a vote of seven to two, the clerk said after the meeting.`,
		`Mayor Jan Olsen slammed the so-called reform as a reckless stunt by radical activists who clearly do not understand the port.`,
		`“We will not accept a plan that throws 300 families out of work,” said union leader Maria Lind on Wednesday.`,
		`Perhaps the most ambitious project the town has ever attempted, the bridge should open in 2027 if funding holds.`,
		`Who really believes the minister had no idea what was going on at the agency during those crucial weeks?`,
	}
	var out []string
	for i := 0; i < 40; i++ {
		out = append(out, base[i%len(base)])
	}
	return out
}()

func BenchmarkClassifyArticle(b *testing.B) {
	words := 0
	for _, s := range benchArticle {
		words += len(strings.Fields(s))
	}
	b.ReportMetric(float64(words), "words/op")
	mask := []text.Range{{Start: 0, End: 10}}
	for b.Loop() {
		for _, s := range benchArticle {
			_ = Classify(s, "en", mask)
		}
	}
}

func BenchmarkClassifySentence(b *testing.B) {
	s := benchArticle[1]
	b.ReportAllocs()
	for b.Loop() {
		_ = Classify(s, "en", nil)
	}
}
