package analyze

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	truthlens "github.com/truthlens/truthlens"
)

// invariants checks what must hold for any input: scores within 0-10 and
// recomputable from their checks, every span pointing at its text, twelve
// sections in contract order.
func invariants(t interface {
	Helper()
	Errorf(string, ...any)
}, doc truthlens.Document, a truthlens.Article) {
	t.Helper()
	s := doc.Text
	spanOK := func(what string, start, end int, txt string) {
		if start < 0 || end > len(s) || start > end || s[start:end] != txt {
			t.Errorf("%s span [%d,%d) %q does not match the text", what, start, end, txt)
		}
	}
	for _, x := range a.Sentences {
		spanOK("sentence", x.Start, x.End, x.Text)
		if x.Subjectivity < 0 || x.Subjectivity > 1 {
			t.Errorf("subjectivity %v", x.Subjectivity)
		}
	}
	for _, x := range a.Quotes {
		spanOK("quote", x.Start, x.End, x.Text)
	}
	for _, x := range a.Claims {
		spanOK("claim", x.Start, x.End, x.Text)
	}
	for _, x := range a.Techniques {
		spanOK("technique", x.Start, x.End, x.Text)
	}
	for _, sec := range a.Sections {
		for _, e := range sec.Evidence {
			spanOK("section "+sec.ID, e.Start, e.End, e.Text)
		}
	}
	re := a.Scores
	re.Recompute()
	for _, m := range []struct {
		name     string
		got, rec truthlens.Score
	}{{"objectivity", a.Scores.Objectivity, re.Objectivity}, {"accuracy", a.Scores.Accuracy, re.Accuracy}, {"transparency", a.Scores.Transparency, re.Transparency}} {
		if m.got.Value < 0 || m.got.Value > 10 || math.IsNaN(m.got.Value) {
			t.Errorf("%s = %v", m.name, m.got.Value)
		}
		if m.got.Value != m.rec.Value {
			t.Errorf("%s %v, recomputed %v", m.name, m.got.Value, m.rec.Value)
		}
		for _, c := range m.got.Checks {
			if c.Value < 0 || c.Value > 1 || c.Weight < 0 || math.IsNaN(c.Value) {
				t.Errorf("check %s value %v weight %v", c.ID, c.Value, c.Weight)
			}
			if c.Weight == 0 && !strings.HasPrefix(c.Note, "not applicable") {
				t.Errorf("check %s has weight 0 without saying why: %q", c.ID, c.Note)
			}
			if _, ok := catalogueByID[c.ID]; !ok {
				t.Errorf("check %s not in the catalogue", c.ID)
			}
			for _, e := range c.Evidence {
				spanOK("check "+c.ID, e.Start, e.End, e.Text)
			}
		}
	}
	if a.Scores.Overall != re.Overall || a.Scores.Overall < 0 || a.Scores.Overall > 10 {
		t.Errorf("overall %v, recomputed %v", a.Scores.Overall, re.Overall)
	}
	if len(a.Sections) != len(truthlens.SectionIDs) {
		t.Errorf("%d sections", len(a.Sections))
	}
	for i, sec := range a.Sections {
		if i < len(truthlens.SectionIDs) && sec.ID != truthlens.SectionIDs[i] {
			t.Errorf("section %d is %s", i, sec.ID)
		}
	}
}

var vocab = []string{"The", "council", "said", "on", "Tuesday", "that", "corrupt", "thugs",
	"according", "to", "documents", "seen", "by", "the", "Guardian", "$4.5bn", "12%", "2021",
	"did", "not", "respond", "SHOCKING", "NEWS", "!", "?", ".", ",", "\"", "“", "”", "’", "'",
	"many", "people", "are", "saying", "so-called", "regime", "China", "Interpol", "Ma", "é",
	"日本", "\n\n", "\n", " ", "—", "declined", "to", "comment", "what", "about", "wake", "up",
	"Mr.", "U.S.", "\t", "a", "spokesperson", "for", "Apple", "Inc", "shares", "fell", "¥"}

func TestPropertyInvariants(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		words := rapid.SliceOfN(rapid.SampledFrom(vocab), 0, 120).Draw(rt, "words")
		sep := rapid.SampledFrom([]string{" ", "", "  "}).Draw(rt, "sep")
		doc := truthlens.Document{
			Text:     strings.Join(words, sep),
			Title:    rapid.SampledFrom([]string{"", "Council SLAMS corrupt regime!", "Shares fell 12% in 2021"}).Draw(rt, "title"),
			Language: rapid.SampledFrom([]string{"", "en", "de", "xx"}).Draw(rt, "lang"),
			Byline:   rapid.SampledFrom([]string{"", "A. Writer"}).Draw(rt, "byline"),
		}
		invariants(rt, doc, Analyze(doc))
	})
}

