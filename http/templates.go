package http

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	gohttp "net/http"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

//go:embed html/*.tmpl
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// staticFiles serves the embedded static folder with long cache lifetimes;
// pages link to them with a content hash (?v=) so a new build busts caches.
type staticFiles struct {
	fs      fs.FS
	version map[string]string // file name -> short content hash
	files   gohttp.Handler
}

func newStaticFiles() (*staticFiles, error) {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	sf := &staticFiles{fs: sub, version: map[string]string{}}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		h := sha256.Sum256(b)
		sf.version[p] = hex.EncodeToString(h[:6])
		return nil
	})
	if err != nil {
		return nil, err
	}
	sf.files = gohttp.StripPrefix("/static/", gohttp.FileServerFS(sub))
	return sf, nil
}

func (sf *staticFiles) ServeHTTP(w gohttp.ResponseWriter, r *gohttp.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/static/")
	if _, ok := sf.version[name]; !ok {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(gohttp.StatusNotFound)
		w.Write([]byte("not found\n"))
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	sf.files.ServeHTTP(w, r)
}

// url returns the cache-busting URL of a static file.
func (sf *staticFiles) url(name string) string {
	return "/static/" + name + "?v=" + sf.version[name]
}

// pages holds one parsed template set per page, each the layout plus the
// page's own file; parsed once at start-up.
type pages struct {
	sets map[string]*template.Template
}

func parsePages(sf *staticFiles) (*pages, error) {
	funcs := template.FuncMap{
		"static":     sf.url,
		"score":      formatScore,
		"scoreClass": scoreClass,
		"pct":        func(v float64) string { return fmt.Sprintf("%.0f%%", 100*v) },
		"date":       formatDate,
		"add":        func(a, b int) int { return a + b },
		"lower":      strings.ToLower,
		"title":      titleWord,
		"join":       strings.Join,
		"paragraphs": paragraphs,
		"excerpt":    excerpt,
		"plural":     pluralize,
	}
	base, err := template.New("layout").Funcs(funcs).ParseFS(templateFS, "html/layout.tmpl", "html/partials.tmpl")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}
	names, err := fs.Glob(templateFS, "html/*.tmpl")
	if err != nil {
		return nil, err
	}
	p := &pages{sets: map[string]*template.Template{}}
	for _, n := range names {
		name := strings.TrimSuffix(path.Base(n), ".tmpl")
		if name == "layout" || name == "partials" {
			continue
		}
		t, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if _, err := t.ParseFS(templateFS, n); err != nil {
			return nil, fmt.Errorf("parse %s: %w", n, err)
		}
		p.sets[name] = t
	}
	return p, nil
}

// basePage is what the layout needs from every page.
type basePage struct {
	Title     string
	Nav       string
	Demo      bool
	Open      bool
	Query     string
	Canonical string
}

func (s *Server) base(r *gohttp.Request, title string) basePage {
	return basePage{Title: title, Demo: s.cfg.Demo, Open: s.cfg.Open, Canonical: r.URL.Path}
}

// render executes a page into a buffer and writes it only when it worked,
// so a template error is a clean 500 and never half a page.
func (s *Server) render(w gohttp.ResponseWriter, r *gohttp.Request, status int, page string, data any) {
	t, ok := s.pages.sets[page]
	var buf bytes.Buffer
	var err error
	if !ok {
		err = fmt.Errorf("no page template %q", page)
	} else {
		err = t.ExecuteTemplate(&buf, "layout", data)
	}
	if err != nil {
		s.log.Error("render", "page", page, "err", err)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(gohttp.StatusInternalServerError)
		w.Write([]byte("500 internal error\n"))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func formatScore(v float64) string {
	if math.IsNaN(v) {
		return "–"
	}
	return fmt.Sprintf("%.1f", v)
}

// scoreClass buckets a 0–10 score for colouring.
func scoreClass(v float64) string {
	switch {
	case v >= 7:
		return "good"
	case v >= 4.5:
		return "fair"
	default:
		return "poor"
	}
}

// formatDate shows a contract date (RFC 3339 or YYYY-MM-DD) for people.
func formatDate(d truthlens.Date) string {
	s := string(d)
	if s == "" {
		return "date unknown"
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC().Format("2 Jan 2006, 15:04 UTC")
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2 Jan 2006")
	}
	return s
}

// parseDate returns the time of a contract date and whether it is known.
func parseDate(d truthlens.Date) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, string(d)); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006-01-02", string(d)); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// titleWord turns "loaded_language" into "Loaded language".
func titleWord(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "_", " "), "-", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// paragraphs splits s at blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// excerpt shortens s to about 90 characters at a word boundary.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	const n = 90
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < 40 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + "…"
}
