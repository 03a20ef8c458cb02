package story

import (
	"maps"
	"slices"
	"sort"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// claimUnit is one checkable statement of one article.
type claimUnit struct {
	art        int
	pos        int
	text       string
	start, end int // byte range in the article text; end 0 if unknown
	content    map[string]bool
}

// claimGroup is one claim as reported across the story.
type claimGroup struct {
	units   []*claimUnit
	arts    []int // member indices, ascending
	origins int   // independent origins among arts
}

const (
	// maxClaims caps the claims listed per story: corroborated ones first,
	// then single-source ones taken in turn from each article.
	maxClaims = 80
	// maxMissing caps the omissions listed per article.
	maxMissing = 10
	// minClaimWords is the fewest content words a statement needs to be
	// compared at all.
	minClaimWords = 3
)

// claimUnits returns the claims of an article: the analysis's claims, else
// its sentences labelled as claims, else all its sentences.
func claimUnits(k int, a *truthlens.Article, st *stemmer) []*claimUnit {
	type span struct {
		s, e int
		t    string
	}
	var spans []span
	for _, c := range a.Claims {
		spans = append(spans, span{c.Start, c.End, c.Text})
	}
	if len(spans) == 0 {
		for _, s := range a.Sentences {
			if s.Claim {
				spans = append(spans, span{s.Start, s.End, s.Text})
			}
		}
	}
	if len(spans) == 0 {
		for _, s := range a.Sentences {
			spans = append(spans, span{s.Start, s.End, s.Text})
		}
	}
	var out []*claimUnit
	seen := map[string]bool{}
	for i, sp := range spans {
		t := strings.TrimSpace(sp.t)
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		u := &claimUnit{art: k, pos: i, text: t, content: contentStems(t, claimStop, st)}
		if validSpan(a.Text, sp.s, sp.e, sp.t) {
			u.start, u.end = sp.s, sp.e
		}
		if len(u.content) >= minClaimWords {
			out = append(out, u)
		}
	}
	return out
}

// claimStop are the words that are not content words of a claim: the
// grouping stopwords and the quotation stopwords.
var claimStop = func() map[string]bool {
	m := maps.Clone(stopwords)
	maps.Copy(m, quoteStop)
	return m
}()

// sameClaim decides whether two statements make the same claim: they
// share at least three content words and each has at least half of its
// content words in the other. A long sentence that merely mentions what a
// short one says is a different, larger claim.
func sameClaim(u, v *claimUnit) bool {
	a, b := u.content, v.content
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n >= 3 && 2*n >= len(a) && 2*n >= len(b)
}

// groupClaims matches claims across the members of a story. Candidate
// pairs come from an inverted index on content words, so that a story of
// many articles stays fast.
func groupClaims(m []*doc, p provenance, st *stemmer) []claimGroup {
	var units []*claimUnit
	for k, d := range m {
		if d.hasText { // a headline-only record makes no claim of its own
			units = append(units, claimUnits(k, d.a, st)...)
		}
	}
	index := map[string][]int{}
	for i, u := range units {
		for w := range u.content {
			index[w] = append(index[w], i)
		}
	}
	uf := newUnionFind(len(units))
	shared := make([]int, len(units))
	var touched []int
	for i, u := range units {
		touched = touched[:0]
		for w := range u.content {
			for _, j := range index[w] {
				if j > i && units[j].art != u.art {
					if shared[j] == 0 {
						touched = append(touched, j)
					}
					shared[j]++
				}
			}
		}
		for _, j := range touched {
			if shared[j] >= 3 && sameClaim(u, units[j]) {
				uf.union(i, j)
			}
			shared[j] = 0
		}
	}
	var out []claimGroup
	for _, g := range uf.groups() {
		cg := claimGroup{}
		arts := map[int]bool{}
		for _, i := range g {
			cg.units = append(cg.units, units[i])
			arts[units[i].art] = true
		}
		for a := range arts {
			cg.arts = append(cg.arts, a)
		}
		sort.Ints(cg.arts)
		cg.origins = p.independent(cg.arts)
		out = append(out, cg)
	}
	return out
}

// claimsOut lists the story's claims (most corroborated first, then the
// single-source ones in turn from each article, up to maxClaims) and each
// article's omissions: claims of two or more independent origins that it
// does not report. A headline-only record omits nothing: it has no text.
func (c *comparison) claimsOut() ([]truthlens.StoryClaim, []truthlens.Omission) {
	m := c.members
	ids := func(arts []int) []string {
		out := make([]string, len(arts))
		for i, a := range arts {
			out[i] = m[a].id
		}
		sort.Strings(out)
		return out
	}
	var multi, single []claimGroup
	for _, g := range c.claims {
		if len(g.arts) > 1 {
			multi = append(multi, g)
		} else {
			single = append(single, g)
		}
	}
	sort.SliceStable(multi, func(i, j int) bool {
		if multi[i].origins != multi[j].origins {
			return multi[i].origins > multi[j].origins
		}
		return len(multi[i].arts) > len(multi[j].arts)
	})
	// Single-source claims in turn from each article (by position).
	sort.SliceStable(single, func(i, j int) bool {
		a, b := single[i].units[0], single[j].units[0]
		if a.pos != b.pos {
			return a.pos < b.pos
		}
		return a.art < b.art
	})
	claims := []truthlens.StoryClaim{}
	for _, g := range append(multi, single...) {
		if len(claims) >= maxClaims {
			break
		}
		claims = append(claims, truthlens.StoryClaim{Text: g.units[0].text, Articles: ids(g.arts), Origins: g.origins})
	}
	omissions := []truthlens.Omission{}
	for k := range m {
		if !m[k].hasText {
			continue
		}
		var missing []string
		for _, g := range multi {
			if g.origins < 2 {
				continue
			}
			if _, reports := slices.BinarySearch(g.arts, k); reports {
				continue
			}
			if len(missing) < maxMissing {
				missing = append(missing, g.units[0].text)
			}
		}
		if len(missing) > 0 {
			omissions = append(omissions, truthlens.Omission{Article: m[k].id, Missing: missing})
		}
	}
	sort.Slice(omissions, func(i, j int) bool { return omissions[i].Article < omissions[j].Article })
	return claims, omissions
}
