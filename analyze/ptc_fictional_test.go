package analyze

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

var (
	ptcExport = flag.String("ptc-export", "", "write the fictional PTC set to this directory in the corpus layout")
	ptcShow   = flag.Bool("ptc-show", false, "log every missed and spurious span of the fictional PTC set")
)

// ptcCodes maps the one-letter codes of testdata/ptc to the corpus labels.
var ptcCodes = map[byte]string{
	'L': "Loaded_Language", 'N': "Name_Calling,Labeling", 'R': "Repetition", 'D': "Doubt",
	'E': "Exaggeration,Minimisation", 'F': "Appeal_to_fear-prejudice", 'W': "Flag-Waving",
	'C': "Causal_Oversimplification", 'S': "Slogans", 'A': "Appeal_to_Authority",
	'B': "Black-and-White_Fallacy", 'T': "Thought-terminating_Cliches",
	'H': "Whataboutism,Straw_Men,Red_Herring", 'G': "Bandwagon,Reductio_ad_hitlerum",
}

// parsePTCMarkup turns "{X|words}" markup (nestable) into the plain text
// and its gold spans, with rune offsets as the corpus counts them.
func parsePTCMarkup(src string) (string, []ptcSpan, error) {
	var b strings.Builder
	type open struct {
		label string
		start int
	}
	var stack []open
	var gold []ptcSpan
	runes := 0
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '{' && i+2 < len(src) && src[i+2] == '|':
			l, ok := ptcCodes[src[i+1]]
			if !ok {
				return "", nil, fmt.Errorf("unknown code %q at byte %d", src[i+1], i)
			}
			stack = append(stack, open{l, runes})
			i += 3
			continue
		case c == '}':
			if len(stack) == 0 {
				return "", nil, fmt.Errorf("unbalanced } at byte %d", i)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			gold = append(gold, ptcSpan{normPTCLabel(o.label), o.start, runes})
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(src[i:])
		b.WriteString(src[i : i+n])
		runes++
		i += n
	}
	if len(stack) > 0 {
		return "", nil, fmt.Errorf("%d spans left open", len(stack))
	}
	return b.String(), gold, nil
}

// ptcArticle is one article of the fictional set.
type ptcArticle struct {
	id   string
	text string
	gold []ptcSpan
}

func readPTCSet(t *testing.T, dir string) []ptcArticle {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "ptc", dir, "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no articles in testdata/ptc/%s", dir)
	}
	var out []ptcArticle
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, gold, err := parsePTCMarkup(string(b))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, ptcArticle{strings.TrimSuffix(filepath.Base(f), ".txt"), text, gold})
	}
	return out
}

// predictPTC runs Analyze and returns its techniques as corpus spans.
func predictPTC(text string) []ptcSpan {
	a := Analyze(truthlens.Document{Text: text, Language: "en"})
	var pred []ptcSpan
	for _, tc := range a.Techniques {
		pred = append(pred, ptcSpan{ptcLabel(tc.Technique), runeOffset(text, tc.Start), runeOffset(text, tc.End)})
	}
	return pred
}

// TestPTCFictional scores the technique spans on the fictional set of
// testdata/ptc with the task's span-identification measure. The floors
// sit a little under the figures measured when the detector was tuned
// (on dev/ only; test/ was written beside it, holdout/ after the lists),
// so that a change that loses spans fails here.
func TestPTCFictional(t *testing.T) {
	floors := map[string]float64{"dev": 0.78, "test": 0.60, "holdout": 0.36}
	for _, dir := range []string{"dev", "test", "holdout"} {
		var all, labelled prf
		for _, art := range readPTCSet(t, dir) {
			pred := predictPTC(art.text)
			all.add(pred, art.gold, false)
			labelled.add(pred, art.gold, true)
			if *ptcShow {
				showPTC(t, dir+"/"+art.id, art.text, pred, art.gold)
			}
			if *ptcExport != "" {
				exportPTC(t, filepath.Join(*ptcExport, dir), art)
			}
		}
		t.Logf("%s: span F1 %.3f (P %.3f R %.3f); with labels F1 %.3f (P %.3f R %.3f)",
			dir, all.f1(), all.p(), all.r(), labelled.f1(), labelled.p(), labelled.r())
		if all.f1() < floors[dir] {
			t.Errorf("%s: span F1 %.3f below its floor %.2f", dir, all.f1(), floors[dir])
		}
	}
}

// showPTC logs the merged gold spans with their coverage and the merged
// predictions that miss gold.
func showPTC(t *testing.T, id, text string, pred, gold []ptcSpan) {
	r := []rune(text)
	g, p := mergeSpans(gold), mergeSpans(pred)
	for _, x := range g {
		t.Logf("%s GOLD %.2f %q", id, covered(x, p), string(r[x.start:x.end]))
	}
	for _, x := range p {
		if c := covered(x, g); c < 1 {
			t.Logf("%s PRED %.2f %q", id, c, string(r[x.start:x.end]))
		}
	}
}

func exportPTC(t *testing.T, dir string, art ptcArticle) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// Numeric ids as in the corpus: a07 -> 7, h03 -> 103.
	n, _ := strconv.Atoi(strings.TrimLeft(art.id, "abcdefghijklmnopqrstuvwxyz"))
	if strings.HasPrefix(art.id, "h") {
		n += 100
	}
	id := strconv.Itoa(n)
	raw := map[string]string{}
	for _, l := range ptcCodes {
		raw[normPTCLabel(l)] = l
	}
	if err := os.WriteFile(filepath.Join(dir, "article"+id+".txt"), []byte(art.text), 0o644); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	gold := append([]ptcSpan(nil), art.gold...)
	sort.Slice(gold, func(i, j int) bool { return gold[i].start < gold[j].start })
	for _, g := range gold {
		fmt.Fprintf(&b, "%s\t%s\t%d\t%d\n", id, raw[g.label], g.start, g.end)
	}
	if err := os.WriteFile(filepath.Join(dir, "article"+id+".labels.tsv"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestParsePTCMarkup(t *testing.T) {
	text, gold, err := parsePTCMarkup("A {D|so-called {L|brutal}} plan — é {N|x}.")
	if err != nil {
		t.Fatal(err)
	}
	if text != "A so-called brutal plan — é x." {
		t.Fatalf("text %q", text)
	}
	want := []ptcSpan{{"loaded_language", 12, 18}, {"doubt", 2, 18}, {truthlens.TechNameCalling, 28, 29}}
	if fmt.Sprint(gold) != fmt.Sprint(want) {
		t.Errorf("gold %v, want %v", gold, want)
	}
	for _, bad := range []string{"{Q|x}", "{L|x", "x}"} {
		if _, _, err := parsePTCMarkup(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