func FuzzAnalyze(f *testing.F) {
	for _, d := range fixtures(f) {
		f.Add(d.Text, d.Title)
	}
	f.Add("“unclosed quote, said he. ” \" ' ’", "x")
	f.Fuzz(func(t *testing.T, text, title string) {
		doc := truthlens.Document{Text: text, Title: title, Language: "en"}
		done := make(chan truthlens.Article, 1)
		go func() { done <- Analyze(doc) }()
		select {
		case a := <-done:
			invariants(t, doc, a)
		case <-time.After(5 * time.Second):
			t.Fatalf("Analyze took over 5s on text %q title %q", text, title)
		}
	})
}

// Output is byte-identical across runs and across GOMAXPROCS.
func TestDeterministic(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for name, doc := range fixtures(t) {
		var outs [][]byte
		for _, procs := range []int{1, 2, 1, 2} {
			runtime.GOMAXPROCS(procs)
			b, err := json.Marshal(Analyze(doc))
			if err != nil {
				t.Fatal(err)
			}
			outs = append(outs, b)
		}
		for i := 1; i < len(outs); i++ {
			if !bytes.Equal(outs[0], outs[i]) {
				t.Errorf("%s: run %d differs", name, i)
			}
		}
	}
}

// The methodology document and the catalogue stay in sync.
// With -update the table between the checks markers is rewritten from
// the catalogue.
func TestMethodologyMentionsEveryCheck(t *testing.T) {
	const path = "../docs/METHODOLOGY.md"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	const begin, end = "<!-- checks:begin -->\n", "<!-- checks:end -->"
	i, j := strings.Index(doc, begin), strings.Index(doc, end)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the checks markers", path)
	}
	table := checksTable()
	if *update {
		doc = doc[:i+len(begin)] + table + doc[j:]
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	} else if doc[i+len(begin):j] != table {
		t.Errorf("the checks table of %s is out of date: run go test -run TestMethodology -update", path)
	}
	for _, c := range Catalogue() {
		if !strings.Contains(doc, "`"+c.ID+"`") {
			t.Errorf("METHODOLOGY.md does not document check %s", c.ID)
		}
		w := fmt.Sprintf("| `%s` | %s |", c.ID, trimFloat(c.Weight))
		if !strings.Contains(doc, w) {
			t.Errorf("METHODOLOGY.md table row for %s should start %q", c.ID, w)
		}
	}
	for _, name := range []string{TechCausal, TechSlogan, TechCliche, TechWhatabout, TechBandwagon, TechHitler, TechBlackWhite, TechAuthority, TechRepetition, "loaded_language", "name_calling", "exaggeration", "minimisation", "fear", "doubt", "flag_waving"} {
		if !strings.Contains(doc, "`"+name+"`") {
			t.Errorf("METHODOLOGY.md does not document technique %s", name)
		}
	}
	ids := regexp.MustCompile("`((?:obj|acc|tr|story)\\.[a-z_]+)`").FindAllStringSubmatch(doc, -1)
	for _, m := range ids {
		if _, ok := catalogueByID[m[1]]; !ok {
			t.Errorf("METHODOLOGY.md mentions unknown check %s", m[1])
		}
	}
}

func trimFloat(x float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", x), "0"), ".")
}

// checksTable renders the catalogue as the Markdown table of METHODOLOGY.md.
func checksTable() string {
	var b strings.Builder
	metric := ""
	for _, c := range Catalogue() {
		if c.Metric != metric {
			metric = c.Metric
			fmt.Fprintf(&b, "\n### %s%s\n\n", strings.ToUpper(metric[:1]), metric[1:])
			b.WriteString("| check | weight | label | language | measures | blind spots |\n| --- | --- | --- | --- | --- | --- |\n")
		}
		lang := "no"
		if c.Language {
			lang = "yes"
		}
		if c.Stage == "story" {
			lang = "no; added by the stories engine"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", c.ID, trimFloat(c.Weight), c.Label, lang,
			strings.ReplaceAll(c.Measures, "|", "\\|"), strings.ReplaceAll(c.BlindSpots, "|", "\\|"))
	}
	b.WriteString("\n")
	return b.String()
}

// Analyze is safe for concurrent use (the server and workers call it from
// many goroutines): same output as a sequential run.
func TestConcurrentAnalyze(t *testing.T) {
	fx := fixtures(t)
	doc := fx["investigative"]
	want, _ := json.Marshal(Analyze(doc))
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func() {
			got, _ := json.Marshal(Analyze(doc))
			if !bytes.Equal(got, want) {
				errs <- "differs"
				return
			}
			errs <- ""
		}()
	}
	for i := 0; i < 8; i++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
