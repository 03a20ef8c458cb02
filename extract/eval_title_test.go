package extract

import (
	"bufio"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
)

// TestEvalHeadlineRule measures looksLikeHeadline on the dev data (when
// TRUTHLENS_EVAL=1 and ../shared/data exists): the share of real
// headlines it accepts, and the share of sentences from news articles
// (which open pasted text without a headline) it rejects.
func TestEvalHeadlineRule(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data")
	if os.Getenv("TRUTHLENS_EVAL") != "1" {
		t.Skip("set TRUTHLENS_EVAL=1 with ../shared/data present")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/data")
	}
	rate := func(lines []string, want bool) (int, int) {
		ok := 0
		for _, l := range lines {
			if looksLikeHeadline(l, countWords(l)) == want {
				ok++
			}
		}
		return ok, len(lines)
	}
	for _, name := range []string{"clickbait/non_clickbait_dev.txt", "clickbait/clickbait_dev.txt"} {
		lines := readLines(t, filepath.Join(dir, name))
		ok, n := rate(lines, true)
		t.Logf("%s: headlines accepted %d/%d (%.1f%%)", name, ok, n, 100*float64(ok)/float64(max(n, 1)))
	}
	if rows := readCSV(t, filepath.Join(dir, "stories", "uci_headlines_dev.csv")); len(rows) > 1 {
		var titles []string
		for _, r := range rows[1:] {
			titles = append(titles, r[1])
		}
		ok, n := rate(titles, true)
		t.Logf("uci headlines: accepted %d/%d (%.1f%%)", ok, n, 100*float64(ok)/float64(max(n, 1)))
	}
	for _, lang := range []string{"english", "german", "italian"} {
		files, _ := filepath.Glob(filepath.Join(dir, "subjectivity", lang, "dev_*.tsv"))
		for _, f := range files {
			rows := readTSV(t, f)
			col := -1
			var sents []string
			for i, r := range rows {
				if i == 0 {
					for j, h := range r {
						if h == "sentence" {
							col = j
						}
					}
					continue
				}
				if col >= 0 && col < len(r) {
					sents = append(sents, r[col])
				}
			}
			ok, n := rate(sents, false)
			t.Logf("%s: article sentences rejected %d/%d (%.1f%%)", filepath.Base(f), ok, n, 100*float64(ok)/float64(max(n, 1)))
		}
	}
}

func readLines(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func readCSV(t *testing.T, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, _ := r.ReadAll()
	return rows
}

func readTSV(t *testing.T, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	rows, _ := r.ReadAll()
	return rows
}
