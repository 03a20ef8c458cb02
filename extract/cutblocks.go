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
	f.walk(root, false)
	return f.out
}

func (f *cutFinder) walk(n *html.Node, inArticle bool) {
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
		if k := blockKind(n, inArticle); k != "" && f.record(k, n) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		// A "Related articles" heading followed by a list of links.
		if l := relatedList(c); l != nil && f.record(truthlens.RemovedRelated, c, l) {
			c = l
			continue
		}
		f.walk(c, inArticle)
	}
}

// record lists the text of nodes as a cut block of kind. It reports false
// when the nodes hold extracted text (the caller looks inside them).
func (f *cutFinder) record(kind string, nodes ...*html.Node) bool {
	w := &f.scratch
	w.paras, w.links = w.paras[:0], w.links[:0]
	for _, n := range nodes {
		w.walk(n)
		w.flush()
	}
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
	cut := 0
	for i := range s {
		if utf8.RuneCountInString(s[:i]) >= max-1 {
			break
		}
		cut = i
	}
	t := s[:cut]
	if sp := strings.LastIndexAny(t, " \n"); sp > len(t)/2 {
		t = t[:sp]
	}
	return strings.TrimRight(t, " \n") + "…"
}

// blockKind is the removed kind of a well-marked boilerplate container,
// or "". Class, id, aria-label and role decide; then the element itself
// (nav; page-level header and footer; aside).
func blockKind(n *html.Node, inArticle bool) string {
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
	if k != "" {
		return k
	}
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
	v = strings.ToLower(v)
	k := ""
	prev := ""
	set := func(k2 string) {
		if k == "" || kindRank[k2] < kindRank[k] {
			k = k2
		}
	}
	for _, t := range strings.FieldsFunc(v, func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') }) {
		switch {
		case strings.HasPrefix(t, "related") || strings.HasPrefix(t, "recommend") || t == "readmore" || t == "morefrom" ||
			t == "mostread" || t == "trending" || prev == "read" && t == "more" || prev == "more" && t == "from" ||
			prev == "most" && (t == "read" || t == "popular") || prev == "also" && t == "like":
			set(truthlens.RemovedRelated)
		case strings.HasPrefix(t, "comment") || t == "disqus":
			set(truthlens.RemovedComments)
		case t == "ad" || t == "ads" || strings.HasPrefix(t, "advert") || strings.HasPrefix(t, "sponsor") ||
			strings.HasPrefix(t, "promo") || t == "adslot" || t == "adunit" || t == "dfp" || t == "adsense" || t == "taboola" || t == "outbrain":
			set(truthlens.RemovedAds)
		case t == "nav" || t == "navbar" || t == "navigation" || t == "menu" || t == "breadcrumb" || t == "breadcrumbs":
			set(truthlens.RemovedNavigation)
		case strings.HasPrefix(t, "newsletter") || t == "share" || t == "sharing" || t == "sharebar" ||
			strings.HasPrefix(t, "social") || t == "subscribe" || t == "signup" || strings.HasPrefix(t, "cookie") || t == "consent":
			set(truthlens.RemovedOther)
		}
		prev = t
	}
	return k
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
