package extract

import (
	"encoding/json"
	"net/url"
	"sort"
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
	// Or the articleBody of the page's JSON-LD, whose paragraphs are
	// lines or <p> elements.
	for _, ab := range articleBodies(root) {
		var ps []string
		if strings.Contains(ab, "<p") {
			if frag, err := html.Parse(strings.NewReader(ab)); err == nil {
				ps, _ = paragraphs(frag, base)
			}
		} else {
			for _, l := range strings.Split(ab, "\n") {
				if l = strings.Join(strings.Fields(stripInvisible(l)), " "); l != "" {
					ps = append(ps, l)
				}
			}
		}
		if len(ps) > 1 && squeeze(strings.Join(ps, "")) == want {
			return ps
		}
	}
	return paras
}

// articleBodies are the articleBody strings of the page's JSON-LD.
func articleBodies(root *html.Node) []string {
	var out []string
	var find func(v any)
	find = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if s, ok := x[k].(string); ok && strings.EqualFold(k, "articleBody") {
					out = append(out, s)
					continue
				}
				find(x[k])
			}
		case []any:
			for _, e := range x {
				find(e)
			}
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "script" {
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				var v any
				if json.Unmarshal([]byte(html.UnescapeString(strings.TrimSpace(n.FirstChild.Data))), &v) == nil {
					find(v)
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
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
