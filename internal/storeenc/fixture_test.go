package storeenc

import truthlens "github.com/truthlens/truthlens"

// fixtureArticle is a fictional analysed article that uses every part of
// the stored encoding: odd outlet spacing, a dated publish time with an
// offset, non-ASCII words, links, an enrichment and a story id (which the
// analysis JSON must leave out).
func fixtureArticle() *truthlens.Article {
	story := "story-should-not-be-stored"
	span := truthlens.Span{Start: 4, End: 9, Text: "ferry", Note: "topic word"}
	return &truthlens.Article{
		Document: truthlens.Document{
			Input:     "https://www.Harbour-Gazette.example/news/ferry?id=7",
			ID:        "caller-id",
			URL:       "https://www.Harbour-Gazette.example/news/ferry?id=7",
			Site:      "  The Harbour\tGazette ",
			Title:     "Café council backs “naïve” ferry plan — Zürich-style",
			Byline:    "Ada Quillon",
			Published: "2026-03-01T12:30:00.1234567+02:00",
			Language:  "en",
			Text: "The ferry plan passed 7-2 on Tuesday.\n\n" +
				"\"We cannot wait,\" said councillor Brío Osei. Straße 12 and pier #4 close in 2027.",
			Removed:     []truthlens.Removed{{Kind: truthlens.RemovedAds, Text: "Buy tickets"}},
			Disclosures: []truthlens.Disclosure{{Kind: truthlens.DisclosureCorrection, Text: "An earlier version misspelt Osei."}},
			Links:       []truthlens.Link{{Href: "https://council.example/minutes", Text: "minutes"}},
		},
		Headline: truthlens.Headline{Original: "Café council backs “naïve” ferry plan — Zürich-style",
			Suggested: "Council backs ferry plan", Sensationalism: 0.25, Evidence: []truthlens.Span{span}},
		Scores: truthlens.Scores{
			Objectivity:  truthlens.Score{Value: 7.5, Checks: []truthlens.Check{{ID: "loaded", Label: "Loaded words", Weight: 1, Value: 0.75, Evidence: []truthlens.Span{span}}}},
			Accuracy:     truthlens.Score{Value: 6.25, Checks: []truthlens.Check{}},
			Transparency: truthlens.Score{Value: 8, Checks: []truthlens.Check{{ID: "links", Label: "Links", Weight: 0, Note: "no sources", Evidence: []truthlens.Span{}}}},
			Overall:      7.25,
		},
		Summary:    "The council approved the ferry plan.",
		Sentences:  []truthlens.Sentence{{Start: 0, End: 37, Text: "The ferry plan passed 7-2 on Tuesday.", Claim: true}},
		Quotes:     []truthlens.Quote{{Start: 40, End: 55, Text: "We cannot wait", Speaker: "Brío Osei", SpeakerStart: 72, SpeakerEnd: 82, Cue: "said"}},
		Claims:     []truthlens.Claim{{Start: 0, End: 37, Text: "The ferry plan passed 7-2 on Tuesday.", AttributedTo: ""}},
		Techniques: []truthlens.Technique{},
		Sections:   []truthlens.Section{{ID: "conclusion", Title: "Conclusion", Body: "Plain.", Evidence: []truthlens.Span{}, Generator: "rules"}},
		Engine:     "truthlens-rules/1",
		Enrichment: &truthlens.Enrichment{Model: "fixture-model", Status: "fallback", Note: "kept rules text"},
		Story:      &story,
	}
}
