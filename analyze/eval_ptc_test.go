package analyze

import (
	"bufio"
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

// TestEvalPTC measures the technique spans against a propaganda corpus in
// the SemEval-2020 Task 11 layout: articleID.txt files and their labels,
// one "id<TAB>technique<TAB>start<TAB>end" line per span (character
// offsets), in articleID.labels.tsv or articleID.task-flc-tc.labels.
// It reports the span-identification F1 of the task (partial character
// overlap, label-agnostic) and the same with labels required to match.
//
//	TRUTHLENS_EVAL=1 TRUTHLENS_PTC_DIR=path go test ./analyze -run TestEvalPTC -v
func TestEvalPTC(t *testing.T) {
	dir := os.Getenv("TRUTHLENS_PTC_DIR")
	if os.Getenv("TRUTHLENS_EVAL") != "1" || dir == "" {
		t.Skip("set TRUTHLENS_EVAL=1 and TRUTHLENS_PTC_DIR to run")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "article*.txt"))
	if len(files) == 0 {
		t.Skipf("no article*.txt in %s", dir)
	}
	var all, labelled prf
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "article"), ".txt")
		gold := readPTCLabels(filepath.Join(dir, "article"+id))
		text := string(b)
		a := Analyze(truthlens.Document{Text: text, Language: "en"})
		var pred []ptcSpan
		for _, tc := range a.Techniques {
			pred = append(pred, ptcSpan{ptcLabel(tc.Technique), runeOffset(text, tc.Start), runeOffset(text, tc.End)})
		}
		all.add(pred, gold, false)
		labelled.add(pred, gold, true)
	}
	t.Logf("%d articles: span F1 %.3f (P %.3f R %.3f); with labels F1 %.3f (P %.3f R %.3f)",
		len(files), all.f1(), all.p(), all.r(), labelled.f1(), labelled.p(), labelled.r())
}

type ptcSpan struct {
	label      string
	start, end int
}

// ptcLabel maps a truthlens technique to the corpus label family.
func ptcLabel(name string) string {
	switch name {
	case truthlens.TechExaggeration, truthlens.TechMinimisation:
		return "exaggeration,minimisation"
	case truthlens.TechFear:
		return "appeal_to_fear-prejudice"
	case TechBandwagon, TechHitler:
		return "bandwagon,reductio_ad_hitlerum"
	}
	return name
}

func normPTCLabel(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	switch {
	case strings.HasPrefix(l, "name_calling"):
		return truthlens.TechNameCalling
	case strings.HasPrefix(l, "exaggeration"):
		return "exaggeration,minimisation"
	case strings.HasPrefix(l, "flag"):
		return truthlens.TechFlagWaving
	case strings.HasPrefix(l, "thought"):
		return TechCliche
	case strings.HasPrefix(l, "black"):
		return TechBlackWhite
	case strings.HasPrefix(l, "whataboutism"), strings.HasPrefix(l, "straw"), strings.HasPrefix(l, "red_herring"):
		return TechWhatabout
	case strings.HasPrefix(l, "appeal_to_fear"):
		return "appeal_to_fear-prejudice"
	case strings.HasPrefix(l, "bandwagon"), strings.HasPrefix(l, "reductio"):
		return "bandwagon,reductio_ad_hitlerum"
	}
	return strings.ReplaceAll(l, "-", "_")
}

func readPTCLabels(prefix string) []ptcSpan {
	var out []ptcSpan
	for _, suffix := range []string{".labels.tsv", ".task-flc-tc.labels", ".task-si.labels"} {
		f, err := os.Open(prefix + suffix)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			p := strings.Split(sc.Text(), "\t")
			if len(p) == 3 { // SI format: id start end
				p = []string{p[0], "", p[1], p[2]}
			}
			if len(p) < 4 {
				continue
			}
			s, err1 := strconv.Atoi(p[2])
			e, err2 := strconv.Atoi(p[3])
			if err1 == nil && err2 == nil && e > s {
				out = append(out, ptcSpan{normPTCLabel(p[1]), s, e})
			}
		}
		f.Close()
		break
	}
	return out
}

func runeOffset(s string, b int) int { return utf8.RuneCountInString(s[:b]) }

// prf accumulates the SemEval-2020 SI measure (the task's scorer,
// task-SI_scorer.py): overlapping spans of an article are first merged,
// in the gold and in the predictions alike (label-agnostic; with labels,
// only spans of the same label merge, as in the FLC scorer). Precision
// then averages over predicted spans the share of each covered by gold,
// recall over gold spans the share of each covered by predictions.
type prf struct {
	pNum, pDen, rNum, rDen float64
}

