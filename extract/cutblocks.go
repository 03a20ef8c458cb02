package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
	"golang.org/x/net/html"
)

// Limits of the cut blocks listed from a page.
const (
	cutMaxBlocks = 20  // entries at most
	cutMaxRunes  = 500 // text of one entry, in characters
	cutMinRunes  = 20  // a block with less text (and under 3 words) is not listed
)

// cutFinder finds the well-marked boilerplate blocks of a page (navigation,
// related articles, comments, ads, share and newsletter widgets) that are
// not part of the extracted text, so that removed shows what was cut. It
// reads the page only; the text is not changed.
type cutFinder struct {
	body    map[string]bool // the extracted paragraphs
	folded  string          // the extracted paragraphs, joined
	have    string          // the text already listed as removed
	title   string
	byline  string
	out     []truthlens.Removed
	scratch walker
}

// cutBlocks lists the boilerplate blocks of the page at root that are not
// in paras (the extracted paragraphs), in page order, skipping text that
// removed already lists.
func cutBlocks(root *html.Node, paras []string, title, byline string, removed []truthlens.Removed) []truthlens.Removed {
	f := &cutFinder{body: make(map[string]bool, len(paras)), folded: strings.Join(paras, "\n"), title: title, byline: byline}
	for _, p := range paras {
		f.body[p] = true
	}
	var have []string
	for _, r := range removed {
		have = append(have, strings.Join(strings.Fields(r.Text), " "))
	}
	f.have = strings.Join(have, "\n")
	f.walk(root, false, false)
	return f.out
}

// walk looks for cut blocks in n. marksOnly: n is inside a listed page
// header, footer, nav or aside, whose text is listed already except for
// the blocks marked by class or id (listed apart with their own kind).
func (f *cutFinder) walk(n *html.Node, inArticle, marksOnly bool) {
	if len(f.out) >= cutMaxBlocks {
		return
	}
	if n.Type == html.ElementNode {
		switch n.Data {
		case "head", "script", "style", "noscript", "template", "svg", "iframe", "title", "meta", "link":
			return
		case "article", "main":
			inArticle = true
		}
		if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
			return
		}
		if k := markedKind(n, inArticle); k != "" {
			if f.record(k, nil, n) {
				return
			}
		} else if k := tagKind(n, inArticle); k != "" && !marksOnly {
			// A plain page header or footer often holds a marked block
			// (a cookie notice, a newsletter form): that one is listed
			// apart with its kind.
			skip := func(c *html.Node) bool { return c != n && markedKind(c, true) != "" }
			if f.record(k, skip, n) {
				marksOnly = true
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		// A "Related articles" heading followed by a list of links.
		if !marksOnly {
			if l := relatedList(c); l != nil && f.record(truthlens.RemovedRelated, nil, c, l) {
				c = l
				continue
			}
		}
		f.walk(c, inArticle, marksOnly)
	}
}

// record lists the text of nodes as a cut block of kind. It reports false
// when the nodes hold extracted text (the caller looks inside them).
func (f *cutFinder) record(kind string, skip func(*html.Node) bool, nodes ...*html.Node) bool {
	w := &f.scratch
	w.paras, w.skipNode, w.noLinks = w.paras[:0], skip, true
	for _, n := range nodes {
		w.walk(n)
		w.flush()
	}
	w.skipNode = nil
	var keep []string
	for _, p := range w.paras {
		words := countWords(p)
		if f.body[p] || words >= 6 && strings.Contains(f.folded, p) {
			if words >= 6 {
				return false // the block holds article text
			}
			continue
		}
		if p == f.title || f.byline != "" && strings.Contains(p, f.byline) {
			continue
		}
		if words >= 3 && strings.Contains(f.have, p) {
			continue
		}
		if _, _, ok := dateLine(p, words); ok {
			continue
		}
		keep = append(keep, p)
	}
	text := strings.Join(keep, "\n")
	if utf8.RuneCountInString(text) < cutMinRunes && countWords(text) < 3 {
		return true
	}
	if len(f.out) < cutMaxBlocks {
		f.out = append(f.out, truthlens.Removed{Kind: kind, Text: capRunes(text, cutMaxRunes)})
	}
	return true
}

// capRunes shortens s to at most max characters, at a word boundary, with
// an ellipsis.
func capRunes(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut, n := 0, 0 // n: the runes before byte i
	for i := range s {
		if n >= max-1 {
			break
		}
		cut = i
		n++
	}
	t := s[:cut]
	if sp := strings.LastIndexAny(t, " \n"); sp > len(t)/2 {
		t = t[:sp]
	}
	return strings.TrimRight(t, " \n") + "…"
}

// markedKind is the removed kind that an element's class, id,
// aria-label or role gives, or "".
func markedKind(n *html.Node, inArticle bool) string {
	if n.Type != html.ElementNode || len(n.Attr) == 0 {
		return ""
	}
	switch n.Data {
	case "html", "body", "main", "article", "p", "span", "a", "li", "h1", "h2", "h3", "h4", "h5", "h6":
		return ""
	}
	k := ""
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "aria-label", "data-component", "data-module":
			if k2 := tokensKind(a.Val); k2 != "" && (k == "" || kindRank[k2] < kindRank[k]) {
				k = k2
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "menubar", "menu":
				if k == "" {
					k = truthlens.RemovedNavigation
				}
			case "banner", "contentinfo":
				if k == "" && !inArticle {
					k = truthlens.RemovedNavigation
				}
			}
		}
	}
	return k
}

