package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// benchPages returns the HTML pages to benchmark: the golden fixtures, or
// up to 40 real pages from TRUTHLENS_BENCH_DIR (e.g. go-trafilatura's
// public test-files/comparison directory in the module cache).
func benchPages(b *testing.B, glob string) [][]byte {
	dir := filepath.Join("testdata", "golden")
	limit := 1000
	if d := os.Getenv("TRUTHLENS_BENCH_DIR"); d != "" && strings.HasPrefix(glob, "html") {
		dir, glob, limit = d, "*.html", 40
	}
	files, _ := filepath.Glob(filepath.Join(dir, glob))
	sort.Strings(files)
	var out [][]byte
	for _, f := range files {
		if strings.HasSuffix(f, ".json") || len(out) >= limit {
			continue
		}
		if body, err := os.ReadFile(f); err == nil {
			out = append(out, body)
		}
	}
	if len(out) == 0 {
		b.Skip("no pages")
	}
	return out
}

func benchExtract(b *testing.B, pages [][]byte, kind string) {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	b.SetBytes(n / int64(len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pages[i%len(pages)]
		_, _ = Extract(Source{Body: p, Kind: kind, URL: "https://news.example.com/a"}, Options{Now: fixedNow})
	}
}

// BenchmarkExtractText: pasted text on the analyze hot path.
func BenchmarkExtractText(b *testing.B) {
	benchExtract(b, benchPages(b, "text_*.txt"), KindText)
}

// BenchmarkExtractHTML: the whole HTML path (trafilatura with fallback,
// date, metadata, cleaning).
func BenchmarkExtractHTML(b *testing.B) {
	benchExtract(b, benchPages(b, "html_*.html"), KindHTML)
}

// BenchmarkTrafilaturaHTML: go-trafilatura alone (default options, its
// own metadata and date) on the same pages, for comparison.
func BenchmarkTrafilaturaHTML(b *testing.B) {
	pages := benchPages(b, "html_*.html")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _ = trafilatura.Extract(bytes.NewReader(pages[i%len(pages)]), trafilatura.Options{})
	}
}

// BenchmarkTrafilaturaFallbackHTML: go-trafilatura with its fallback
// extractors, as extract runs it.
func BenchmarkTrafilaturaFallbackHTML(b *testing.B) {
	pages := benchPages(b, "html_*.html")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _ = trafilatura.Extract(bytes.NewReader(pages[i%len(pages)]), trafilatura.Options{EnableFallback: true})
	}
}
