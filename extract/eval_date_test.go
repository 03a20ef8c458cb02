package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// TestEvalDates measures publish-day F1 on go-htmldate's public comparison
// pages (in the module cache) against htmldate alone, when TRUTHLENS_EVAL=1.
// TRUTHLENS_HTMLDATE_DIR overrides the location of the go-htmldate module.
func TestEvalDates(t *testing.T) {
	dir := os.Getenv("TRUTHLENS_HTMLDATE_DIR")
	if dir == "" {
		dir = filepath.Join(os.Getenv("HOME"), "go", "pkg", "mod", "github.com", "markusmobius", "go-htmldate@v1.10.1")
	}
	var entries [][3]string // file, url, date
	rx := regexp.MustCompile(`URL:\s*"([^"]*)",\s*File:\s*"([^"]*)",\s*Date:\s*"([^"]*)"`)
	for _, f := range []string{"data-mediacloud.go", "data-default.go", "data.go"} {
		src, err := os.ReadFile(filepath.Join(dir, "scripts", "comparison", f))
		if err != nil {
			continue
		}
		for _, m := range rx.FindAllSubmatch(src, -1) {
			entries = append(entries, [3]string{string(m[2]), string(m[1]), string(m[3])})
		}
	}
	if os.Getenv("TRUTHLENS_EVAL") != "1" || len(entries) == 0 {
		t.Skip("set TRUTHLENS_EVAL=1 with the go-htmldate module in the module cache")
	}
	now := time.Date(2026, 9, 13, 12, 0, 0, 0, time.UTC)
	var base, ours score
	n := 0
	for _, e := range entries {
		var body []byte
		var err error
		for _, sub := range []string{"comparison", "mediacloud"} {
			if body, err = os.ReadFile(filepath.Join(dir, "test-files", sub, e[0])); err == nil {
				break
			}
		}
		if err != nil {
			continue
		}
		n++
		if e[2] == "nan" {
			e[2] = ""
		}
		body = decodeHTML(body, "")
		root, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			continue
		}
		r, err := htmldate.FromDocument(root, htmldate.Options{UseOriginalDate: true, URL: e[1], MaxDate: now})
		got := ""
		if err == nil && !r.IsZero() {
			got = r.DateTime.Format("2006-01-02")
		}
		base.add(got, e[2])
		d := string(publishDate(root, e[1], now))
		if len(d) > 10 {
			d = d[:10]
		}
		ours.add(d, e[2])
		if os.Getenv("TRUTHLENS_EVAL_DUMP") != "" && d != e[2] {
			t.Logf("%s want %s got %s (htmldate %s)", e[0], e[2], d, got)
		}
	}
	t.Logf("pages %d: htmldate alone %s", n, base)
	t.Logf("pages %d: extract        %s", n, ours)
}

type score struct{ tp, fp, fn, tn int }

func (s *score) add(got, want string) {
	switch {
	case got == "" && want == "":
		s.tn++
	case got == "":
		s.fn++
	case got == want:
		s.tp++
	default:
		s.fp++
	}
}

func (s score) String() string {
	p := float64(s.tp) / float64(max(1, s.tp+s.fp))
	r := float64(s.tp) / float64(max(1, s.tp+s.fn))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmtF("precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d tn %d)", p, r, f, s.tp, s.fp, s.fn, s.tn)
}

func fmtF(format string, args ...any) string { return fmt.Sprintf(format, args...) }