// tagKind is the removed kind of a boilerplate element by its name: nav,
// a page-level header or footer, an aside; else "".
func tagKind(n *html.Node, inArticle bool) string {
	switch n.Data {
	case "nav":
		return truthlens.RemovedNavigation
	case "header", "footer":
		if !inArticle {
			return truthlens.RemovedNavigation
		}
	case "aside":
		return truthlens.RemovedOther
	}
	return ""
}

// kindRank orders kinds when several words of an element's class match.
var kindRank = map[string]int{
	truthlens.RemovedRelated: 1, truthlens.RemovedComments: 2, truthlens.RemovedAds: 3,
	truthlens.RemovedNavigation: 4, truthlens.RemovedOther: 5,
}

// tokensKind reads the words of a class, id or label ("related-articles",
// "adSlot top", "comments") for a boilerplate kind.
func tokensKind(v string) string {
	k := ""
	var buf, prevBuf [24]byte
	prev := prevBuf[:0]
	for i := 0; i < len(v); {
		// One token: a run of ASCII letters and digits, lower-cased; an
		// upper-case letter after a lower-case one starts a new token
		// ("relatedStories" reads as "related" "stories").
		for i < len(v) && !isTokenByte(v[i]) {
			i++
		}
		t := buf[:0]
		for i < len(v) && isTokenByte(v[i]) {
			c := v[i]
			if 'A' <= c && c <= 'Z' {
				if len(t) > 0 && 'a' <= v[i-1] && v[i-1] <= 'z' {
					break
				}
				c += 'a' - 'A'
			}
			if len(t) < len(buf) {
				t = append(t, c)
			}
			i++
		}
		if len(t) == 0 {
			continue
		}
		if k2 := tokenKind(string(t), string(prev)); k2 != "" && (k == "" || kindRank[k2] < kindRank[k]) {
			k = k2
		}
		prev = append(prevBuf[:0], t...)
	}
	return k
}

func isTokenByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// tokenKind is the kind one word of a class or id names (prev is the
// word before it).
func tokenKind(t, prev string) string {
	switch {
	case strings.HasPrefix(t, "related") || strings.HasPrefix(t, "recommend") || t == "readmore" || t == "morefrom" ||
		t == "mostread" || t == "trending" || prev == "read" && t == "more" || prev == "more" && t == "from" ||
		prev == "most" && (t == "read" || t == "popular") || prev == "also" && t == "like":
		return truthlens.RemovedRelated
	case strings.HasPrefix(t, "comment") || t == "disqus":
		return truthlens.RemovedComments
	case t == "ad" || t == "ads" || strings.HasPrefix(t, "advert") || strings.HasPrefix(t, "sponsor") ||
		strings.HasPrefix(t, "promo") || t == "adslot" || t == "adunit" || t == "dfp" || t == "adsense" || t == "taboola" || t == "outbrain":
		return truthlens.RemovedAds
	case t == "nav" || t == "navbar" || t == "navigation" || t == "menu" || t == "breadcrumb" || t == "breadcrumbs":
		return truthlens.RemovedNavigation
	case strings.HasPrefix(t, "newsletter") || t == "share" || t == "sharing" || t == "sharebar" ||
		strings.HasPrefix(t, "social") || t == "subscribe" || t == "signup" || strings.HasPrefix(t, "cookie") || t == "consent":
		return truthlens.RemovedOther
	}
	return ""
}

// rxRelatedHeading: the label of a list of other articles.
var rxRelatedHeading = regexp.MustCompile(`^(related( articles| stories| news| content| coverage| reading)?|more (on|from|about) .{1,40}|more (stories|news|articles)|read (more|also|next)|see also|you (may|might) also like|recommended( for you)?|most (read|popular|viewed)|also read|trending( now)?)\s*:?$`)

// relatedList is the list of links that n labels as other articles (a
// heading "Related articles" followed by a list), or nil.
func relatedList(n *html.Node) *html.Node {
	if n.Type != html.ElementNode {
		return nil
	}
	switch n.Data {
	case "h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "span":
	default:
		return nil
	}
	l := nextElement(n)
	if l == nil || l.Data != "ul" && l.Data != "ol" && l.Data != "div" {
		return nil
	}
	var b strings.Builder
	if !shortText(n, &b, 60) {
		return nil
	}
	t := strings.ToLower(strings.Join(strings.Fields(b.String()), " "))
	if !rxRelatedHeading.MatchString(t) || linkCount(l) < 2 {
		return nil
	}
	return l
}

// shortText writes the text of n to b, reporting false as soon as it is
// longer than max bytes.
func shortText(n *html.Node, b *strings.Builder, max int) bool {
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
		return b.Len() <= max
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !shortText(c, b, max) {
			return false
		}
	}
	return true
}

// nextElement is the next sibling element of n.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// linkCount counts the <a href> in n.
func linkCount(n *html.Node) int {
	c := 0
	if n.Type == html.ElementNode && n.Data == "a" && attr(n, "href") != "" {
		c++
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c += linkCount(ch)
	}
	return c
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
