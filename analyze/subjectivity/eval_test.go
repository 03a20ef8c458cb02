package subjectivity

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The CheckThat! 2025 subjectivity data (CC BY-NC-SA 4.0) is used only to
// measure; it is never copied into the repository. Run with
//
//	TRUTHLENS_EVAL=1 go test -run TestEvalSubjectivity -v ./analyze/subjectivity/
//
// (TRUTHLENS_DATA overrides the data folder; TRUTHLENS_EVAL_FEATURES=1
// also prints how often each feature fires on SUBJ and OBJ sentences.)

type labelled struct {
	sentence string
	subj     bool
}

func evalDataDir() string {
	if d := os.Getenv("TRUTHLENS_DATA"); d != "" {
		return filepath.Join(d, "subjectivity")
	}
	return filepath.Join("..", "..", "..", "shared", "data", "subjectivity")
}

// readSplit reads a TSV with a header; columns are found by name. Fields
// are split on tabs with no quoting: the sentences hold unbalanced quote
// marks, which a CSV reader would run together across rows.
func readSplit(path string) ([]labelled, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	if len(lines) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	si, li := -1, -1
	for i, h := range strings.Split(lines[0], "\t") {
		switch strings.TrimSpace(h) {
		case "sentence":
			si = i
		case "label":
			li = i
		}
	}
	if si < 0 || li < 0 {
		return nil, fmt.Errorf("%s: no sentence/label column in %q", path, lines[0])
	}
	var out []labelled
	for _, l := range lines[1:] {
		rec := strings.Split(l, "\t")
		if len(rec) <= max(si, li) || strings.TrimSpace(rec[si]) == "" {
			continue
		}
		out = append(out, labelled{rec[si], strings.TrimSpace(rec[li]) == "SUBJ"})
	}
	return out, nil
}

// macroF1 of binary predictions against gold labels.
func macroF1(pred, gold []bool) float64 {
	f1 := func(pos bool) float64 {
		tp, fp, fn := 0.0, 0.0, 0.0
		for i := range pred {
			switch {
			case pred[i] == pos && gold[i] == pos:
				tp++
			case pred[i] == pos:
				fp++
			case gold[i] == pos:
				fn++
			}
		}
		if tp == 0 {
			return 0
		}
		return 2 * tp / (2*tp + fp + fn)
	}
	return (f1(true) + f1(false)) / 2
}

func TestEvalSubjectivity(t *testing.T) {
	if os.Getenv("TRUTHLENS_EVAL") != "1" {
		t.Skip("set TRUTHLENS_EVAL=1 to evaluate on ../shared/data/subjectivity")
	}
	applyWeightOverrides(t)
	dir := evalDataDir()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no data: %v", err)
	}
	langs := map[string]string{"english": "en", "german": "de", "italian": "it", "bulgarian": "bg", "arabic": "ar"}
	names := make([]string, 0, len(langs))
	for n := range langs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		lang := langs[name]
		for _, split := range []string{"train", "dev", "dev_test"} {
			path := filepath.Join(dir, name, split+"_"+lang+".tsv")
			rows, err := readSplit(path)
			if err != nil {
				t.Logf("%s: %v", path, err)
				continue
			}
			loadedPred := make([]bool, len(rows))
			pred := make([]bool, len(rows))
			gold := make([]bool, len(rows))
			var loadedS, loadedO, nS, nO int
			var fs, fo [nFeatures]int
			for i, r := range rows {
				res := Classify(r.sentence, lang, nil)
				pred[i], gold[i], loadedPred[i] = res.Subjective, r.subj, res.Loaded
				f := extract(r.sentence, lang, nil, nil)
				counts := &fo
				if r.subj {
					nS++
					counts = &fs
					if res.Loaded {
						loadedS++
					}
				} else {
					nO++
					if res.Loaded {
						loadedO++
					}
				}
				for k := range f.n {
					if f.n[k] > 0 {
						counts[k]++
					}
				}
			}
			t.Logf("%-9s %-8s n=%4d SUBJ=%3d macro-F1=%.3f  loaded: %.0f%% of SUBJ, %.0f%% of OBJ (as a SUBJ detector: macro-F1 %.3f)",
				name, split, len(rows), nS, macroF1(pred, gold),
				100*float64(loadedS)/float64(max(nS, 1)), 100*float64(loadedO)/float64(max(nO, 1)),
				macroF1(loadedPred, gold))
			if os.Getenv("TRUTHLENS_EVAL_SWEEP") == "1" {
				line := ""
				for b := -2.05; b <= 0.01; b += 0.1 {
					save := bias[lang]
					bias[lang] = b
					for i, r := range rows {
						pred[i] = Classify(r.sentence, lang, nil).Subjective
					}
					bias[lang] = save
					line += fmt.Sprintf(" %.2f:%.3f", b, macroF1(pred, gold))
				}
				t.Logf("    bias sweep%s", line)
			}
			if os.Getenv("TRUTHLENS_EVAL_FEATURES") == "1" && lang == "en" {
				for k := range fs {
					t.Logf("    %-17s SUBJ %5.1f%%  OBJ %5.1f%%", featureNames[k],
						100*float64(fs[k])/float64(max(nS, 1)), 100*float64(fo[k])/float64(max(nO, 1)))
				}
			}
		}
	}
}

// applyWeightOverrides reads TRUTHLENS_W="name=value,..." (feature names,
// or "bias") so that hand-set weights can be tried without editing code.
func applyWeightOverrides(t *testing.T) {
	spec := os.Getenv("TRUTHLENS_W")
	if spec == "" {
		return
	}
	saveW, saveB := weights, bias["en"]
	t.Cleanup(func() { weights, bias["en"] = saveW, saveB })
	for _, kv := range strings.Split(spec, ",") {
		k, v, _ := strings.Cut(kv, "=")
		var x float64
		if _, err := fmt.Sscan(v, &x); err != nil {
			t.Fatalf("TRUTHLENS_W: %q: %v", kv, err)
		}
		if k == "bias" {
			bias["en"] = x
			continue
		}
		found := false
		for i, n := range featureNames {
			if n == k {
				weights[i], found = x, true
			}
		}
		if !found {
			t.Fatalf("TRUTHLENS_W: no feature %q", k)
		}
	}
}

// TestEvalErrors prints the misclassified sentences of one English split
// with their cues, for reading (never for copying into the repository).
func TestEvalErrors(t *testing.T) {
	split := os.Getenv("TRUTHLENS_EVAL_ERRORS")
	if os.Getenv("TRUTHLENS_EVAL") != "1" || split == "" {
		t.Skip("set TRUTHLENS_EVAL=1 TRUTHLENS_EVAL_ERRORS=dev (a split) to list misclassified English sentences")
	}
	rows, err := readSplit(filepath.Join(evalDataDir(), "english", split+"_en.tsv"))
	if err != nil {
		t.Skip(err)
	}
	for _, r := range rows {
		res := Classify(r.sentence, "en", nil)
		if res.Subjective != r.subj {
			kinds := ""
			for _, c := range res.Spans {
				kinds += c.Kind + ":" + r.sentence[c.Start:c.End] + " "
			}
			t.Logf("gold=%v p=%.2f | %s || %s", r.subj, res.Subjectivity, r.sentence, kinds)
		}
	}
}
