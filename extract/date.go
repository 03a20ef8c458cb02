package extract

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// The publish date a page declares for itself in structured metadata
// (JSON-LD datePublished of the article, article:published_time and its
// kin, itemprop="datePublished") is the most reliable source; go-htmldate
// weighs it against URL dates and page text and sometimes lets those win.
// We take the declared date first, as written (its own zone, not UTC), and
// fall back to go-htmldate.

// publishedMetaNames are <meta> name/property/itemprop values that carry
// the original publish date.
var publishedMetaNames = map[string]bool{
	"article:published_time": true, "og:article:published_time": true, "og:published_time": true,
	"datepublished": true, "article.published": true, "article_date_original": true,
	"publishdate": true, "publish_date": true, "publish-date": true, "pubdate": true,
	"dc.date.issued": true, "dcterms.issued": true, "parsely-pub-date": true,
	"sailthru.date": true, "cxenseparse:recs:publishtime": true, "rnews:datepublished": true,
	"bt:pubdate": true, "date.published": true, "article:published": true,
}

// structuredDate returns the declared publish time and whether it carries
// a time of day; ok is false when the page declares none.
func structuredDate(root *html.Node, now time.Time) (t time.Time, hasTime, ok bool) {
	var metas, lds []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
				}
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
				}
				if publishedMetaNames[key] {
					metas = append(metas, attr(n, "content"))
				}
			case "script":
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					lds = append(lds, n.FirstChild.Data)
				}
			case "time":
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					metas = append(metas, attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	// JSON-LD first: it names the article's own date.
	var cands []string
	for _, s := range lds {
		cands = append(cands, ldDates(s)...)
	}
	cands = append(cands, metas...)
	for _, c := range cands {
		t, hasTime, ok := parseISODate(c)
		if !ok || !plausible(t, now) {
			continue
		}
		// A UTC machine stamp may fall on another day than the date the
		// page shows its readers: leave those to go-htmldate.
		if _, off := t.Zone(); hasTime && off == 0 && hasZone(c) {
			return time.Time{}, false, false
		}
		// A time of day without a zone cannot be stated in RFC 3339
		// honestly: keep the day.
		return t, hasTime && hasZone(c), true
	}
	return time.Time{}, false, false
}

// ldDates collects datePublished values of article-like JSON-LD objects.
func ldDates(s string) []string {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return nil
	}
	var out []string
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok && articleType(x["@type"]) {
				out = append(out, d)
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if m, ok := x["mainEntity"]; ok {
				visit(m, depth+1)
			}
		}
	}
	visit(v, 0)
	return out
}

// articleType: a JSON-LD @type of a news or blog article (or a web page,
// which many sites use for their articles).
func articleType(t any) bool {
	switch x := t.(type) {
	case string:
		l := strings.ToLower(x)
		return strings.Contains(l, "article") || strings.Contains(l, "posting") ||
			l == "webpage" || l == "report" || l == "liveblogposting"
	case []any:
		for _, e := range x {
			if articleType(e) {
				return true
			}
		}
	}
	return false
}

// isoLayouts are the date forms accepted in structured metadata.
var isoLayouts = []struct {
	layout  string
	hasTime bool
}{
	{time.RFC3339Nano, true}, {"2006-01-02T15:04:05Z0700", true}, {"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04:05.000Z0700", true}, {"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true}, {"2006-01-02T15:04:05", true}, {"2006-01-02 15:04:05", true},
	{"2006-01-02T15:04", true}, {"2006-01-02 15:04", true}, {"2006-01-02", false},
	{"20060102", false},
}

// parseISODate parses the ISO 8601 forms used in metadata.
func parseISODate(s string) (time.Time, bool, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 40 {
		return time.Time{}, false, false
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return t, l.hasTime, true
		}
	}
	return time.Time{}, false, false
}

// plausible: not before the web and not after now (when known).
func plausible(t time.Time, now time.Time) bool {
	if t.Year() < 1995 {
		return false
	}
	if !now.IsZero() && t.After(now.Add(24*time.Hour)) {
		return false
	}
	return true
}

// hasZone: the ISO string states a zone (Z or an offset) after the time.
func hasZone(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) <= 10 {
		return false
	}
	rest := s[10:]
	return strings.HasSuffix(rest, "Z") || strings.ContainsAny(rest, "+") || strings.Count(rest, "-") > 0
}

var (
	// rxDottedDMY: a dotted numeric date ("4. 2. 2022", "09.03.2016") is
	// day-first wherever it is written.
	rxDottedDMY = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	// rxCopyright: a copyright notice or a year range, which go-htmldate
	// falls back to as "January 1st" of the year.
	rxCopyright = regexp.MustCompile(`(?i)copyright|©|&copy;|\(c\)\s*\d{4}|\b(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}\b|^\s*(19|20)\d{2}\s+\S`)
)

// checkHTMLDate corrects or refuses go-htmldate results whose source text
// shows a known misreading: a dotted day-first date read month-first, or
// a copyright year taken for a publish date.
func checkHTMLDate(t time.Time, src string) (time.Time, bool) {
	if t.Month() == time.January && t.Day() == 1 && rxCopyright.MatchString(src) {
		return t, false
	}
	if m := rxDottedDMY.FindStringSubmatch(src); m != nil {
		d, mo := atoi(m[1]), atoi(m[2])
		if int(t.Month()) == d && t.Day() == mo && d != mo && mo <= 12 && t.Year() == atoi(m[3]) {
			return time.Date(t.Year(), time.Month(mo), d, t.Hour(), t.Minute(), t.Second(), 0, t.Location()), true
		}
	}
	return t, true
}
