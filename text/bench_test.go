package text

import (
	"os"
	"testing"
)

func benchArticle(b *testing.B) string {
	data, err := os.ReadFile("testdata/article_800.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	return string(data)
}

func BenchmarkSentences(b *testing.B) {
	s := benchArticle(b)
	for b.Loop() {
		Sentences(s, "en")
	}
}

func BenchmarkWords(b *testing.B) {
	s := benchArticle(b)
	for b.Loop() {
		Words(s)
	}
}

func BenchmarkLanguage(b *testing.B) {
	s := benchArticle(b)
	for b.Loop() {
		Language(s)
	}
}

func BenchmarkLanguageFallback(b *testing.B) {
	// Few function words: the whatlanggo path.
	s := "Wirtschaftsministerium Klimaschutzprogramm Bundesregierung Verkehrswende Energiepolitik"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Language(s)
	}
}
