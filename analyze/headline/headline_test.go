package headline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenLine is one line of testdata/headlines.golden.jsonl.
type goldenLine struct {
	Lang     string             `json:"lang"`
	Context  *Context           `json:"context,omitempty"`
	Headline truthlens.Headline `json:"headline"`
}

// TestGolden analyses the fictional headlines of testdata/headlines.tsv
// and compares with testdata/headlines.golden.jsonl (go test -update
// rewrites it; review the diff).
func TestGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "headlines.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(bytes.NewReader(in))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			t.Fatalf("bad fixture line %q", line)
		}
		g := goldenLine{Lang: f[0]}
		var ctx Context
		if len(f) > 2 && f[len(f)-1] != "" {
			ctx = ContextFromText(f[len(f)-1])
			g.Context = &ctx
		}
		g.Headline = AnalyzeWithContext(f[1], f[0], ctx)
		if err := enc.Encode(g); err != nil {
			t.Fatal(err)
		}
	}
	golden := filepath.Join("testdata", "headlines.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		gl, wl := strings.Split(out.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Errorf("line %d differs:\n got %s\nwant %s", i+1, gl[i], wl[i])
			}
		}
		if len(gl) != len(wl) {
			t.Errorf("got %d lines, want %d", len(gl), len(wl))
		}
	}
}

func TestAnalyzeExamples(t *testing.T) {
	tests := []struct {
		title, lang  string
		ctx          Context
		clickbait    bool
		minSens      float64
		maxSens      float64
		suggested    string
		evidenceNote string
	}{
		{title: "This Tiny Hedgehog Has Been Befriending Every Cat In Town", clickbait: true, minSens: 3, maxSens: 10,
			suggested: "A Tiny Hedgehog Has Been Befriending Every Cat In Town", evidenceNote: "clickbait: forward reference 'This'"},
		{title: "Harbour city council delays vote on water tariffs", maxSens: 1.5,
			suggested: "Harbour city council delays vote on water tariffs"},
		{title: "Senator Okafor SLAMS shocking new budget plan", minSens: 3, maxSens: 10,
			suggested: "Senator Okafor criticizes new budget plan", evidenceNote: "all caps"},
		{title: "Carmaker Lintek hid engine defect for a decade: Report", maxSens: 3,
			suggested: "Carmaker Lintek hid engine defect for a decade, report says"},
		{title: "Tech founder Mara Velez implicated in bribery scheme", ctx: Context{Allegation: true}, maxSens: 4,
			suggested: "Tech founder Mara Velez allegedly involved in bribery scheme"},
		{title: "Tech founder Mara Velez implicated in bribery scheme", ctx: Context{Source: "the Halden Herald", Allegation: true}, maxSens: 4,
			suggested: "Tech founder Mara Velez implicated in bribery scheme, according to the Halden Herald"},
		{title: "Le maire annonce une réforme choquante !", lang: "fr", minSens: 1, maxSens: 2,
			suggested: "Le maire annonce une réforme choquante", evidenceNote: "exclamation"},
	}
	for _, tt := range tests {
		h := AnalyzeWithContext(tt.title, tt.lang, tt.ctx)
		if h.Clickbait != tt.clickbait {
			t.Errorf("%q: clickbait = %v, want %v", tt.title, h.Clickbait, tt.clickbait)
		}
		if h.Sensationalism < tt.minSens || h.Sensationalism > tt.maxSens {
			t.Errorf("%q: sensationalism = %v, want in [%v, %v]", tt.title, h.Sensationalism, tt.minSens, tt.maxSens)
		}
		if h.Suggested != tt.suggested {
			t.Errorf("%q: suggested = %q, want %q", tt.title, h.Suggested, tt.suggested)
		}
		if tt.evidenceNote != "" && !hasNote(h.Evidence, tt.evidenceNote) {
			t.Errorf("%q: no evidence %q in %+v", tt.title, tt.evidenceNote, h.Evidence)
		}
	}
}

func hasNote(ev []truthlens.Span, note string) bool {
	for _, s := range ev {
		if s.Note == note {
			return true
		}
	}
	return false
}

func TestContextFromText(t *testing.T) {
	tests := []struct{ lead, source string }{
		{"The council approved the plan, documents seen by the Halden Herald suggest.", "documents seen by the Halden Herald"},
		{"According to a recent report released by the Institute for Open Budgets (IOB), the council overspent.", "a report by IOB"},
		{"The mayor resigned, according to the Velmar Times.", "the Velmar Times"},
		{"The mayor resigned on Tuesday after a long illness.", ""},
		{"According to court records, Dana Fell said the payments were legal.", "court records"},
		{"The driver fled the scene, according to police.", "police"},
		{"According to a Velmar News Agency report in May, the port closed.", "Velmar News Agency"},
		{"Prices rose, according to experts.", ""},
		{"The town voted, according to minutes published by the council.\n\n\"We cannot wait,\" said the mayor.", ""},
	}
	for _, tt := range tests {
		if got := ContextFromText(tt.lead).Source; got != tt.source {
			t.Errorf("ContextFromText(%q).Source = %q, want %q", tt.lead, got, tt.source)
		}
	}
	if !ContextFromText("The minister allegedly took bribes.").Allegation {
		t.Error("allegedly: Allegation = false")
	}
}

func TestModelLoads(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Licence != "MIT" || len(m.Weights) != 1<<m.Features.Bits {
		t.Fatalf("model: licence %q, %d weights for %d bits", m.Licence, len(m.Weights), m.Features.Bits)
	}
	if m.Features.Lists != ListsFingerprint() {
		t.Fatalf("model.json was trained with other word lists (fingerprint %d, now %d): run go run ./internal/train/clickbait",
			m.Features.Lists, ListsFingerprint())
	}
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := DecodeModel(enc)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(int8Bytes(m.Weights), int8Bytes(m2.Weights)) || m.Bias != m2.Bias || m.Scale != m2.Scale {
		t.Fatal("model does not survive encode/decode")
	}
	if _, err := DecodeModel([]byte(`{"features":{"bits":8},"weights":"AAAA"}`)); err == nil {
		t.Fatal("DecodeModel accepted a short weight table")
	}
}

func int8Bytes(w []int8) []byte {
	b := make([]byte, len(w))
	for i, v := range w {
		b[i] = byte(v)
	}
	return b
}
