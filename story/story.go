// Package story finds copies and same-event clusters among articles and
// compares their coverage: origin, independent sources, quote variants,
// corroborated and single-source claims, omissions. Pure and deterministic.
package story

import truthlens "github.com/truthlens/truthlens"

// Options tune grouping.
type Options struct{}

// Group groups articles into stories. Article ids are a.ID, else a.Input.
// STUB: every article is its own story.
func Group(articles []truthlens.Article, opts Options) []truthlens.Story {
	var out []truthlens.Story
	return out
}