func (m *prf) add(pred, gold []ptcSpan, labels bool) {
	if !labels {
		pred, gold = mergeSpans(unlabel(pred)), mergeSpans(unlabel(gold))
	} else {
		pred, gold = mergeByLabel(pred), mergeByLabel(gold)
	}
	match := func(a ptcSpan, others []ptcSpan) float64 {
		if labels {
			var same []ptcSpan
			for _, o := range others {
				if o.label == a.label {
					same = append(same, o)
				}
			}
			others = same
		}
		return covered(a, others)
	}
	for _, p := range pred {
		m.pNum += match(p, gold)
		m.pDen++
	}
	for _, g := range gold {
		m.rNum += match(g, pred)
		m.rDen++
	}
}

func unlabel(s []ptcSpan) []ptcSpan {
	out := make([]ptcSpan, len(s))
	for i, x := range s {
		out[i] = ptcSpan{"", x.start, x.end}
	}
	return out
}

// mergeSpans merges spans that share a character (touching spans stay
// apart, as in the task's scorer); empty spans are dropped.
func mergeSpans(s []ptcSpan) []ptcSpan {
	s = append([]ptcSpan(nil), s...)
	sort.Slice(s, func(i, j int) bool { return s[i].start < s[j].start })
	var out []ptcSpan
	for _, x := range s {
		if x.end <= x.start {
			continue
		}
		if n := len(out); n > 0 && x.start < out[n-1].end {
			out[n-1].end = max(out[n-1].end, x.end)
			continue
		}
		out = append(out, x)
	}
	return out
}

func mergeByLabel(s []ptcSpan) []ptcSpan {
	by := map[string][]ptcSpan{}
	var labels []string
	for _, x := range s {
		if by[x.label] == nil {
			labels = append(labels, x.label)
		}
		by[x.label] = append(by[x.label], x)
	}
	sort.Strings(labels)
	var out []ptcSpan
	for _, l := range labels {
		out = append(out, mergeSpans(by[l])...)
	}
	return out
}

// covered returns the share of a's characters inside the spans of others
// (which do not overlap one another).
func covered(a ptcSpan, others []ptcSpan) float64 {
	n := 0
	for _, o := range others {
		if s, e := max(a.start, o.start), min(a.end, o.end); s < e {
			n += e - s
		}
	}
	return float64(n) / float64(a.end-a.start)
}

func (m prf) p() float64 { return m.pNum / max(m.pDen, 1) }
func (m prf) r() float64 { return m.rNum / max(m.rDen, 1) }
func (m prf) f1() float64 {
	p, r := m.p(), m.r()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// The scorer follows the task's: overlapping spans merge before scoring,
// and each span scores the share of its characters the other side covers.
func TestPRFMatchesTaskScorer(t *testing.T) {
	gold := []ptcSpan{{"loaded_language", 0, 10}, {"doubt", 5, 20}, {"slogans", 30, 40}}
	pred := []ptcSpan{{"loaded_language", 0, 4}, {"loaded_language", 2, 6}, {"fear", 35, 45}, {"doubt", 50, 60}}
	var m prf
	m.add(pred, gold, false)
	// merged gold: [0,20) [30,40); merged pred: [0,6) [35,45) [50,60)
	// P = (6/6 + 5/10 + 0) / 3; R = (6/20 + 5/10) / 2
	if p, r := m.p(), m.r(); fmt.Sprintf("%.4f %.4f", p, r) != fmt.Sprintf("%.4f %.4f", 1.5/3, 0.8/2) {
		t.Errorf("P %.4f R %.4f", p, r)
	}
	var l prf
	l.add(pred, gold, true)
	// labelled: pred loaded [0,6) vs gold loaded [0,10): P 4/6.. merged pred [0,6) covered 6/6
	if p, r := l.p(), l.r(); fmt.Sprintf("%.4f %.4f", p, r) != fmt.Sprintf("%.4f %.4f", 1.0/3, 0.6/3) {
		t.Errorf("labelled P %.4f R %.4f", p, r)
	}
	// Corpus labels and technique names meet in one family each.
	for corpus, ours := range map[string]string{
		"Appeal_to_fear-prejudice": truthlens.TechFear, "Bandwagon,Reductio_ad_hitlerum": TechHitler,
		"Reductio_ad_hitlerum": TechHitler, "Exaggeration,Minimisation": truthlens.TechMinimisation,
		"Name_Calling,Labeling": truthlens.TechNameCalling, "Flag-Waving": truthlens.TechFlagWaving,
		"Thought-terminating_Cliches": TechCliche, "Whataboutism,Straw_Men,Red_Herring": TechWhatabout,
		"Black-and-White_Fallacy": TechBlackWhite, "Loaded_Language": truthlens.TechLoadedLanguage,
		"Causal_Oversimplification": TechCausal, "Appeal_to_Authority": TechAuthority, "Slogans": TechSlogan,
		"Doubt": truthlens.TechDoubt, "Repetition": TechRepetition,
	} {
		if normPTCLabel(corpus) != ptcLabel(ours) {
			t.Errorf("%s -> %q, %s -> %q", corpus, normPTCLabel(corpus), ours, ptcLabel(ours))
		}
	}
}
