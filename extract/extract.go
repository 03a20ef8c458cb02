// Package extract turns an HTML page or pasted/scraped plain text into a
// clean Document: main text, metadata, what was removed and disclosures.
// Pure: no network, database or clock.
package extract

import (
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/text"
)

// Source is one input to extract. Hints (from JSON Lines, the API or HTTP)
// fill metadata the page lacks; they never override what the page says
// unless the page says nothing.
type Source struct {
	Input       string // the INPUT as given (path, URL, "-", or "file.jsonl:3")
	ID          string
	URL         string
	Site        string
	Title       string
	Published   truthlens.Date
	Body        []byte
	ContentType string // HTTP Content-Type header, if any
	// Kind forces "html" or "text"; "" detects from the content.
	Kind string
}

// Options of extraction. Now bounds plausible publish dates (no clock is
// read here); the zero value means "no upper bound known".
type Options struct {
	Now time.Time
}

// Kinds of input.
const (
	KindHTML = "html"
	KindText = "text"
)

// Extract extracts the article of src. Empty input, binary data and a page
// without article text are *truthlens.Error with code EINVALID.
func Extract(src Source, opts Options) (truthlens.Document, error) {
	doc := truthlens.Document{
		Input: src.Input, ID: src.ID, URL: src.URL,
		Removed: []truthlens.Removed{}, Disclosures: []truthlens.Disclosure{},
	}
	kind, err := detect(src.Body, src.Kind, src.ContentType)
	if err != nil {
		return doc, err
	}
	if kind == KindHTML {
		err = extractHTML(src, opts, &doc)
	} else {
		err = extractText(src, &doc)
	}
	if err != nil {
		return doc, err
	}
	fillHints(src, &doc)
	if doc.Text == "" {
		return doc, truthlens.Errorf(truthlens.EINVALID, "no article text found on the page")
	}
	return doc, nil
}

// extractText cleans pasted or scraped text.
func extractText(src Source, doc *truthlens.Document) error {
	body := toUTF8Text(src.Body)
	if src.Kind == KindText {
		// A record declared as text (JSON Lines, API) carries its
		// headline beside the text; a page's own first line is not
		// overridden when the kind was detected.
		body = withTitle(src.Title, body)
	}
	c := cleanText(body)
	doc.Title = c.Title
	doc.Byline = c.Byline
	doc.Site = c.Site
	doc.Published = c.Published
	doc.Text = c.Text
	doc.Removed = c.Removed
	doc.Disclosures = c.Disclosures
	if doc.Text != "" {
		doc.Language = text.Language(doc.Text)
	}
	return nil
}

// withTitle puts a headline given beside pasted text (a JSON Lines or API
// title) on the text's first line, where the cleaner looks for it:
// otherwise the text's first paragraph would be taken for the headline and
// lost from the body. Text that already starts with the headline is left
// alone.
func withTitle(title, text string) string {
	title = strings.Join(strings.Fields(title), " ")
	if title == "" {
		return text
	}
	first, _, _ := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n")
	if strings.EqualFold(strings.Join(strings.Fields(first), " "), title) {
		return text
	}
	return title + "\n\n" + text
}

// fillHints fills what the content did not say from the source's hints.
func fillHints(src Source, doc *truthlens.Document) {
	if doc.Title == "" {
		doc.Title = src.Title
	}
	if doc.Site == "" {
		doc.Site = src.Site
	}
	if doc.Published == "" {
		doc.Published = src.Published
	}
	if doc.URL == "" {
		doc.URL = src.URL
	}
	if doc.Site == "" && doc.URL != "" {
		doc.Site = readableSite(doc.URL)
	}
}
