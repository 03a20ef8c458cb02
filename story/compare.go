package story

import (
	"cmp"
	"slices"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// comparison is the cross-outlet comparison of one story's members, with
// the spans each finding rests on (for Corroborate).
type comparison struct {
	members []*doc // original first
	prov    provenance
	sources int // independent sources among the reporting members
	quotes  []quoteGroup
	claims  []claimGroup
}

// compareMembers compares the coverage of a story's members, stemming
// with st (a cache shared across stories).
func compareMembers(members []*doc, st *stemmer) *comparison {
	m := slices.Clone(members)
	slices.SortStableFunc(m, originalFirst)
	for _, d := range m {
		if d.sk == nil {
			d.sk = sketchOf(d)
		}
	}
	c := &comparison{members: m, prov: findProvenance(m)}
	c.sources = c.prov.independent(reporting(m))
	c.quotes = groupQuotes(m, st)
	c.claims = groupClaims(m, c.prov, st)
	return c
}

// compare builds the Story of a group of docs.
func compare(members []*doc, stem *stemmer) truthlens.Story {
	c := compareMembers(members, stem)
	m := c.members
	out := truthlens.Story{
		Origin:    m[c.prov.origin].id,
		Copies:    []truthlens.Copy{},
		Quotes:    []truthlens.QuoteGroup{},
		Claims:    []truthlens.StoryClaim{},
		Omissions: []truthlens.Omission{},
	}
	out.ID = StoryID(out.Origin)
	out.Title = m[c.prov.origin].a.Title
	if out.Title == "" {
		for _, d := range m {
			if d.a.Title != "" {
				out.Title = d.a.Title
				break
			}
		}
	}
	// By publication time, undated last; a day-only date after the times
	// of its day, since it cannot claim to be first. m is sorted by id
	// within equal keys already; a stable sort keeps a total,
	// order-independent order.
	byTime := slices.Clone(m)
	slices.SortStableFunc(byTime, func(x, y *doc) int { return cmp.Or(cmpDay(x, y), cmpWithinDay(x, y)) })
	for _, d := range byTime {
		out.Articles = append(out.Articles, d.id)
	}
	for i := range m {
		if j, ok := c.prov.of[i]; ok {
			out.Copies = append(out.Copies, truthlens.Copy{ID: m[i].id, Of: m[j].id, Similarity: truthlens.Round2(c.prov.sim[i])})
		}
	}
	slices.SortFunc(out.Copies, func(x, y truthlens.Copy) int { return strings.Compare(x.ID, y.ID) })
	out.IndependentSources = c.sources
	for _, g := range c.quotes {
		out.Quotes = append(out.Quotes, g.out(m))
	}
	out.Claims, out.Omissions = c.claimsOut()
	return out
}
