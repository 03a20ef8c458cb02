package quotes

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenQuote is a Quote with the speaker mention's text, for review.
type goldenQuote struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker"`
	Mention string `json:"mention"`
	Cue     string `json:"cue"`
}

// TestFindGolden runs Find on testdata/golden/*.txt (language from the
// file name prefix) and compares with the .json beside each.
func TestFindGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s := string(b)
			lang, _, _ := strings.Cut(name, "_")
			got := []goldenQuote{}
			for _, q := range Find(s, nil, lang) {
				got = append(got, goldenQuote{q.Text, q.Start, q.End, q.Speaker, s[q.SpeakerStart:q.SpeakerEnd], q.Cue})
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".json"
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("quotes of %s differ from %s (check, then go test -update):\n%s", f, golden, out)
			}
		})
	}
}
