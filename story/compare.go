package story

import (
	"slices"

	truthlens "github.com/truthlens/truthlens"
)

// comparison is the cross-outlet comparison of one story's members, with
// the spans each finding rests on (for Corroborate).
type comparison struct {
	members []*doc // original first
	prov    provenance
	quotes  []quoteGroup
	claims  []claimGroup
}

// compareMembers compares the coverage of a story's members.
func compareMembers(members []*doc) *comparison {
	m := slices.Clone(members)
	slices.SortStableFunc(m, originalFirst)
	for _, d := range m {
		if d.sk == nil {
			s, k := textForCopies(d)
			if sh := shingles(s, k); len(sh) >= 3 {
				sk := newSketch(sh)
				d.sk = &sk
			}
		}
	}
	c := &comparison{members: m, prov: findProvenance(m)}
	c.quotes = groupQuotes(m)
	c.claims = groupClaims(m, c.prov)
	return c
}

// compare builds the Story of a group of docs.
func compare(members []*doc) truthlens.Story {
	c := compareMembers(members)
	m := c.members
	st := truthlens.Story{
		Origin:    m[c.prov.origin].id,
		Copies:    []truthlens.Copy{},
		Quotes:    []truthlens.QuoteGroup{},
		Claims:    []truthlens.StoryClaim{},
		Omissions: []truthlens.Omission{},
	}
	st.ID = StoryID(st.Origin)
	st.Title = m[c.prov.origin].a.Title
	if st.Title == "" {
		for _, d := range m {
			if d.a.Title != "" {
				st.Title = d.a.Title
				break
			}
		}
	}
	byTime := slices.Clone(m)
	slices.SortStableFunc(byTime, func(x, y *doc) int {
		switch {
		case x.t == y.t:
			return 0
		case x.t == noTime:
			return 1
		case y.t == noTime:
			return -1
		case x.t < y.t:
			return -1
		}
		return 1
	})
	// m is sorted by id within equal keys already; a stable sort by time
	// keeps a total, order-independent order.
	for _, d := range byTime {
		st.Articles = append(st.Articles, d.id)
	}
	all := make([]int, len(m))
	for i := range m {
		all[i] = i
		if j, ok := c.prov.of[i]; ok {
			st.Copies = append(st.Copies, truthlens.Copy{ID: m[i].id, Of: m[j].id, Similarity: truthlens.Round2(c.prov.sim[i])})
		}
	}
	slices.SortFunc(st.Copies, func(x, y truthlens.Copy) int {
		if x.ID < y.ID {
			return -1
		}
		if x.ID > y.ID {
			return 1
		}
		return 0
	})
	st.IndependentSources = c.prov.independent(all)
	for _, g := range c.quotes {
		st.Quotes = append(st.Quotes, g.out(m))
	}
	st.Claims, st.Omissions = c.claimsOut()
	return st
}
