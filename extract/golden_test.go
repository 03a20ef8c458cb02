package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// fixedNow bounds publish dates in tests (no clock is read).
var fixedNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// goldenResult is what a golden file holds: the document (with its links,
// which the contract JSON leaves out) or the error.
type goldenResult struct {
	Document *truthlens.Document `json:"document,omitempty"`
	Links    []truthlens.Link    `json:"links,omitempty"`
	Error    string              `json:"error,omitempty"`
	Code     string              `json:"code,omitempty"`
}

func runGolden(name string, body []byte) goldenResult {
	doc, err := Extract(Source{Input: name, Body: body}, Options{Now: fixedNow})
	if err != nil {
		return goldenResult{Error: truthlens.ErrorMessage(err), Code: truthlens.ErrorCode(err)}
	}
	return goldenResult{Document: &doc, Links: doc.Links}
}

// TestGolden extracts every input under testdata/golden and compares with
// its .json (go test ./extract -run TestGolden -update rewrites them).
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(inputs)
	n := 0
	for _, in := range inputs {
		if strings.HasSuffix(in, ".json") {
			continue
		}
		n++
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(runGolden(name, body), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			want := in + ".json"
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, exp) {
				t.Errorf("output differs from %s (run with -update after checking):\n%s", want, got)
			}
			// Deterministic: a second run gives the same bytes.
			again, _ := json.MarshalIndent(runGolden(name, body), "", "  ")
			if !bytes.Equal(append(again, '\n'), got) {
				t.Error("second run differs: output is not deterministic")
			}
		})
	}
	if n < 10 {
		t.Fatalf("only %d golden inputs found", n)
	}
}

// TestConcurrentExtract: extraction shares no mutable state, so parallel
// calls (the CLI runs inputs in parallel) give the sequential results.
func TestConcurrentExtract(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	var bodies [][]byte
	var names, want []string
	for _, in := range inputs {
		if strings.HasSuffix(in, ".json") {
			continue
		}
		b, _ := os.ReadFile(in)
		bodies = append(bodies, b)
		names = append(names, in)
		j, _ := json.Marshal(runGolden("x", b))
		want = append(want, string(j))
	}
	errs := make(chan string, len(bodies)*4)
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i, b := range bodies {
				if j, _ := json.Marshal(runGolden("x", b)); string(j) != want[i] {
					errs <- names[i]
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Errorf("%s: parallel result differs", e)
	}
}
