package subjectivity

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json")

// goldenCase is one fictional sentence and its labels, as stored in
// testdata/golden.json (cues as "kind:text" for readability).
type goldenCase struct {
	Lang         string   `json:"lang"`
	Sentence     string   `json:"sentence"`
	Subjectivity string   `json:"subjectivity"`
	Subjective   bool     `json:"subjective"`
	Loaded       bool     `json:"loaded"`
	Cues         []string `json:"cues"`
}

func readSentences(t *testing.T) [][2]string {
	t.Helper()
	fh, err := os.Open(filepath.Join("testdata", "sentences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out [][2]string
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		lang, s, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("bad line %q", l)
		}
		out = append(out, [2]string{lang, s})
	}
	return out
}

func TestGolden(t *testing.T) {
	var got []goldenCase
	for _, ls := range readSentences(t) {
		r := Classify(ls[1], ls[0], nil)
		g := goldenCase{Lang: ls[0], Sentence: ls[1], Subjectivity: fmt.Sprintf("%.2f", r.Subjectivity),
			Subjective: r.Subjective, Loaded: r.Loaded, Cues: []string{}}
		for _, c := range r.Spans {
			g.Cues = append(g.Cues, c.Kind+":"+ls[1][c.Start:c.End])
		}
		got = append(got, g)
	}
	path := filepath.Join("testdata", "golden.json")
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	var want []goldenCase
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("golden mismatch (-want +got); run go test -update if intended:\n%s", d)
	}
}

// TestLabels pins the labels that matter, independent of the golden file:
// plain reporting is neither subjective nor loaded; opinion and loaded
// wording are caught.
func TestLabels(t *testing.T) {
	cases := []struct {
		lang, s            string
		subjective, loaded bool
	}{
		{"en", "The council approved the budget on Tuesday by a vote of seven to two, the clerk said.", false, false},
		{"en", "The report found that rents rose by 8 percent in the first quarter.", false, false},
		{"en", "The plant will close in March and 300 workers will lose their jobs.", false, false},
		{"en", "Mayor Jan Olsen slammed the so-called reform as a reckless stunt by radical activists.", true, true},
		{"en", "This is a brilliant plan, and frankly the critics should be ashamed of themselves.", true, true},
		{"en", "We must act now, before it is too late for our children!", true, false},
		{"en", "Who really believes the minister had no idea what was going on?", true, true}, // "really" vouches
		// A bare question with no evaluative word is as often the reporter's
		// open question as a rhetorical one (CheckThat! questions are only
		// weakly subjective); a vouched or evaluative one is caught above.
		{"en", "Who decides what the minister knew about the plan?", false, false},
		{"en", "It is a deeply troubling and utterly absurd decision.", true, true},
		{"de", "Der Stadtrat hat am Dienstag den Haushalt beschlossen, sagte ein Sprecher.", false, false},
		{"de", "Das ist leider eine absolut lächerliche und verantwortungslose Entscheidung.", true, true},
		{"it", "Il consiglio comunale ha approvato il bilancio martedì, ha detto il sindaco.", false, false},
		{"it", "Purtroppo è una decisione assurda e vergognosa, dobbiamo cambiarla subito.", true, true},
	}
	for _, c := range cases {
		r := Classify(c.s, c.lang, nil)
		if r.Subjective != c.subjective || r.Loaded != c.loaded {
			t.Errorf("%q: subjective=%v loaded=%v (%.2f), want %v %v; cues %v",
				c.s, r.Subjective, r.Loaded, r.Subjectivity, c.subjective, c.loaded, r.Spans)
		}
	}
}

func TestUnknownLanguageUsesEnglishRules(t *testing.T) {
	s := "This is a brilliant plan, and frankly the critics should be ashamed of themselves."
	en := Classify(s, "en", nil)
	for _, lang := range []string{"", "fr", "nl", "xx"} {
		r := Classify(s, lang, nil)
		if r.Subjectivity != en.Subjectivity || r.Loaded != en.Loaded {
			t.Errorf("lang %q: %+v, want as English %+v", lang, r, en)
		}
	}
}

func TestConfirmLang(t *testing.T) {
	en := "This is a brilliant plan, and frankly the critics should be ashamed of themselves."
	if got := Classify(en, "de", nil); got.Subjectivity != Classify(en, "en", nil).Subjectivity {
		t.Errorf("English line labelled de not classified as English: %+v", got)
	}
	de := "Das ist leider eine absolut lächerliche und verantwortungslose Entscheidung der Regierung."
	if got, want := Classify(de, "de", nil), Classify(de, "de", nil); got.Subjectivity != want.Subjectivity {
		t.Error("not deterministic")
	}
	for _, c := range []struct{ s, lang, want string }{
		{"the plan is not what they said it was", "de", "en"},
		{"der Plan ist nicht, was sie gesagt haben", "en", "de"},
		{"il piano non è quello che hanno detto della legge", "en", "it"},
		{"Olsen Berlin 2024", "it", "it"},
	} {
		if got := confirmLang(c.lang, tokenize(c.s, nil)); got != c.want {
			t.Errorf("confirmLang(%q, %q) = %q, want %q", c.lang, c.s, got, c.want)
		}
	}
}
