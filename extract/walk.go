package extract

import (
	"net/url"
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"golang.org/x/net/html"
)

// blockTags start a new paragraph when walking extracted content.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "thead": true, "tbody": true, "tr": true,
	"section": true, "article": true, "figure": true, "figcaption": true, "header": true,
	"footer": true, "aside": true, "main": true, "hr": true, "br": true, "body": true,
	"html": true, "details": true, "summary": true, "caption": true, "address": true,
	"center": true, "form": true, "fieldset": true, "nav": true,
}

// cellTags are joined with a separator inside one paragraph (a table row).
var cellTags = map[string]bool{"td": true, "th": true}

// walker collects paragraphs and links from an extracted content node.
type walker struct {
	paras []string
	cur   strings.Builder
	links []truthlens.Link
	base  *url.URL
}

// paragraphs walks n and returns its paragraphs (white space collapsed)
// and the links in it, with hrefs resolved against base.
func paragraphs(n *html.Node, base *url.URL) ([]string, []truthlens.Link) {
	w := &walker{base: base}
	w.walk(n)
	w.flush()
	return w.paras, w.links
}

func (w *walker) flush() {
	t := strings.Join(strings.Fields(w.cur.String()), " ")
	w.cur.Reset()
	if t != "" {
		w.paras = append(w.paras, t)
	}
}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input", "textarea":
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blockTags[n.Data]
	if block {
		w.flush()
	}
	if n.Type == html.ElementNode && cellTags[n.Data] && w.cur.Len() > 0 {
		w.cur.WriteString(" | ")
	}
	var linkStart int
	isLink := n.Type == html.ElementNode && n.Data == "a"
	if isLink {
		linkStart = w.cur.Len()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if isLink {
		w.addLink(n, linkStart)
	}
	if n.Type == html.ElementNode && cellTags[n.Data] || n.Type == html.ElementNode && (n.Data == "span" || n.Data == "a") {
		return
	}
	if block {
		w.flush()
	}
}

// addLink records an <a href> with its text (the text written since start,
// when the link did not cross a paragraph break).
func (w *walker) addLink(n *html.Node, start int) {
	href := ""
	for _, a := range n.Attr {
		if a.Key == "href" {
			href = strings.TrimSpace(a.Val)
		}
	}
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return
	}
	if w.base != nil {
		if u, err := w.base.Parse(href); err == nil {
			href = u.String()
		}
	}
	text := ""
	if s := w.cur.String(); start <= len(s) {
		text = strings.Join(strings.Fields(s[start:]), " ")
	}
	w.links = append(w.links, truthlens.Link{Href: href, Text: text})
}
