package subjectivity

import (
	"os"
	"path/filepath"
	"testing"
)

func TestEvalErrors(t *testing.T) {
	if os.Getenv("TRUTHLENS_EVAL_ERRORS") == "" {
		t.Skip()
	}
	rows, _ := readSplit(filepath.Join(evalDataDir(), "english", os.Getenv("TRUTHLENS_EVAL_ERRORS")+"_en.tsv"))
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
