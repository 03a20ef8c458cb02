package ingest

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// OPMLFeed is one feed subscription of an OPML file.
type OPMLFeed struct {
	Title string
	URL   string
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr"`
	XMLURL   string        `xml:"xmlUrl,attr"`
	Outlines []opmlOutline `xml:"outline"`
}

// ParseOPML returns the feeds of an OPML document (outlines with an xmlUrl,
// at any depth), in document order without duplicates.
func ParseOPML(r io.Reader) ([]OPMLFeed, error) {
	var doc struct {
		XMLName xml.Name
		Body    struct {
			Outlines []opmlOutline `xml:"outline"`
		} `xml:"body"`
	}
	dec := xml.NewDecoder(io.LimitReader(r, 16<<20))
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	if !strings.EqualFold(doc.XMLName.Local, "opml") {
		return nil, fmt.Errorf("opml: root element is <%s>, not <opml>", doc.XMLName.Local)
	}
	var out []OPMLFeed
	seen := map[string]bool{}
	var walk func([]opmlOutline)
	walk = func(os []opmlOutline) {
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" && !seen[u] {
				seen[u] = true
				t := o.Title
				if t == "" {
					t = o.Text
				}
				out = append(out, OPMLFeed{Title: strings.TrimSpace(t), URL: u})
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body.Outlines)
	return out, nil
}

// Sniff tells what kind of source a document is from its first bytes:
// "warc", "opml", "feed" (RSS/Atom/RDF), "jsonl", or "" (a page or text).
func Sniff(b []byte) string {
	if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
		return "warc" // gzip: only WARC archives are read compressed
	}
	head := b[:min(len(b), 1024)]
	t := bytes.TrimLeft(head, "\ufeff \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return "warc"
	case bytes.HasPrefix(t, []byte("{")):
		return "jsonl"
	}
	lower := bytes.ToLower(head)
	switch {
	case bytes.Contains(lower, []byte("<opml")):
		return "opml"
	case bytes.Contains(lower, []byte("<rss")), bytes.Contains(lower, []byte("<feed")) && bytes.Contains(lower, []byte("atom")), bytes.Contains(lower, []byte("<rdf:rdf")):
		return "feed"
	}
	return ""
}
