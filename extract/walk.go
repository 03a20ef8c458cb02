package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// pendingSpace: a space is owed before the next word (after a
	// formatting element).
	pendingSpace bool
	// skip, skipNode: further elements whose content is left out.
	skip     map[string]bool
	skipNode func(n *html.Node) bool
	// noLinks: the links are not wanted, only the text.
	noLinks bool
}

// paragraphs walks n and returns its paragraphs (white space collapsed)
// and the links in it, with hrefs resolved against base.
func paragraphs(n *html.Node, base *url.URL) ([]string, []truthlens.Link) {
	w := &walker{base: base}
	w.walk(n)
	w.flush()
	return w.paras, w.links
}

// emphTags are inline formatting elements.
var emphTags = map[string]bool{"b": true, "strong": true, "em": true, "i": true}

func startsWordChar(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func endsWordChar(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (w *walker) flush() {
	w.pendingSpace = false
	t := strings.Join(strings.Fields(stripInvisible(w.cur.String())), " ")
	w.cur.Reset()
	if t != "" {
		w.paras = append(w.paras, t)
	}
}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if w.pendingSpace && startsWordChar(n.Data) {
			w.cur.WriteByte(' ')
		}
		w.pendingSpace = false
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input", "textarea":
			return
		}
		if w.skip[n.Data] || w.skipNode != nil && w.skipNode(n) {
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
	isLink := n.Type == html.ElementNode && n.Data == "a" && !w.noLinks
	if isLink {
		linkStart = w.cur.Len()
	}
	// A formatting element of a whole word glued to its neighbours
	// ("<b>Quickly</b>move") is a word of its own; a one-letter drop cap
	// ("<b>T</b>he") is not.
	emph := false
	if n.Type == html.ElementNode && emphTags[n.Data] {
		t := nodeText(n)
		emph = utf8.RuneCountInString(strings.TrimSpace(t)) >= 2
		if emph && endsWordChar(w.cur.String()) && startsWordChar(t) {
			w.cur.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if emph && endsWordChar(w.cur.String()) {
		w.pendingSpace = true
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

// invisible are characters that render as nothing (soft hyphen,
// zero-width space/joiners, word joiner, BOM).
var invisible = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "")

func stripInvisible(s string) string {
	if !strings.ContainsAny(s, "\u00ad\u200b\u200c\u200d\u2060\ufeff") {
		return s
	}
	return invisible.Replace(s)
}

// bodyLinks returns the links of the page whose block (paragraph, list
// item, quote, cell) is part of the extracted text, in page order, without
// repeats. trafilatura is run without links (they change its choice of
// content), so they are found again in the original tree.
func bodyLinks(root *html.Node, text string, base *url.URL) []truthlens.Link {
	if text == "" {
		return nil
	}
	folded := strings.Join(strings.Fields(text), " ")
	var out []truthlens.Link
	seen := map[string]bool{}
	blockText := map[*html.Node]string{} // each block's text, computed once
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "nav", "header", "footer", "aside", "noscript", "template":
				return
			case "a":
				if l, ok := linkIn(n, folded, base, blockText); ok && !seen[l.Href+"\x00"+l.Text] {
					seen[l.Href+"\x00"+l.Text] = true
					out = append(out, l)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// linkIn resolves an <a> whose enclosing block's text occurs in the
// extracted text.
func linkIn(a *html.Node, folded string, base *url.URL, blockText map[*html.Node]string) (truthlens.Link, bool) {
	href := strings.TrimSpace(attr(a, "href"))
	low := strings.ToLower(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "mailto:") {
		return truthlens.Link{}, false
	}
	text := strings.Join(strings.Fields(stripInvisible(nodeText(a))), " ")
	if text == "" {
		return truthlens.Link{}, false
	}
	block := a.Parent
	for block != nil && block.Type == html.ElementNode && !blockTags[block.Data] && !cellTags[block.Data] {
		block = block.Parent
	}
	if block == nil || block.Type != html.ElementNode {
		return truthlens.Link{}, false
	}
	bt, ok := blockText[block]
	if !ok {
		bt = strings.Join(strings.Fields(stripInvisible(nodeText(block))), " ")
		blockText[block] = bt
	}
	if len(bt) > 4000 || len(bt) < len(text) || !strings.Contains(folded, bt) {
		return truthlens.Link{}, false
	}
	if base != nil {
		if u, err := base.Parse(href); err == nil {
			href = u.String()
		}
	}
	return truthlens.Link{Href: href, Text: text}, true
}

// nodeText is the text content of n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
