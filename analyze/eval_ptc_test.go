package analyze

import (
	"bufio"
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
	case strings.HasPrefix(l, "whataboutism"):
		return TechWhatabout
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

// prf accumulates the SemEval-2020 SI measure: precision sums each
// predicted span's overlap with gold spans over its length, recall each
// gold span's overlap with predictions over its length.
type prf struct {
	pNum, pDen, rNum, rDen float64
}

func (m *prf) add(pred, gold []ptcSpan, labels bool) {
	overlap := func(a ptcSpan, others []ptcSpan) float64 {
		// Characters of a covered by any matching span (no double count).
		var iv [][2]int
		for _, o := range others {
			if labels && o.label != a.label {
				continue
			}
			s, e := max(a.start, o.start), min(a.end, o.end)
			if s < e {
				iv = append(iv, [2]int{s, e})
			}
		}
		sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
		n, end := 0, a.start
		for _, x := range iv {
			s := max(x[0], end)
			if x[1] > s {
				n += x[1] - s
				end = x[1]
			}
		}
		return float64(n) / float64(a.end-a.start)
	}
	for _, p := range pred {
		if p.end > p.start {
			m.pNum += overlap(p, gold)
			m.pDen++
		}
	}
	for _, g := range gold {
		m.rNum += overlap(g, pred)
		m.rDen++
	}
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
