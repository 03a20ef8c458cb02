package story

import (
	"fmt"
	"slices"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// Check ids that Corroborate adds to an article's accuracy score.
const (
	CheckCorroboration    = "story.corroboration"
	CheckQuoteConsistency = "story.quote_consistency"
)

// maxEvidence caps the evidence spans of each kind in one check.
const maxEvidence = 3

// Corroborate feeds the cross-outlet comparison of a story back into the
// accuracy score of each member article found in articles (keyed by
// ArticleID): how many of its claims another independent origin also
// reports, and whether its quotations match the other outlets' wording.
// Evidence spans point into each article's own text. Checks with these ids
// from an earlier call are replaced, so calling it again does not count
// twice. Each touched article's scores are recomputed.
func Corroborate(st truthlens.Story, articles map[string]*truthlens.Article) {
	var docs []*doc
	seen := map[string]bool{}
	for _, id := range st.Articles {
		a := articles[id]
		if a == nil || seen[id] {
			continue
		}
		seen[id] = true
		docs = append(docs, newDoc(id, a))
	}
	if len(docs) == 0 {
		return
	}
	slices.SortFunc(docs, func(x, y *doc) int { return strings.Compare(x.id, y.id) })
	c := compareMembers(docs, newStemmer())
	for k, d := range c.members {
		a := d.a
		checks := slices.DeleteFunc(a.Scores.Accuracy.Checks, func(ch truthlens.Check) bool {
			return ch.ID == CheckCorroboration || ch.ID == CheckQuoteConsistency
		})
		checks = append(checks, c.corroboration(k), c.quoteConsistency(k))
		a.Scores.Accuracy.Checks = checks
		a.Scores.Recompute()
	}
}

// corroboration is the check of member k's claims against the others.
func (c *comparison) corroboration(k int) truthlens.Check {
	ch := truthlens.Check{ID: CheckCorroboration, Label: "Claims corroborated by independent outlets", Evidence: []truthlens.Span{}}
	a := c.members[k].a
	if c.sources < 2 {
		ch.Note = "the story has no second independent source (copies and rewrites of one report do not count)"
		return ch
	}
	var total, corroborated int
	var yes, no []truthlens.Span
	for _, g := range c.claims {
		var others []string
		for _, i := range g.arts {
			if i != k && c.prov.key[i] != c.prov.key[k] {
				others = append(others, c.members[i].id)
			}
		}
		for _, u := range g.units {
			if u.art != k {
				continue
			}
			total++
			if len(others) > 0 {
				corroborated++
				if len(yes) < maxEvidence && u.end > 0 {
					yes = append(yes, truthlens.NewSpan(a.Text, u.start, u.end, "also reported by "+strings.Join(others, ", ")))
				}
			} else if len(no) < maxEvidence && u.end > 0 {
				no = append(no, truthlens.NewSpan(a.Text, u.start, u.end, "no other independent outlet in the story reports this"))
			}
		}
	}
	if total == 0 {
		ch.Note = "no claims to compare with the other outlets"
		return ch
	}
	ch.Weight = 1
	ch.Value = truthlens.Round2(float64(corroborated) / float64(total))
	ch.Note = fmt.Sprintf("%d of %d claims are also reported by another independent outlet", corroborated, total)
	ch.Evidence = append(append(ch.Evidence, yes...), no...)
	return ch
}

// quoteConsistency is the check of member k's quotations against the
// other outlets' wording of the same utterances.
func (c *comparison) quoteConsistency(k int) truthlens.Check {
	ch := truthlens.Check{ID: CheckQuoteConsistency, Label: "Quotations worded as other outlets report them", Evidence: []truthlens.Span{}}
	a := c.members[k].a
	var total, same int
	var diff, ok []truthlens.Span
	for _, g := range c.quotes {
		consistent := g.consistent
		var mine []*quoteUnit
		var others []string
		for _, u := range g.units {
			if u.art == k {
				mine = append(mine, u)
			} else if o := fmt.Sprintf("“%s” (%s)", u.text, c.members[u.art].id); !slices.Contains(others, o) {
				others = append(others, o)
			}
		}
		for _, u := range mine {
			total++
			if consistent {
				same++
			}
			if len(u.spans) == 0 {
				continue
			}
			s, e := u.spans[0][0], u.spans[0][1]
			switch {
			case !consistent && len(diff) < maxEvidence:
				diff = append(diff, truthlens.NewSpan(a.Text, s, e, g.speaker+" is quoted differently elsewhere: "+strings.Join(others, "; ")))
			case consistent && len(ok) < maxEvidence:
				ok = append(ok, truthlens.NewSpan(a.Text, s, e, fmt.Sprintf("quoted the same way by %d other article(s)", len(others))))
			}
		}
	}
	if total == 0 {
		ch.Note = "no quotation that other outlets also report"
		return ch
	}
	ch.Weight = 1
	ch.Value = truthlens.Round2(float64(same) / float64(total))
	ch.Note = fmt.Sprintf("%d of %d quotations shared with other outlets match their wording", same, total)
	ch.Evidence = append(append(ch.Evidence, diff...), ok...)
	return ch
}
