package extract

import (
	"bytes"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestCheckHTMLDate(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		t    time.Time
		src  string
		want string // "" = refused
	}{
		{day(2022, 4, 2), "4. 2. 2022.", "2022-02-04"},
		{day(2016, 9, 3), "Datensatz vom 09.03.2016", "2016-03-09"},
		{day(2016, 3, 9), "Datensatz vom 09.03.2016", "2016-03-09"},
		{day(2022, 1, 1), "Copyright © 2022 Example e.V.", ""},
		{day(1998, 1, 1), "1998-2022 of Example Person. Extensions are", ""},
		{day(2021, 1, 1), "2021-01-01T11:00:00.000Z", "2021-01-01"},
		{day(2020, 7, 8), "Mittwoch, 8. Juli 2020", "2020-07-08"},
	}
	for _, c := range cases {
		got, ok := checkHTMLDate(c.t, c.src)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != c.want {
			t.Errorf("checkHTMLDate(%v, %q) = %q, want %q", c.t.Format("2006-01-02"), c.src, s, c.want)
		}
	}
}

func TestStructuredDate(t *testing.T) {
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	cases := map[string]string{
		// JSON-LD of the article wins over meta tags, in its own zone.
		`<script type="application/ld+json">{"@graph":[{"@type":"WebSite","datePublished":"2001-01-01"},{"@type":"NewsArticle","datePublished":"2025-03-14T23:30:00-05:00"}]}</script><meta property="article:published_time" content="2025-03-10">`: "2025-03-14T23:30:00-05:00",
		`<meta property="article:published_time" content="2025-03-10">`:                "2025-03-10",
		`<meta property="article:published_time" content="2025-03-10T08:00:00">`:       "2025-03-10",
		`<meta name="pubdate" content="20250310">`:                                     "2025-03-10",
		`<time itemprop="datePublished" datetime="2024-12-24T08:00:00+01:00">x</time>`: "2024-12-24T08:00:00+01:00",
		// UTC machine stamps are left to go-htmldate; so are future dates.
		`<meta property="article:published_time" content="2025-03-10T01:00:00Z">`: "",
		`<meta property="article:published_time" content="2031-03-10">`:           "",
		`<meta property="article:modified_time" content="2025-03-10">`:            "",
	}
	for page, want := range cases {
		root, _ := html.Parse(bytes.NewReader([]byte("<html><head>" + page + "</head><body></body></html>")))
		got := ""
		if tm, hasTime, ok := structuredDate(root, now); ok {
			got = string(formatDate(tm, hasTime))
		}
		if got != want {
			t.Errorf("structuredDate(%s) = %q, want %q", page, got, want)
		}
	}
}
