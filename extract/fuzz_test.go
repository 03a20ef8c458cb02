package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

// seedCorpus adds the golden inputs to a fuzz corpus.
func seedCorpus(f *testing.F, glob string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", glob))
	for _, p := range files {
		if strings.HasSuffix(p, ".json") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
}

// checkDoc holds the invariants of any extracted document.
func checkDoc(t *testing.T, doc truthlens.Document, err error) {
	if err != nil {
		if truthlens.ErrorCode(err) != truthlens.EINVALID {
			t.Fatalf("error with code %q: %v", truthlens.ErrorCode(err), err)
		}
		return
	}
	if doc.Text == "" {
		t.Fatal("no error and no text")
	}
	if strings.TrimSpace(doc.Text) != doc.Text {
		t.Fatalf("text has surrounding white space: %q", doc.Text)
	}
	if strings.Contains(doc.Text, "\n\n\n") {
		t.Fatalf("text has an empty paragraph: %q", doc.Text)
	}
	if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) {
		t.Fatal("invalid UTF-8 in output")
	}
	if doc.Removed == nil || doc.Disclosures == nil {
		t.Fatal("nil removed/disclosures (must marshal as [])")
	}
	for _, r := range doc.Removed {
		switch r.Kind {
		case truthlens.RemovedRelated, truthlens.RemovedComments, truthlens.RemovedAds, truthlens.RemovedDuplicate,
			truthlens.RemovedNavigation, truthlens.RemovedDisclosure, truthlens.RemovedOther:
		default:
			t.Fatalf("removed kind %q", r.Kind)
		}
	}
}

func FuzzCleanText(f *testing.F) {
	seedCorpus(f, "text_*")
	f.Add("Headline\n\nPost a Comment\n\nRelated Articles\n\nSource: X")
	f.Add("a\r\nb\u2028c\u00a0\u200b\n\n\n")
	f.Add("Published 31 February 2024\nBy A B\n\nofAlibaba")
	f.Fuzz(func(t *testing.T, s string) {
		c := cleanText(s)
		if strings.TrimSpace(c.Text) != c.Text {
			t.Fatalf("text has surrounding white space: %q", c.Text)
		}
		// Every kept paragraph comes from the input, modulo unglue.
		doc, err := Extract(Source{Body: []byte(s), Kind: KindText}, Options{Now: fixedNow})
		checkDoc(t, doc, err)
		// Deterministic.
		if c2 := cleanText(s); c2.Text != c.Text || len(c2.Removed) != len(c.Removed) {
			t.Fatal("cleanText is not deterministic")
		}
	})
}

func FuzzExtractHTML(f *testing.F) {
	seedCorpus(f, "html_*")
	f.Add("<html><body><p>x</p><script>y</script></body></html>")
	f.Add(`<html lang="xx-YY"><head><meta charset="bogus"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-13-45"}</script></head><body><article><p>One two three four five six seven eight nine ten.</p></article></body></html>`)
	f.Add("<table><tr><td>a</td><td><a href=':bad'>b</a></td></tr></table>")
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := Extract(Source{Body: []byte(s), Kind: KindHTML, URL: "https://example.com/a"}, Options{Now: fixedNow})
		checkDoc(t, doc, err)
	})
}

// TestRandomMutations runs the invariants of the fuzz tests on a fixed
// set of pseudo-random mutations of the golden inputs (byte flips, cut and
// repeated ranges, inserted boilerplate and markup), so every plain
// `go test` exercises odd input too.
func TestRandomMutations(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	var seeds [][]byte
	for _, p := range files {
		if !strings.HasSuffix(p, ".json") {
			if b, err := os.ReadFile(p); err == nil {
				seeds = append(seeds, b)
			}
		}
	}
	inserts := []string{"\n\nRelated Articles\n", "\n\nPost a Comment\n", "<p>", "</div>", "\x00", "\xff\xfe", "\n\n\n",
		"Source: ", "(This story was auto-generated from a syndicated feed.)", "<script>", "&amp;", "\u00ad", "\r\n"}
	x := uint64(88172645463325252)
	rnd := func(n int) int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % uint64(n))
	}
	n := 300
	if testing.Short() {
		n = 50
	}
	for i := 0; i < n; i++ {
		b := append([]byte(nil), seeds[rnd(len(seeds))]...)
		for k := rnd(6); k >= 0 && len(b) > 0; k-- {
			switch p := rnd(len(b)); rnd(4) {
			case 0:
				b[p] ^= byte(1 << rnd(8))
			case 1:
				b = append(b[:p], b[min(len(b), p+rnd(200)):]...)
			case 2:
				q := min(len(b), p+rnd(400))
				b = append(b[:q], append(append([]byte(nil), b[p:q]...), b[q:]...)...)
			default:
				b = append(b[:p], append([]byte(inserts[rnd(len(inserts))]), b[p:]...)...)
			}
		}
		kind := []string{"", KindText, KindHTML}[rnd(3)]
		doc, err := Extract(Source{Body: b, Kind: kind, URL: "https://example.com/x"}, Options{Now: fixedNow})
		checkDoc(t, doc, err)
	}
}
