// Package story finds copies and same-event clusters among articles and
// compares their coverage: origin, independent sources, quote variants,
// corroborated and single-source claims, omissions. Pure and deterministic:
// the result depends on the set of articles, never on their order.
//
// Grouping works on full text when an article has it and on the headline
// alone otherwise. Each article is a TF-IDF vector (IDF from the batch
// itself, stemmed words and adjacent word pairs of the headline, names and
// numbers weighted up, speaker+quoted-word terms); candidate pairs come
// from an inverted index on batch-rare terms within a time window, and
// clusters grow by centroid-linkage agglomeration on that sparse graph,
// which does not chain unrelated events together. Two more passes weigh
// headline terms by how many first-pass clusters use them, which tells a
// big story's own name from generic words. Near-duplicate copies (MinHash
// of word shingles, or a syndication disclosure with a lower bar) always
// share a story and never count as independent sources; nor does an
// article that names another member's outlet as its source.
//
// A story has two or more articles unless Options.Singletons is set; an
// article in no story is simply left out of the result.
//
// Evaluation (headlines only, UCI News Aggregator dev sample): see
// internal/eval/stories. Scale: BenchmarkGroup10k/30k/100k.
package story

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// Options tune grouping. The zero value is the documented default.
type Options struct {
	// Window is how far apart in time two articles may be and still be
	// compared (default 72h). Articles without a date match any time.
	Window time.Duration
	// HeadlineThreshold is the centroid cosine at which clusters merge when
	// one of them has only headlines (default 0.15).
	HeadlineThreshold float64
	// TextThreshold is the same for clusters of full texts (default 0.20).
	TextThreshold float64
	// Singletons makes an article that joins no other a story of its own.
	// By default a story has at least two articles, and an article in no
	// story is left out of the result.
	Singletons bool
}

func (o Options) window() int64 {
	if o.Window == 0 {
		return int64((72 * time.Hour).Seconds())
	}
	return int64(o.Window.Seconds())
}

func (o Options) headlineThreshold() float64 {
	if o.HeadlineThreshold == 0 {
		return 0.15
	}
	return o.HeadlineThreshold
}

func (o Options) textThreshold() float64 {
	if o.TextThreshold == 0 {
		return 0.20
	}
	return o.TextThreshold
}

// ArticleID is the id an article has in stories: a.ID, else a.Input.
func ArticleID(a *truthlens.Article) string {
	if a.ID != "" {
		return a.ID
	}
	return a.Input
}

// StoryID derives a story id from its origin article id, so that a story
// keeps its id while articles join it.
func StoryID(origin string) string {
	h := sha256.Sum256([]byte(origin))
	return "s-" + hex.EncodeToString(h[:6])
}

// prepare turns articles into docs sorted by id (then content, for equal
// ids), so that nothing downstream depends on input order.
func prepare(articles []truthlens.Article) []*doc {
	docs := make([]*doc, len(articles))
	for i := range articles {
		a := &articles[i]
		docs[i] = newDoc(ArticleID(a), a)
	}
	slices.SortStableFunc(docs, func(x, y *doc) int {
		return cmp.Or(strings.Compare(x.id, y.id), strings.Compare(x.a.Title, y.a.Title), strings.Compare(x.a.Text, y.a.Text))
	})
	return docs
}

// Group groups articles into stories. Article ids are a.ID, else a.Input.
// Stories come largest first (then earliest, then by id); within a story
// articles are sorted by publication time (unknown last; a day-only date
// after the times of that day), then id.
//
// An id given to several articles is kept for the first of them in id,
// title, text order; the others are left out.
func Group(articles []truthlens.Article, opts Options) []truthlens.Story {
	docs := prepare(articles)
	docs = slices.CompactFunc(docs, func(x, y *doc) bool { return x.id == y.id })
	if len(docs) == 0 {
		return []truthlens.Story{}
	}
	stem := newStemmer() // one cache for grouping and comparison
	groups := clusterDocs(docs, opts, stem)
	out := make([]truthlens.Story, 0, len(groups))
	for _, g := range groups {
		if len(g) < 2 && !opts.Singletons {
			continue
		}
		members := make([]*doc, len(g))
		for k, i := range g {
			members[k] = docs[i]
		}
		out = append(out, compare(members, stem))
	}
	slices.SortFunc(out, func(x, y truthlens.Story) int {
		return cmp.Or(cmp.Compare(len(y.Articles), len(x.Articles)), strings.Compare(x.ID, y.ID))
	})
	return out
}

// clusterDocs returns groups of doc indices: copies first, then events.
// The first pass weighs terms by inverse document frequency; each later
// pass by inverse frequency among the previous pass's clusters (see
// clusterIDF), which sharpens what each story is about.
func clusterDocs(docs []*doc, opts Options, st *stemmer) [][]int32 {
	titleIDF, bodyIDF := features(docs, st)
	forced := copyGroups(findCopies(docs), len(docs))
	minSim := min(opts.headlineThreshold(), opts.textThreshold()) * 0.8
	var groups [][]int32
	for pass := 0; pass < clusterPasses; pass++ {
		if pass > 0 {
			weighAll(docs, clusterIDF(docs, groups, titleIDF), bodyIDF)
		}
		groups = agglomerate(docs, candidates(docs, minSim, opts.window()), forced, opts)
	}
	return groups
}

// clusterPasses is how many times grouping runs (see clusterDocs).
const clusterPasses = 3

// Partition groups articles (Singletons or not) and returns, for each
// article in input order, the index of its group. It is what Group does
// without the comparison of coverage; evaluations use it.
func Partition(articles []truthlens.Article, opts Options) []int {
	idx := make(map[*truthlens.Article]int, len(articles))
	for i := range articles {
		idx[&articles[i]] = i
	}
	docs := prepare(articles)
	out := make([]int, len(articles))
	for gi, g := range clusterDocs(docs, opts, newStemmer()) {
		for _, i := range g {
			out[idx[docs[i].a]] = gi
		}
	}
	return out
}
