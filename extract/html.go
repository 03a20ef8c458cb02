package extract

import (
	"bytes"
	"golang.org/x/text/encoding/charmap"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// fallbackBelow is the length of main text (in characters) under which
// go-trafilatura's fallback extractors are tried.
var fallbackBelow = 2500

// extractHTML extracts the main content of a page with go-trafilatura
// (fallback extractors on), walks its content node for paragraphs, cleans
// the paragraphs of leftover widgets, and reads the metadata.
func extractHTML(src Source, opts Options, doc *truthlens.Document) error {
	body := decodeHTML(src.Body, src.ContentType)
	root, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return truthlens.Errorf(truthlens.EINVALID, "cannot parse the page: %v", err)
	}
	var base *url.URL
	if u, err := url.Parse(src.URL); err == nil && u.IsAbs() {
		base = u
	}
	topts := trafilatura.Options{
		OriginalURL:     base,
		ExcludeComments: false, // comments are extracted apart and listed as removed
		HtmlDateMode:    trafilatura.Disabled,
	}
	// go-trafilatura alone first; its fallback extractors (readability,
	// then DOM distiller) cost as much again, so they run only when the
	// main extraction found little text.
	res, err := trafilatura.ExtractDocument(root, topts)
	if err != nil || res == nil || res.ContentNode == nil || utf8.RuneCountInString(res.ContentText) < fallbackBelow {
		topts.EnableFallback = true
		if fb, ferr := trafilatura.ExtractDocument(root, topts); ferr == nil && fb != nil && fb.ContentNode != nil {
			res, err = fb, nil
		}
	}
	if err != nil || res == nil || res.ContentNode == nil {
		return truthlens.Errorf(truthlens.EINVALID, "no article text found on the page")
	}
	md := res.Metadata
	paras, _ := paragraphs(res.ContentNode, base)
	paras = unglueBaseline(root, paras, base)
	c := cleanParagraphs(paras, md.Title)
	if base == nil && md.URL != "" {
		if u, err := url.Parse(md.URL); err == nil && u.IsAbs() {
			base = u
		}
	}
	links := bodyLinks(root, c.Text, base)

	doc.Title = strings.TrimSpace(md.Title)
	doc.Byline = strings.TrimSpace(md.Author)
	doc.Text = c.Text
	doc.Removed = c.Removed
	if res.CommentsNode != nil {
		// Readers' comments trafilatura separated from the article.
		if cps, _ := paragraphs(res.CommentsNode, base); len(cps) > 0 {
			doc.Removed = append(doc.Removed, truthlens.Removed{Kind: truthlens.RemovedComments, Text: strings.Join(cps, "\n")})
		}
	}
	// Boilerplate blocks of the page that are not in the text (navigation,
	// related articles, ads, ...), so that removed shows what was cut.
	doc.Removed = append(doc.Removed, cutBlocks(root, paras, doc.Title, doc.Byline, doc.Removed)...)
	doc.Disclosures = c.Disclosures
	doc.Links = links
	if doc.URL == "" && md.URL != "" {
		doc.URL = md.URL
	}
	doc.Site = siteName(md.Sitename, doc.URL, c.Site)
	doc.Language = pageLanguage(root)
	if doc.Language == "" && doc.Text != "" {
		doc.Language = text.Language(doc.Text)
	}
	doc.Published = publishDate(root, doc.URL, opts.Now)
	if doc.Published == "" {
		doc.Published = c.Published
	}
	return nil
}

// rxMetaCharset finds <meta charset="x"> or <meta http-equiv content="...; charset=x">.
var rxMetaCharset = regexp.MustCompile(`(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decodeHTML converts the page to UTF-8 using the Content-Type header, a
// BOM or the page's own <meta charset>.
func decodeHTML(body []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(firstN(body, 1024), contentType)
	if !certain && !utf8.Valid(body) {
		// The declaration may sit beyond the first KiB that
		// DetermineEncoding looks at.
		if m := rxMetaCharset.FindSubmatch(firstN(body, 64<<10)); m != nil {
			if e, n := charset.Lookup(string(m[1])); e != nil {
				enc, name = e, n
			}
		}
	}
	// No declaration in the first 1 KiB makes DetermineEncoding guess
	// windows-1252; a page that is valid UTF-8 is UTF-8 ("â€œ" otherwise).
	if name == "utf-8" || enc == nil || (!certain && utf8.Valid(body)) {
		return validUTF8(body)
	}
	r := enc.NewDecoder().Reader(bytes.NewReader(body))
	out, err := io.ReadAll(r)
	if err != nil {
		return validUTF8(body)
	}
	return validUTF8(out)
}

// validUTF8 repairs a page said to be UTF-8 that is not: a few stray bytes
// are dropped; many mean the page is really windows-1252.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	bad := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	if bad > 8 {
		if out, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
			return out
		}
	}
	return bytes.ToValidUTF8(b, nil)
}

// siteName prefers the page's own name (og:site_name, JSON-LD publisher,
// as trafilatura reads them), then a "Source:" line, then a readable name
// from the registrable domain.
func siteName(meta, pageURL, sourceLine string) string {
	meta = strings.TrimSpace(meta)
	if meta != "" && !strings.Contains(meta, ".") {
		return meta
	}
	if meta != "" && strings.Contains(meta, " ") {
		return meta
	}
	if sourceLine != "" {
		return sourceLine
	}
	if s := readableSite(pageURL); s != "" {
		return s
	}
	if meta != "" {
		return readableSite(meta)
	}
	return ""
}

// pageLanguage reads <html lang> (or a content-language meta) as an ISO
// 639-1 code.
func pageLanguage(root *html.Node) string {
	var lang string
	var find func(n *html.Node, depth int)
	find = func(n *html.Node, depth int) {
		if lang != "" || depth > 3 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				lang = attr(n, "lang")
				if lang == "" {
					lang = attr(n, "xml:lang")
				}
			case "meta":
				if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
					lang = attr(n, "content")
				}
			}
		}
		for c := n.FirstChild; c != nil && lang == ""; c = c.NextSibling {
			find(c, depth+1)
		}
	}
	find(root, 0)
	lang = strings.ToLower(strings.TrimSpace(lang))
	lang, _, _ = strings.Cut(lang, "-")
	lang, _, _ = strings.Cut(lang, "_")
	lang, _, _ = strings.Cut(lang, ",")
	if len(lang) != 2 {
		return ""
	}
	return lang
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// publishDate finds the original publish date with go-htmldate: RFC 3339
// when the time is known, else the day.
func publishDate(root *html.Node, pageURL string, now time.Time) truthlens.Date {
	if t, hasTime, ok := structuredDate(root, now); ok {
		return formatDate(t, hasTime)
	}
	o := htmldate.Options{
		ExtractTime:     true,
		UseOriginalDate: true,
		URL:             pageURL,
		MaxDate:         now,
	}
	r, err := htmldate.FromDocument(root, o)
	if err != nil || r.IsZero() {
		return ""
	}
	t, ok := checkHTMLDate(r.DateTime, r.SrcString)
	if !ok {
		return ""
	}
	return formatDate(t, r.HasTime && r.HasTimezone)
}

// formatDate writes RFC 3339 when the time and its zone are known, else
// the day.
func formatDate(t time.Time, hasTime bool) truthlens.Date {
	if hasTime {
		return truthlens.Date(t.Format(time.RFC3339))
	}
	return truthlens.Date(t.Format("2006-01-02"))
}
