package truthlens

import "testing"

func TestArticleID(t *testing.T) {
	a := ArticleID("url:https://example.com/a")
	if len(a) != 12 || a != ArticleID("url:https://example.com/a") || a == ArticleID("url:https://example.com/b") {
		t.Errorf("ArticleID = %q: want 12 stable hex digits that differ by key", a)
	}
	for _, r := range a {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') {
			t.Fatalf("ArticleID %q is not lower-case hex", a)
		}
	}
}

func TestOutletNameAndID(t *testing.T) {
	cases := []struct {
		doc      Document
		name, id string
	}{
		{Document{Site: " BBC   News ", URL: "https://www.bbc.co.uk/news/1"}, "BBC News", "bbc-news"},
		{Document{URL: "https://WWW.Example.com:8080/a"}, "example.com", "example-com"},
		{Document{}, "Unknown", "unknown"},
		{Document{Site: "Süddeutsche Zeitung"}, "Süddeutsche Zeitung", "süddeutsche-zeitung"},
		{Document{Site: "--"}, "--", "unknown"},
	}
	for _, c := range cases {
		name := OutletName(c.doc)
		if name != c.name || OutletID(name) != c.id {
			t.Errorf("OutletName(%+v) = %q (id %q), want %q (id %q)", c.doc, name, OutletID(name), c.name, c.id)
		}
		if OutletID(OutletID(name)) != OutletID(name) {
			t.Errorf("OutletID is not idempotent on %q", name)
		}
	}
}
