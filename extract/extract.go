// Package extract turns an HTML page or pasted/scraped plain text into a
// clean Document: main text, metadata, what was removed and disclosures.
// Pure: no network, database or clock.
package extract

import (
	"time"

	truthlens "github.com/truthlens/truthlens"
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

// Extract extracts the article of src. STUB.
func Extract(src Source, opts Options) (truthlens.Document, error) {
	return truthlens.Document{Input: src.Input, ID: src.ID, URL: src.URL, Text: string(src.Body),
		Removed: []truthlens.Removed{}, Disclosures: []truthlens.Disclosure{}}, nil
}
