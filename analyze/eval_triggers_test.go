package analyze

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestEvalTechniqueTriggers counts, on the CheckThat! subjectivity
// sentences (news sentences labelled OBJ or SUBJ), how often each kind of
// technique span fires in objective and in subjective sentences, and the
// words that fire most in objective ones: a technique in a sentence that
// annotators call objective is most likely a false alarm. It only
// measures; nothing is copied from the data.
//
//	TRUTHLENS_EVAL=1 go test ./analyze -run TestEvalTechniqueTriggers -v
func TestEvalTechniqueTriggers(t *testing.T) {
	if os.Getenv("TRUTHLENS_EVAL") != "1" {
		t.Skip("set TRUTHLENS_EVAL=1 to run")
	}
	split := os.Getenv("TRUTHLENS_SPLIT")
	if split == "" {
		split = "train"
	}
	s, rs, subj := readSubjectivityTSV(t, filepath.Join("..", "..", "shared", "data", "subjectivity", "english", split+"_en.tsv"))
	st := defaultDeps.newState(s, "en", rs)
	kind := func(x tech) string {
		k := x.Name
		if x.Derived {
			k += "/derived"
		}
		if x.Quote >= 0 {
			k += "/quoted"
		}
		return k
	}
	type cnt struct{ obj, subj int }
	kinds, words := map[string]*cnt{}, map[string]*cnt{}
	nObj, nSubj := 0, 0
	for _, s := range subj {
		if s {
			nSubj++
		} else {
			nObj++
		}
	}
	seen := map[string]bool{}
	for _, x := range st.techs {
		k := kind(x)
		if kinds[k] == nil {
			kinds[k] = &cnt{}
		}
		w := strings.ToLower(st.s[x.Start:x.End])
		if len(strings.Fields(w)) > 3 {
			w = "<" + x.Name + " clause>"
		}
		if words[w] == nil {
			words[w] = &cnt{}
		}
		key := fmt.Sprint(x.Sent, k)
		if subj[x.Sent] {
			words[w].subj++
			if !seen[key] {
				kinds[k].subj++
			}
		} else {
			words[w].obj++
			if !seen[key] {
				kinds[k].obj++
			}
		}
		seen[key] = true
	}
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	t.Logf("%s: %d OBJ, %d SUBJ sentences; share of sentences with a span of each kind", split, nObj, nSubj)
	for _, k := range ks {
		c := kinds[k]
		t.Logf("  %-40s OBJ %5.1f%% (%d)  SUBJ %5.1f%% (%d)", k, 100*float64(c.obj)/float64(nObj), c.obj, 100*float64(c.subj)/float64(nSubj), c.subj)
	}
	minObj := 2
	if os.Getenv("TRUTHLENS_ALL") == "1" {
		minObj = 1
	}
	var ws []string
	for w, c := range words {
		if c.obj >= minObj && c.obj >= c.subj {
			ws = append(ws, w)
		}
	}
	sort.Slice(ws, func(i, j int) bool { return words[ws[i]].obj > words[ws[j]].obj })
	for _, w := range ws {
		t.Logf("  mostly objective: %-30q OBJ %d SUBJ %d", w, words[w].obj, words[w].subj)
	}
}
