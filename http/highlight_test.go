package http

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestSegmentText(t *testing.T) {
	text := "One two three.\n\nFour «five» six."
	spans := []hspan{
		{4, 13, "a", "two-three"},          // "two three"
		{8, 13, "b", "three"},              // "three"
		{16, 20, "a", "four"},              // "Four"
		{10, 24, "c", "across paragraphs"}, // "ree.\n\nFour «f"
		{-5, 2, "d", "clamped"},
		{30, 999, "e", "clamped end"},
		{7, 7, "f", "empty"},
	}
	got := segmentText(text, spans, "a")
	want := []para{
		{Segs: []seg{
			{Text: "On", Keys: "d"},
			{Text: "e "},
			{Text: "two ", Keys: "a", Mark: true, Note: "two-three"},
			{Text: "th", Keys: "a b", Mark: true, Note: "two-three"},
			{Text: "ree", Keys: "a b c", Mark: true, Note: "two-three"},
			{Text: ".", Keys: "c"},
		}},
		{Segs: []seg{
			{Text: "Four", Keys: "a c", Mark: true, Note: "four"},
			{Text: " «f", Keys: "c"},
			{Text: "ive» ", Keys: ""},
			{Text: "six.", Keys: "e"},
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("segments (-want +got):\n%s", diff)
	}
	// The runs always rebuild the paragraphs exactly.
	var b strings.Builder
	for i, p := range got {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for _, s := range p.Segs {
			b.WriteString(s.Text)
		}
	}
	if b.String() != text {
		t.Errorf("runs rebuild %q, want %q", b.String(), text)
	}
}

func FuzzSegmentText(f *testing.F) {
	f.Add("Hello «wörld».\n\nSecond para.", 2, 9, 5, 20)
	f.Add("\n\n\n", 0, 3, 1, 2)
	f.Add("a\xffb\n\nc", 1, 2, 0, 6)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		spans := []hspan{{s1, e1, "x", "n"}, {s2, e2, "y", ""}, {s1, e2, "x", ""}}
		paras := segmentText(text, spans, "x")
		var b strings.Builder
		for _, p := range paras {
			for _, s := range p.Segs {
				if s.Text == "" {
					t.Fatalf("empty run in %q", text)
				}
				if utf8.ValidString(text) && !utf8.ValidString(s.Text) {
					t.Fatalf("run %q splits a character", s.Text)
				}
				if s.Mark && !strings.Contains(" "+s.Keys+" ", " x ") {
					t.Fatalf("marked run without its key: %+v", s)
				}
				b.WriteString(s.Text)
			}
		}
		// Every non-separator byte of the text is in exactly one run.
		if got, want := strings.ReplaceAll(strings.ReplaceAll(b.String(), "\n", ""), "\r", ""),
			strings.ReplaceAll(strings.ReplaceAll(text, "\n", ""), "\r", ""); got != want {
			t.Fatalf("runs %q do not rebuild %q", got, want)
		}
	})
}

func TestDiffWords(t *testing.T) {
	got := diffWords("We will not reopen the bridge until it is completely safe,", "We will not reopen the bridge until every support has been checked")
	var marked []string
	for _, w := range got {
		if w.Diff {
			marked = append(marked, w.Text)
		}
	}
	if want := []string{"it", "is", "completely", "safe,"}; !cmp.Equal(marked, want) {
		t.Errorf("marked %q, want %q", marked, want)
	}
	for _, w := range diffWords("“Same words,” here", "same words here") {
		if w.Diff {
			t.Errorf("case or punctuation counted as a change: %q", w.Text)
		}
	}
}

// TestTemplatesEscape renders the article text partial with hostile runs:
// every byte of user text goes through html/template escaping.
func TestTemplatesEscape(t *testing.T) {
	sf, err := newStaticFiles()
	if err != nil {
		t.Fatal(err)
	}
	p, err := parsePages(sf)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"article", "story", "stories", "home", "outlet", "submit", "methodology", "error"} {
		if p.sets[name] == nil {
			t.Errorf("no template for page %s", name)
		}
	}
	tpl := template.Must(template.New("t").Parse(`{{range .}}<p>{{range .Segs}}{{if .Mark}}<mark data-k="{{.Keys}}" title="{{.Note}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</p>{{end}}`))
	evil := `<script>alert(1)</script>"'><img src=x onerror=alert(2)>`
	paras := segmentText(evil, []hspan{{0, 8, `"><b>`, `"onmouseover="x`}}, `"><b>`)
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, paras); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script", "<img", `"><b>`, `"onmouseover`} {
		if strings.Contains(out, bad) {
			t.Errorf("unescaped %q in %s", bad, out)
		}
	}
}
