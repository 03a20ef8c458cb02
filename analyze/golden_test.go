package analyze

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/text"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// fixtures are the fictional articles under testdata/articles.
func fixtures(t testing.TB) map[string]truthlens.Document {
	t.Helper()
	files, err := filepath.Glob("testdata/articles/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	out := map[string]truthlens.Document{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d truthlens.Document
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = d
	}
	return out
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -run %s -update and review the diff)\n got: %.600s", path, t.Name(), got)
	}
}

func marshal(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestGoldenArticles pins every detector's output on the fixtures, one
// golden file per detector so a change shows where it happened. The
// sibling analysers are replaced by the fixed stand-ins of fakes_test.go,
// so these files change only when this package's rules do.
func TestGoldenArticles(t *testing.T) {
	for name, doc := range fixtures(t) {
		t.Run(name, func(t *testing.T) {
			a := fakeDeps.analyze(doc)
			golden(t, name+".sentences.json", marshal(t, a.Sentences))
			golden(t, name+".claims.json", marshal(t, a.Claims))
			golden(t, name+".techniques.json", marshal(t, a.Techniques))
			golden(t, name+".scores.json", marshal(t, a.Scores))
			golden(t, name+".summary.txt", []byte(a.Summary+"\n"))
			golden(t, name+".sections.json", marshal(t, a.Sections))
		})
	}
}

// lines returns the lines of a testdata file and their ranges, one
// sentence a line (as `truthlens sentences --lines` sees them).
func lines(t *testing.T, file string) (string, []text.Range) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	var rs []text.Range
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			if i > start {
				rs = append(rs, text.Range{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return s, rs
}

type lineResult struct {
	Line       string   `json:"line"`
	Techniques []string `json:"techniques,omitempty"`
	Claim      bool     `json:"claim"`
	Source     string   `json:"source,omitempty"`
	SourceKind string   `json:"source_kind,omitempty"`
}

// TestGoldenTechniqueLines pins the technique detector on one example
// sentence per technique.
func TestGoldenTechniqueLines(t *testing.T) {
	s, rs := lines(t, "techniques.txt")
	st := fakeDeps.newState(s, "en", rs)
	var out []lineResult
	for i, r := range rs {
		lr := lineResult{Line: s[r.Start:r.End], Claim: st.labels[i].Claim}
		for _, tc := range st.techs {
			if tc.Sent == i {
				q := ""
				if tc.Quote >= 0 {
					q = " (quoted)"
				}
				lr.Techniques = append(lr.Techniques, tc.Name+": "+s[tc.Start:tc.End]+q)
			}
		}
		out = append(out, lr)
	}
	golden(t, "technique_lines.json", marshal(t, out))
}

// TestGoldenClaimLines pins the claim detector and attribution.
func TestGoldenClaimLines(t *testing.T) {
	s, rs := lines(t, "claims.txt")
	st := fakeDeps.newState(s, "en", rs)
	var out []lineResult
	for i, r := range rs {
		f := st.feats[i]
		out = append(out, lineResult{Line: s[r.Start:r.End], Claim: st.labels[i].Claim,
			Source: f.src.Text, SourceKind: f.src.Kind})
	}
	golden(t, "claim_lines.json", marshal(t, out))
}

// TestGoldenEntities pins the entity finder the sections are written from.
func TestGoldenEntities(t *testing.T) {
	type view struct {
		Countries, Orgs, Companies, Markets, Money, Communities, Moves, Media []string
	}
	names := func(ms []mention) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Name+" ×"+strconv.Itoa(m.Count))
		}
		return out
	}
	out := map[string]view{}
	for name, doc := range fixtures(t) {
		st := fakeDeps.newState(doc.Text, doc.Language, nil)
		e := st.entities()
		out[name] = view{names(e.countries), names(e.orgs), names(e.companies), names(e.markets),
			names(e.money), names(e.communities), names(e.moves), names(e.media)}
	}
	golden(t, "entities.json", marshal(t, out))
}
