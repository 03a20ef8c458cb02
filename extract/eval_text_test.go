package extract

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// comparisonEntry is one page of go-trafilatura's public comparison set:
// snippets the main text must contain and must not contain.
type comparisonEntry struct {
	file          string
	with, without []string
}

// loadComparison reads scripts/comparison/data.go of the go-trafilatura
// module (a Go map literal) with go/parser.
func loadComparison(dir string) []comparisonEntry {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, "scripts", "comparison", "data.go"), nil, 0)
	if err != nil {
		return nil
	}
	var out []comparisonEntry
	ast.Inspect(f, func(n ast.Node) bool {
		cl, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		var e comparisonEntry
		for _, el := range cl.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			switch key.Name {
			case "File":
				if bl, ok := kv.Value.(*ast.BasicLit); ok {
					e.file, _ = strconv.Unquote(bl.Value)
				}
			case "With", "Without":
				lst, ok := kv.Value.(*ast.CompositeLit)
				if !ok {
					continue
				}
				for _, x := range lst.Elts {
					if bl, ok := x.(*ast.BasicLit); ok {
						s, _ := strconv.Unquote(bl.Value)
						if key.Name == "With" {
							e.with = append(e.with, s)
						} else {
							e.without = append(e.without, s)
						}
					}
				}
			}
		}
		if e.file != "" {
			out = append(out, e)
			return false
		}
		return true
	})
	return out
}

// TestEvalText scores main-text snippets on go-trafilatura's comparison
// pages for trafilatura alone and for extract, when TRUTHLENS_EVAL=1.
func TestEvalText(t *testing.T) {
	dir := os.Getenv("TRUTHLENS_TRAFILATURA_DIR")
	if dir == "" {
		dir = filepath.Join(os.Getenv("HOME"), "go", "pkg", "mod", "github.com", "markusmobius", "go-trafilatura@v1.12.2")
	}
	entries := loadComparison(dir)
	if os.Getenv("TRUTHLENS_EVAL") != "1" || len(entries) == 0 {
		t.Skip("set TRUTHLENS_EVAL=1 with the go-trafilatura module in the module cache")
	}
	if v := os.Getenv("TRUTHLENS_FALLBACK_BELOW"); v != "" {
		old := fallbackBelow
		fallbackBelow, _ = strconv.Atoi(v)
		defer func() { fallbackBelow = old }()
	}
	var sBase, sFB, sOurs score
	pages := 0
	for _, e := range entries {
		body, err := os.ReadFile(filepath.Join(dir, "test-files", "comparison", e.file))
		if err != nil {
			continue
		}
		pages++
		base, fb := "", ""
		if r, err := trafilatura.Extract(bytes.NewReader(body), trafilatura.Options{}); err == nil {
			base = r.ContentText
		}
		if r, err := trafilatura.Extract(bytes.NewReader(body), trafilatura.Options{EnableFallback: true}); err == nil {
			fb = r.ContentText
		}
		ours := ""
		if doc, err := Extract(Source{Body: body, Kind: KindHTML}, Options{Now: fixedNow}); err == nil {
			ours = doc.Text
		}
		for _, w := range e.with {
			sBase.snippet(base, w, true)
			sFB.snippet(fb, w, true)
			sOurs.snippet(ours, w, true)
			if os.Getenv("TRUTHLENS_EVAL_DUMP") != "" && strings.Contains(foldSpace(fb), foldSpace(w)) && !strings.Contains(foldSpace(ours), foldSpace(w)) {
				t.Logf("%s: lost %q", e.file, w)
			}
		}
		for _, w := range e.without {
			sBase.snippet(base, w, false)
			sFB.snippet(fb, w, false)
			sOurs.snippet(ours, w, false)
			if os.Getenv("TRUTHLENS_EVAL_DUMP") != "" && !strings.Contains(foldSpace(fb), foldSpace(w)) && strings.Contains(foldSpace(ours), foldSpace(w)) {
				t.Logf("%s: kept %q", e.file, w)
			}
		}
	}
	t.Logf("pages %d: trafilatura default  %s", pages, sBase)
	t.Logf("pages %d: trafilatura fallback %s", pages, sFB)
	t.Logf("pages %d: extract              %s", pages, sOurs)
}

// snippet scores one expectation: wanted snippets found are true
// positives, unwanted ones found are false positives.
func (s *score) snippet(text, snip string, want bool) {
	found := strings.Contains(foldSpace(text), foldSpace(snip))
	switch {
	case want && found:
		s.tp++
	case want:
		s.fn++
	case found:
		s.fp++
	default:
		s.tn++
	}
}

// foldSpace: white space runs (incl. no-break spaces) as one space, so
// that the snippets test words, not layout.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
