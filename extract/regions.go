package extract

import (
	truthlens "github.com/truthlens/truthlens"
)

// Regions: a "Related Articles" or "Comments" label opens a block that runs
// on until the article visibly resumes (a long paragraph on the article's
// own topic). Without a label, a trailing headline followed by paragraphs on
// another topic is a related story too. Topic is judged by vocabulary
// overlap with the main body, so a label alone never cuts the article.

// relatedLabels are folded lines that open a block of other stories.
var relatedLabels = map[string]bool{}

func init() {
	for _, l := range []string{
		"related", "related articles", "related article", "related stories", "related news",
		"related posts", "related content", "related coverage", "related reading", "related links",
		"more stories", "more news", "more articles", "more from", "more to read", "more on this",
		"more on this story", "you may also like", "you might also like", "you may like",
		"you might be interested in", "recommended", "recommended for you", "recommended stories",
		"recommended articles", "most read", "most popular", "most viewed", "popular now",
		"trending", "trending now", "trending stories", "also read", "read also", "read next",
		"what to read next", "editor's picks", "editors' picks", "top stories", "latest news",
		"latest stories", "latest", "don't miss", "in case you missed it", "other stories",
		"further reading", "see also", "recent posts", "popular posts", "similar articles",
		"weitere artikel", "das könnte sie auch interessieren", "mehr zum thema", "lesen sie auch",
		"auch interessant", "meistgelesen", "à lire aussi", "lire aussi", "sur le même sujet",
		"les plus lus", "à voir aussi", "noticias relacionadas", "te puede interesar",
		"más noticias", "lo más leído", "también te puede interesar", "leia também", "veja também",
		"notícias relacionadas", "mais lidas", "leggi anche", "articoli correlati",
		"potrebbe interessarti", "i più letti", "gerelateerde artikelen", "lees ook", "meest gelezen",
	} {
		relatedLabels[l] = true
	}
}

const (
	resumeWords   = 30   // a paragraph this long can resume the article
	resumeOverlap = 0.5  // ...when this share of its vocabulary is the body's
	shiftWords    = 40   // an unlabeled off-topic tail needs a paragraph this long
	shiftOverlap  = 0.25 // ...sharing less than this with the body
	// minWordsBefore: a label opens a block only after this much article
	// (or after 40% of the text), so a comment count above the article
	// cuts only itself.
	minWordsBefore = 60
)

// isRelatedLabel: a short line that announces other stories ("More from
// Reuters" counts too).
func isRelatedLabel(u unit) bool {
	if u.words > 6 {
		return false
	}
	f := foldLine(u.text)
	if relatedLabels[f] {
		return true
	}
	for _, p := range []string{"more from ", "more in ", "more on ", "more stories from ", "latest from ", "more news from ", "mehr von ", "plus de "} {
		if len(f) > len(p) && f[:len(p)] == p {
			return true
		}
	}
	return false
}

// coreVocab is the vocabulary of the kept paragraphs of us[from:to].
func coreVocab(us []unit, from, to int) vocab {
	v := vocab{}
	for _, u := range us[from:to] {
		if u.kind == "" && !u.headlike {
			v.add(u.text)
		}
	}
	return v
}

// markRegions cuts the blocks opened by a related-articles or comments
// label in the later part of the text.
func markRegions(us []unit) {
	var core vocab
	prefix := keptPrefix(us)
	for i := 0; i < len(us); i++ {
		kind := ""
		switch {
		case us[i].kind == "" && isRelatedLabel(us[i]):
			kind = truthlens.RemovedRelated
		case us[i].kind == truthlens.RemovedComments:
			kind = truthlens.RemovedComments
		case us[i].kind == truthlens.RemovedRelated:
			kind = truthlens.RemovedRelated
		default:
			continue
		}
		before, total := prefix[i], prefix[len(us)]
		if total == 0 || before < minWordsBefore && float64(before) < 0.4*float64(total) {
			if kind == truthlens.RemovedRelated && us[i].kind == "" {
				us[i].kind = truthlens.RemovedNavigation
			}
			continue
		}
		if core == nil {
			core = coreVocab(us, 0, i)
		}
		us[i].kind = kind
		j := i + 1
		for ; j < len(us); j++ {
			u := &us[j]
			if u.kind != "" {
				switch u.kind {
				case truthlens.RemovedComments, truthlens.RemovedRelated, truthlens.RemovedAds:
					kind = u.kind // a new block starts
				case truthlens.RemovedOther, truthlens.RemovedDuplicate:
					u.kind = kind // part of the block
				}
				continue
			}
			if isRelatedLabel(*u) {
				u.kind = truthlens.RemovedRelated
				kind = truthlens.RemovedRelated
				continue
			}
			if u.words >= resumeWords {
				if ov, _ := core.overlap(u.text); ov >= resumeOverlap {
					break
				}
			}
			u.kind = kind
		}
		i = j
		prefix = keptPrefix(us)
	}
}

// keptPrefix[i] is the number of kept (or title) words before unit i;
// the last element is the total.
func keptPrefix(us []unit) []int {
	p := make([]int, len(us)+1)
	for i, u := range us {
		p[i+1] = p[i]
		if u.kind == "" || u.kind == kindTitle {
			p[i+1] += u.words
		}
	}
	return p
}

// markTopicShift cuts an unlabeled trailing block that carries another
// story: from a headline-like line on, every paragraph shares little of the
// body's vocabulary and at least one of them is long.
func markTopicShift(us []unit) {
	var kept []int
	for i, u := range us {
		if u.kind == "" {
			kept = append(kept, i)
		}
	}
	if len(kept) < 3 {
		return
	}
	total := keptPrefix(us)[len(us)]
	// The core: kept paragraphs up to half of the words.
	half, acc := 0, 0
	for k, i := range kept {
		acc += us[i].words
		if 2*acc >= total {
			half = k
			break
		}
	}
	core := coreVocab(us, 0, kept[half]+1)
	start, long := -1, false
	for k := len(kept) - 1; k > half; k-- {
		u := us[kept[k]]
		if u.headlike {
			if long {
				start = k
			}
			continue
		}
		ov, n := core.overlap(u.text)
		if n < 5 || ov >= shiftOverlap {
			break
		}
		if u.words >= shiftWords {
			long = true
		}
	}
	if start < 0 {
		return
	}
	for _, i := range kept[start:] {
		us[i].kind = truthlens.RemovedRelated
	}
}
