package extract

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// baselineSkip are the elements go-trafilatura's baseline extraction
// drops before it takes an element's text (besides script and style).
var baselineSkip = map[string]bool{"aside": true, "footer": true}

// unglueBaseline repairs the text of go-trafilatura's baseline extraction.
// On short pages it falls back to the text content of the <article> (or
// <body>) as ONE paragraph, which glues blocks together ("Owners welcome
// barrierThe owners of ..."). When the single extracted paragraph is
// exactly that element's text (ignoring white space), the element is
// walked again with its blocks kept apart.
func unglueBaseline(root *html.Node, paras []string, base *url.URL) []string {
	if root == nil || len(paras) != 1 {
		return paras
	}
	want := squeeze(paras[0])
	if want == "" {
		return paras
	}
	for _, tag := range []string{"article", "main", "body"} {
		n := firstElement(root, tag)
		if n == nil {
			continue
		}
		w := &walker{base: base, skip: baselineSkip}
		w.walk(n)
		w.flush()
		if len(w.paras) > 1 && squeeze(strings.Join(w.paras, "")) == want {
			return w.paras
		}
	}
	return paras
}

// squeeze drops all white space (and invisible characters) from s.
func squeeze(s string) string {
	s = stripInvisible(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// firstElement is the first element named tag in document order.
func firstElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}
