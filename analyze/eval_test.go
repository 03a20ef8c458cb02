package analyze

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/truthlens/truthlens/text"
)

// TestEvalSubjectivity measures LabelSentences (quote masking + the
// subjectivity classifier) on the CheckThat! 2025 subjectivity dev sets,
// one sentence a line as `truthlens sentences --lines` sees them. It only
// measures: nothing is tuned on, or copied from, the data.
//
//	TRUTHLENS_EVAL=1 go test ./analyze -run TestEvalSubjectivity -v
func TestEvalSubjectivity(t *testing.T) {
	if os.Getenv("TRUTHLENS_EVAL") != "1" {
		t.Skip("set TRUTHLENS_EVAL=1 to run")
	}
	for _, c := range []struct{ lang, file string }{
		{"en", "english/dev_en.tsv"}, {"de", "german/dev_de.tsv"}, {"it", "italian/dev_it.tsv"},
	} {
		s, rs, gold := readSubjectivityTSV(t, filepath.Join("..", "..", "shared", "data", "subjectivity", c.file))
		labels := LabelSentences(s, c.lang, rs)
		var tp, fp, fn, tn float64
		for i, l := range labels {
			switch {
			case l.Subjective && gold[i]:
				tp++
			case l.Subjective:
				fp++
			case gold[i]:
				fn++
			default:
				tn++
			}
		}
		f1 := func(tp, fp, fn float64) float64 { return 2 * tp / max(2*tp+fp+fn, 1) }
		macro := (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2
		t.Logf("%s dev: %d sentences, SUBJ F1 %.3f, OBJ F1 %.3f, macro-F1 %.3f", c.lang, len(labels), f1(tp, fp, fn), f1(tn, fn, fp), macro)
	}
}

// readSubjectivityTSV reads a CheckThat! subjectivity TSV as one sentence
// a line: the text, each sentence's range, and whether it is labelled
// SUBJ. Blank sentences are skipped; the test is skipped without the data.
func readSubjectivityTSV(t *testing.T, path string) (string, []text.Range, []bool) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	si, li := -1, -1
	for i, h := range head {
		switch strings.TrimSpace(h) {
		case "sentence":
			si = i
		case "label":
			li = i
		}
	}
	var b strings.Builder
	var rs []text.Range
	var gold []bool
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil || len(rec) <= max(si, li) {
			continue
		}
		s := strings.ReplaceAll(rec[si], "\n", " ")
		if strings.TrimSpace(s) == "" {
			continue
		}
		start := b.Len()
		b.WriteString(s)
		rs = append(rs, text.Range{Start: start, End: b.Len()})
		b.WriteString("\n")
		gold = append(gold, strings.TrimSpace(rec[li]) == "SUBJ")
	}
	return b.String(), rs, gold
}
