package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestShortPageBlocksApart: on a short page go-trafilatura falls back to
// the <article>'s text content; headings, paragraphs, quotes and list
// items must stay apart, and a heading that repeats the title is cut.
func TestShortPageBlocksApart(t *testing.T) {
	const para = "The owners of the cafe on the harbour said the council had listened to them at last."
	cases := []struct {
		name, page, title, text string
	}{
		{
			name:  "heading is the title",
			page:  `<html><head><title>Owners welcome barrier</title></head><body><article><h1>Owners welcome barrier</h1><p>` + para + `</p></article></body></html>`,
			title: "Owners welcome barrier",
			text:  para,
		},
		{
			name:  "subheading, quote and list kept apart",
			page:  `<html><head><title>Owners welcome barrier</title></head><body><article><h1>Owners welcome barrier</h1><p>` + para + `</p><h2>Terrace closed</h2><blockquote>We lost the summer.</blockquote><ul><li>Sandbags</li><li>Pumps</li></ul></article></body></html>`,
			title: "Owners welcome barrier",
			text:  para + "\n\nTerrace closed\n\nWe lost the summer.\n\nSandbags\n\nPumps",
		},
		{
			name:  "heading differs from the title",
			page:  `<html><head><title>Owners welcome barrier</title></head><body><article><h2>Cafe owners on the quay</h2><p>` + para + `</p></article></body></html>`,
			title: "Owners welcome barrier",
			text:  "Cafe owners on the quay\n\n" + para,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Extract(Source{Body: []byte(c.page)}, Options{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != c.title || doc.Text != c.text {
				t.Errorf("got title %q text %q\nwant title %q text %q", doc.Title, doc.Text, c.title, c.text)
			}
			if strings.Contains(doc.Text, "barrierThe") {
				t.Error("heading glued to the paragraph")
			}
		})
	}
}

func TestUnglueBaselineKeepsOtherText(t *testing.T) {
	// A paragraph that is not the article's whole text is left alone.
	root, err := html.Parse(strings.NewReader(`<article><h1>Title</h1><p>Body text here.</p></article>`))
	if err != nil {
		t.Fatal(err)
	}
	paras := []string{"Some other text entirely."}
	got := unglueBaseline(root, paras, nil)
	if len(got) != 1 || got[0] != paras[0] {
		t.Errorf("got %q", got)
	}
	// The glued text of the article is split.
	got = unglueBaseline(root, []string{"TitleBody text here."}, nil)
	if len(got) != 2 || got[0] != "Title" || got[1] != "Body text here." {
		t.Errorf("got %q", got)
	}
	got = unglueBaseline(nil, paras, nil)
	if len(got) != 1 || got[0] != paras[0] {
		t.Errorf("got %q", got)
	}
}

// TestJSONLDBodyParagraphs: a page whose text is only in its JSON-LD
// articleBody keeps that body's paragraphs (<p> elements or lines).
func TestJSONLDBodyParagraphs(t *testing.T) {
	const p1, p2 = "Repairs to the ferry quay in Eastmere began on Monday after months of delay.", "The work will take six weeks, the harbour master said."
	for name, body := range map[string]string{
		"html":  `<p>` + p1 + `</p><p>` + p2 + `</p>`,
		"lines": p1 + `\n\n` + p2,
	} {
		page := `<html><head><title>Quay repairs begin</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay repairs begin","articleBody":"` +
			body + `"}</script></head><body><div id="app"></div></body></html>`
		doc, err := Extract(Source{Body: []byte(page)}, Options{Now: fixedNow})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc.Text != p1+"\n\n"+p2 {
			t.Errorf("%s: text %q", name, doc.Text)
		}
	}
}
