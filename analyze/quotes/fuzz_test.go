package quotes

import (
	"os"
	"testing"

	"github.com/truthlens/truthlens/text"
)

// checkQuotes fails t unless the quotes of s have valid, ordered,
// non-overlapping offsets that match their texts.
func checkQuotes(t *testing.T, s string, lang string) {
	t.Helper()
	prev := 0
	for _, q := range Find(s, text.Sentences(s, lang), lang) {
		if q.Start < prev || q.End <= q.Start || q.End > len(s) || s[q.Start:q.End] != q.Text {
			t.Fatalf("bad quote %+v (prev end %d) in %q", q, prev, s)
		}
		prev = q.End
		if q.SpeakerStart < 0 || q.SpeakerEnd < q.SpeakerStart || q.SpeakerEnd > len(s) {
			t.Fatalf("bad speaker offsets %+v in %q", q, s)
		}
		if (q.Speaker == "") != (q.SpeakerEnd == 0) || (q.Speaker == "" && q.Cue != "") {
			t.Fatalf("inconsistent unknown speaker %+v in %q", q, s)
		}
	}
	for _, p := range People(s) {
		if p.Start < 0 || p.End <= p.Start || p.End > len(s) || p.Name == "" {
			t.Fatalf("bad person %+v in %q", p, s)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, seed := range []string{
		`“A,” Ma said. "B," said Jo Li. 'C,' she added.`,
		"X said: “open\n\n“and closed,” he said.",
		"« Non », a-t-il dit. „Ja“, sagte er. »Nein«, so Kai.",
		`'Mangled," Trump said. ‘Single’ and players’ union.`,
		`"`, `“`, "'", "‘’", `""`, "“”", "«»", `" "`, ":“\n\n“",
		"According to Al Bo, “x y z”. Its chair, Di Ru, called it \"q\".",
	} {
		f.Add(seed, "en")
	}
	if b, err := os.ReadFile("../../text/testdata/article_800.txt"); err == nil {
		f.Add(string(b), "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		checkQuotes(t, s, lang)
	})
}

func TestFindDeterministic(t *testing.T) {
	b, err := os.ReadFile("../../text/testdata/article_800.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	first := Find(s, nil, "en")
	if len(first) < 15 {
		t.Fatalf("only %d quotes in the benchmark article", len(first))
	}
	for range 3 {
		again := Find(s, nil, "en")
		if len(again) != len(first) {
			t.Fatal("non-deterministic")
		}
		for k := range again {
			if again[k] != first[k] {
				t.Fatalf("non-deterministic: %+v vs %+v", again[k], first[k])
			}
		}
	}
	checkQuotes(t, s, "en")
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("../../text/testdata/article_800.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	sents := text.Sentences(s, "en")
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s, sents, "en")
	}
}

func BenchmarkPeople(b *testing.B) {
	data, err := os.ReadFile("../../text/testdata/article_800.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		People(s)
	}
}
