package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"syscall"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// cpuTime is the user+system CPU time used by this process so far. On a
// shared machine it measures our work, unlike wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestEvalSpeed compares CPU time per page of extract and of go-trafilatura
// alone on TRUTHLENS_BENCH_DIR (e.g. go-trafilatura's public
// test-files/comparison) when TRUTHLENS_EVAL=1.
func TestEvalSpeed(t *testing.T) {
	dir := os.Getenv("TRUTHLENS_BENCH_DIR")
	if os.Getenv("TRUTHLENS_EVAL") != "1" || dir == "" {
		t.Skip("set TRUTHLENS_EVAL=1 and TRUTHLENS_BENCH_DIR")
	}
	if v := os.Getenv("TRUTHLENS_FALLBACK_BELOW"); v != "" {
		old := fallbackBelow
		fallbackBelow, _ = strconv.Atoi(v)
		defer func() { fallbackBelow = old }()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	sort.Strings(files)
	if len(files) > 300 {
		files = files[:300]
	}
	var pages [][]byte
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			pages = append(pages, b)
		}
	}
	run := func(name string, fn func(p []byte)) time.Duration {
		for _, p := range pages[:5] { // warm up
			fn(p)
		}
		start := cpuTime()
		for _, p := range pages {
			fn(p)
		}
		d := (cpuTime() - start) / time.Duration(len(pages))
		t.Logf("%-28s %6.1f ms CPU/page", name, float64(d.Microseconds())/1000)
		return d
	}
	base := run("trafilatura (default)", func(p []byte) {
		_, _ = trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{})
	})
	fb := run("trafilatura (fallback)", func(p []byte) {
		_, _ = trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{EnableFallback: true})
	})
	ours := run("extract", func(p []byte) {
		_, _ = Extract(Source{Body: p, Kind: KindHTML}, Options{Now: fixedNow})
	})
	t.Logf("extract / trafilatura default = %.2f, / trafilatura fallback = %.2f (%d pages)",
		float64(ours)/float64(base), float64(ours)/float64(fb), len(pages))
}

// TestEvalTextSpeed measures CPU time per pasted article (the golden text
// fixtures and, when present, the shared seed pages), when TRUTHLENS_EVAL=1.
func TestEvalTextSpeed(t *testing.T) {
	if os.Getenv("TRUTHLENS_EVAL") != "1" {
		t.Skip("set TRUTHLENS_EVAL=1")
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "text_*.txt"))
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	var pages [][]byte
	words := 0
	for _, f := range append(files, seeds...) {
		if b, err := os.ReadFile(f); err == nil {
			pages = append(pages, b)
			words += len(bytes.Fields(b))
		}
	}
	const rounds = 200
	start := cpuTime()
	for i := 0; i < rounds; i++ {
		for _, p := range pages {
			_, _ = Extract(Source{Body: p, Kind: KindText}, Options{})
		}
	}
	d := cpuTime() - start
	per := d / time.Duration(rounds*len(pages))
	t.Logf("text: %d pages, %d words on average: %.3f ms CPU/page, %.1f µs CPU per 100 words",
		len(pages), words/len(pages), float64(per.Microseconds())/1000, float64(d.Microseconds())/float64(rounds*words)*100)
}
