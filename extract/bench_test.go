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

// benchPages returns the pages to benchmark: for HTML, three synthetic
// news pages of realistic length (see newsPage) or, with
// TRUTHLENS_BENCH_DIR set, up to 40 real pages from it (e.g.
// go-trafilatura's public test-files/comparison in the module cache); for
// text, the golden text fixtures.
func benchPages(b *testing.B, glob string) [][]byte {
	if strings.HasPrefix(glob, "html") {
		if d := os.Getenv("TRUTHLENS_BENCH_DIR"); d != "" {
			return readPages(b, d, "*.html", 40)
		}
		return [][]byte{newsPage(1, 9), newsPage(2, 12), newsPage(3, 16)}
	}
	return readPages(b, filepath.Join("testdata", "golden"), glob, 1000)
}

func readPages(b *testing.B, dir, glob string, limit int) [][]byte {
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

// newsPage builds a deterministic fictional news page with paras
// paragraphs of running text inside the usual page furniture (navigation,
// share bar, related links, comments, footer).
func newsPage(seed, paras int) []byte {
	subjects := []string{"The harbour council", "Engineers from the coastal authority", "Residents of Eastwick Bay",
		"The regional ferry operator", "Fishermen in the estuary", "The county education office", "Opposition councillors"}
	verbs := []string{"said on Tuesday that", "warned in a report that", "told a public meeting that",
		"argued in a statement that", "confirmed on Wednesday that"}
	objects := []string{"the sea wall would need to be rebuilt before the winter storms",
		"the levy would raise about four million crowns over ten years",
		"storm surges in the bay had risen by almost half a metre since 1962",
		"the fish market could move inland if no agreement was reached",
		"work on the harbour was expected to begin in the spring",
		"the ferry timetable would change while the quay was repaired"}
	x := uint32(seed)
	pick := func(xs []string) string {
		x = x*1664525 + 1013904223
		return xs[int(x>>16)%len(xs)]
	}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour town votes on sea wall | Bay Courier</title>
<meta property="og:site_name" content="Bay Courier"><meta property="article:published_time" content="2025-03-14T08:30:00+01:00">
<meta name="author" content="Maren Holt"></head><body><header><nav><ul>`)
	for _, s := range []string{"Home", "News", "Sport", "Business", "Culture", "Weather", "Opinion"} {
		b.WriteString(`<li><a href="/` + strings.ToLower(s) + `">` + s + `</a></li>`)
	}
	b.WriteString(`</ul></nav></header><main><article><h1>Harbour town votes on sea wall</h1><p class="byline">By Maren Holt</p>`)
	for i := 0; i < paras; i++ {
		b.WriteString("<p>")
		for k := 0; k < 3; k++ {
			b.WriteString(pick(subjects) + " " + pick(verbs) + " " + pick(objects) + ". ")
		}
		b.WriteString("</p>\n")
		if i == paras/2 {
			b.WriteString(`<div class="ad"><p>Advertisement</p></div><blockquote><p>"The sea wall is the reason this harbour exists," said council leader Ida Brenner.</p></blockquote>`)
		}
	}
	b.WriteString(`<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div></article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Mountain railway reopens after rockslide</a></li><li><a href="/b">Chess prodigy wins title</a></li></ul></aside>
<section class="comments"><h3>2 comments</h3><div class="comment"><p>About time they fixed it.</p></div><div class="comment"><p>Who pays?</p></div></section>
</main><footer><p>© 2025 Bay Courier. All rights reserved.</p></footer></body></html>`)
	return []byte(b.String())
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

// BenchmarkExtractHTML: the whole HTML path (trafilatura, its fallback
// extractors when it finds little, date, metadata, cleaning).
func BenchmarkExtractHTML(b *testing.B) {
	benchExtract(b, benchPages(b, "html_*.html"), KindHTML)
}

// BenchmarkExtractHTMLShort: the short golden pages, where the fallback
// extractors always run.
func BenchmarkExtractHTMLShort(b *testing.B) {
	benchExtract(b, readPages(b, filepath.Join("testdata", "golden"), "html_*.html", 100), KindHTML)
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
