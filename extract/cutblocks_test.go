package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

// cutArticle is a fictional article body of five paragraphs.
const cutArticle = `<h1>Eastmere approves flood barrier</h1>
<p>The council of Eastmere voted seven to two on Tuesday to build a flood barrier along the harbour front, ending a debate of three years.</p>
<p>The barrier will cost 4.5 million euros and is due to be finished within two years. Most of the money will come from the regional government.</p>
<p>"We cannot wait for another winter like the last one," said Mayor Ines Okafor after the vote. Storms flooded the old town three times.</p>
<p>Two councillors voted against the plan. Councillor Piet Havel said the design had not been tested against the highest tides of the year.</p>
<p>Shop owners on the quay welcomed the decision. Mara Quist, who runs a cafe on the harbour, said she had lost a third of her summer trade.</p>`

func cutPage(before, inside, after string) string {
	return `<html lang="en"><head><title>Eastmere approves flood barrier</title></head><body>` + before +
		`<div class="content social-share-enabled"><article>` + cutArticle + inside + `</article></div>` + after + `</body></html>`
}

func extractPage(t *testing.T, page string) truthlens.Document {
	t.Helper()
	doc, err := Extract(Source{Body: []byte(page)}, Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestCutBlocksListed: navigation, related articles (an aside, or a
// labelled list inside the article), ads and share widgets around the
// article are listed in removed with their kind and text, in page order;
// the text is the same as without them.
func TestCutBlocksListed(t *testing.T) {
	plain := extractPage(t, cutPage("", "", ""))
	page := cutPage(
		`<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<div id="adSlot-top" class="ad">Advertisement: Harbour Kitchens spring sale on fitted kitchens</div>`,
		`<h3>Read more</h3><ul><li><a href="/a1">Storm closes ferry quay for a week</a></li><li><a href="/a2">Cafe owners count the cost</a></li></ul>
<div class="share-tools"><a href="/s1">Share on Facebook</a> <a href="/s2">Share by email</a></div>`,
		`<aside class="related-articles"><h2>More from Eastmere</h2><ul><li><a href="/b1">New school opens on the hill</a></li><li><a href="/b2">Bus timetable changes in May</a></li></ul></aside>
<div class="promo" hidden>Hidden promotion that nobody sees on the page</div>
<div class="ad"><span>Ad</span></div>`)
	doc := extractPage(t, page)
	if doc.Text != plain.Text {
		t.Errorf("text changed by the boilerplate:\n%s\nwant\n%s", doc.Text, plain.Text)
	}
	want := []truthlens.Removed{
		{Kind: truthlens.RemovedNavigation, Text: "News Sport Weather"},
		{Kind: truthlens.RemovedAds, Text: "Advertisement: Harbour Kitchens spring sale on fitted kitchens"},
		{Kind: truthlens.RemovedRelated, Text: "Read more\nStorm closes ferry quay for a week\nCafe owners count the cost"},
		{Kind: truthlens.RemovedOther, Text: "Share on Facebook Share by email"},
		{Kind: truthlens.RemovedRelated, Text: "More from Eastmere\nNew school opens on the hill\nBus timetable changes in May"},
	}
	if fmt.Sprint(doc.Removed) != fmt.Sprint(want) {
		t.Errorf("removed:\n%v\nwant\n%v", doc.Removed, want)
	}
}

// TestCutBlocksLimits: at most cutMaxBlocks entries of at most
// cutMaxRunes characters each.
func TestCutBlocksLimits(t *testing.T) {
	var ads strings.Builder
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&ads, `<aside class="advert">Sponsored offer number %d for a harbour holiday flat</aside>`, i)
	}
	long := `<footer><p>` + strings.Repeat("Contact the newsroom of the Eastmere Courier. ", 40) + `</p></footer>`
	doc := extractPage(t, cutPage(long, "", ads.String()))
	if len(doc.Removed) != cutMaxBlocks {
		t.Errorf("%d entries, want %d", len(doc.Removed), cutMaxBlocks)
	}
	if doc.Removed[0].Kind != truthlens.RemovedNavigation || !strings.HasSuffix(doc.Removed[0].Text, "…") {
		t.Errorf("first entry %v", doc.Removed[0])
	}
	for _, r := range doc.Removed {
		if n := utf8.RuneCountInString(r.Text); n > cutMaxRunes {
			t.Errorf("entry of %d characters", n)
		}
	}
}

func TestTokensKind(t *testing.T) {
	cases := map[string]string{
		"related-articles":     truthlens.RemovedRelated,
		"relatedStories":       truthlens.RemovedRelated,
		"readMore":             truthlens.RemovedRelated,
		"adSlot":               truthlens.RemovedAds,
		"isAdmin":              "",
		"read-more":            truthlens.RemovedRelated,
		"more-from-section":    truthlens.RemovedRelated,
		"comments":             truthlens.RemovedComments,
		"ad ad-top":            truthlens.RemovedAds,
		"advertisement":        truthlens.RemovedAds,
		"sponsored-content":    truthlens.RemovedAds,
		"breadcrumb":           truthlens.RemovedNavigation,
		"newsletter-signup":    truthlens.RemovedOther,
		"social share":         truthlens.RemovedOther,
		"header":               "",
		"download shadow head": "",
		"article-body":         "",
		"":                     "",
	}
	for v, want := range cases {
		if got := tokensKind(v); got != want {
			t.Errorf("tokensKind(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestCapRunes(t *testing.T) {
	if got := capRunes("short text", 500); got != "short text" {
		t.Errorf("got %q", got)
	}
	s := strings.Repeat("ä word ", 200)
	got := capRunes(s, 50)
	if n := utf8.RuneCountInString(got); n > 50 || !strings.HasSuffix(got, "…") || !utf8.ValidString(got) {
		t.Errorf("capRunes gave %q (%d)", got, n)
	}
}

// TestCutBlocksNested: a marked block inside a plain page footer is listed
// apart with its own kind; the footer's own text once.
func TestCutBlocksNested(t *testing.T) {
	footer := `<footer><p>Eastmere Courier, 12 Quay Street, Eastmere</p>
<div class="newsletter-box">Sign up for our morning briefing on harbour news</div>
<nav><a href="/about">About us</a> <a href="/jobs">Jobs</a> <a href="/contact">Contact</a></nav></footer>`
	doc := extractPage(t, cutPage("", "", footer))
	want := []truthlens.Removed{
		{Kind: truthlens.RemovedNavigation, Text: "Eastmere Courier, 12 Quay Street, Eastmere\nAbout us Jobs Contact"},
		{Kind: truthlens.RemovedOther, Text: "Sign up for our morning briefing on harbour news"},
	}
	if fmt.Sprint(doc.Removed) != fmt.Sprint(want) {
		t.Errorf("removed:\n%v\nwant\n%v", doc.Removed, want)
	}
}
