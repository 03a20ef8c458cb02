package ingest

import (
	"strings"
	"testing"
)

const rssSample = `<?xml version="1.0"?><rss version="2.0"><channel><title>Eastmere Post</title>
<item><title>Second</title><link>https://eastmere.example/2</link><pubDate>Tue, 03 Mar 2026 10:00:00 +0000</pubDate><description>&lt;p&gt;Body two&lt;/p&gt;</description></item>
<item><title>First</title><link>https://eastmere.example/1</link><pubDate>Mon, 02 Mar 2026 10:00:00 +0000</pubDate></item>
</channel></rss>`

const atomSample = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Wire</title>
<entry><title>Barrier vote</title><link href="https://valley.example/a"/><updated>2026-03-02T09:00:00Z</updated><content type="html">&lt;p&gt;Full text&lt;/p&gt;</content></entry></feed>`

func TestParseFeed(t *testing.T) {
	title, items, err := ParseFeed([]byte(rssSample))
	if err != nil || title != "Eastmere Post" || len(items) != 2 {
		t.Fatalf("%q %v %v", title, items, err)
	}
	if items[0].Title != "First" || items[1].Content != "<p>Body two</p>" || items[0].Published != "2026-03-02T10:00:00Z" {
		t.Errorf("items: %+v", items)
	}
	title, items, err = ParseFeed([]byte(atomSample))
	if err != nil || title != "Valley Wire" || len(items) != 1 || items[0].URL != "https://valley.example/a" || items[0].Content != "<p>Full text</p>" {
		t.Fatalf("atom: %q %+v %v", title, items, err)
	}
	if _, _, err := ParseFeed([]byte("<html>no feed</html>")); err == nil {
		t.Error("garbage must be an error")
	}
}

func TestParseOPML(t *testing.T) {
	in := `<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
<outline text="News"><outline text="Eastmere Post" xmlUrl="https://eastmere.example/rss"/>
<outline title="Valley Wire" text="vw" xmlUrl="https://valley.example/atom"/></outline>
<outline text="dup" xmlUrl="https://eastmere.example/rss"/></body></opml>`
	feeds, err := ParseOPML(strings.NewReader(in))
	if err != nil || len(feeds) != 2 || feeds[0].Title != "Eastmere Post" || feeds[1].Title != "Valley Wire" {
		t.Fatalf("%+v %v", feeds, err)
	}
	if _, err := ParseOPML(strings.NewReader("<rss></rss>")); err == nil {
		t.Error("non-OPML must be an error")
	}
}

func TestSniff(t *testing.T) {
	for in, want := range map[string]string{
		"WARC/1.0\r\n":       "warc",
		"\x1f\x8b...":        "warc",
		`{"id":"a"}`:         "jsonl",
		rssSample:            "feed",
		atomSample:           "feed",
		"<?xml?><opml>":      "opml",
		"<html><p>x</p>":     "",
		"Plain pasted text.": "",
	} {
		if got := Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%.20q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseOPML(f *testing.F) {
	f.Add("<opml><body><outline xmlUrl='x'/></body></opml>")
	f.Fuzz(func(t *testing.T, s string) { _, _ = ParseOPML(strings.NewReader(s)) })
}
