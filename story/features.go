package story

import (
	"math"
	"slices"
	"sort"

	truthlens "github.com/truthlens/truthlens"
)

// vec is a sparse vector: term ids ascending with their weights.
type vec struct {
	ids []int32
	w   []float32
}

func (v vec) norm() float64 {
	var s float64
	for _, x := range v.w {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

func (v vec) normalize() vec {
	n := v.norm()
	if n == 0 {
		return v
	}
	for i := range v.w {
		v.w[i] = float32(float64(v.w[i]) / n)
	}
	return v
}

// dot is the dot product of two sparse vectors.
func dot(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] == b.ids[j]:
			s += float64(a.w[i]) * float64(b.w[j])
			i++
			j++
		case a.ids[i] < b.ids[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// addScaled returns a + k·b.
func addScaled(a vec, b vec, k float32) vec {
	out := vec{ids: make([]int32, 0, len(a.ids)+len(b.ids)), w: make([]float32, 0, len(a.ids)+len(b.ids))}
	i, j := 0, 0
	for i < len(a.ids) || j < len(b.ids) {
		switch {
		case j >= len(b.ids) || (i < len(a.ids) && a.ids[i] < b.ids[j]):
			out.ids, out.w = append(out.ids, a.ids[i]), append(out.w, a.w[i])
			i++
		case i >= len(a.ids) || b.ids[j] < a.ids[i]:
			out.ids, out.w = append(out.ids, b.ids[j]), append(out.w, k*b.w[j])
			j++
		default:
			out.ids, out.w = append(out.ids, a.ids[i]), append(out.w, a.w[i]+k*b.w[j])
			i++
			j++
		}
	}
	return out
}

// truncate keeps the m largest weights of v (ties by lower id), in id
// order.
func truncate(v vec, m int) vec {
	if len(v.ids) <= m {
		return v
	}
	ws := slices.Clone(v.w)
	slices.Sort(ws)
	thr := ws[len(ws)-m]
	above := 0
	for _, w := range v.w {
		if w > thr {
			above++
		}
	}
	ties := m - above // weights equal to thr to keep, lowest ids first
	out := vec{ids: make([]int32, 0, m), w: make([]float32, 0, m)}
	for i, w := range v.w {
		if w > thr || (w == thr && ties > 0) {
			if w == thr {
				ties--
			}
			out.ids = append(out.ids, v.ids[i])
			out.w = append(out.w, w)
		}
	}
	return out
}

// doc is the internal view of one article.
type doc struct {
	id      string
	a       *truthlens.Article
	t       int64 // unix seconds; noTime when unknown
	day     int64 // UTC calendar day (days since 1970-01-01) when t is known
	dayOnly bool  // the date has a day but no time of day
	hasText bool
	title   []termCount
	body    []termCount
	v       vec // weighted, normalised TF-IDF of title and lead text
	sk      *sketch
}

const noTime = math.MinInt64

type termCount struct {
	id     int32
	n      float32
	entity bool
}

// vocab interns stems to dense ids and counts document frequencies.
type vocab struct {
	ids map[string]int32
	df  []int32
}

func (vc *vocab) id(s string) int32 {
	if id, ok := vc.ids[s]; ok {
		return id
	}
	id := int32(len(vc.df))
	vc.ids[s] = id
	vc.df = append(vc.df, 0)
	return id
}

// maxBodyTokens bounds the words of a text used for grouping.
const maxBodyTokens = 3000

// countTerms adds the content-word stems of s to a term count list.
// With pairs, adjacent content words also count as one term ("juan
// pablo", "red notice"): pairs say more about an event than either word.
func countTerms(s string, limit int, pairs bool, st *stemmer, vc *vocab) []termCount {
	m := map[int32]int{}
	var out []termCount
	n := 0
	add := func(term string, entity bool, w float32) {
		id := vc.id(term)
		k, ok := m[id]
		if !ok {
			k = len(out)
			m[id] = k
			out = append(out, termCount{id: id})
		}
		out[k].n += w
		out[k].entity = out[k].entity || entity
	}
	prev, prevEnd := "", -1
	tokenize(s, func(t token) {
		if n >= limit || len(t.word) < 2 || stopwords[t.word] {
			prev = ""
			return
		}
		n++
		stem := st.stem(t.word)
		add(stem, (t.cap && !t.initial) || t.number, 1)
		if pairs && prev != "" && t.start-prevEnd <= 2 {
			add(prev+" "+stem, false, pairWeight)
		}
		prev, prevEnd = stem, t.end
	})
	return out
}

// quoteTerms are terms that pair the names of a quote's speaker with the
// content words of the quote ("ma|persuad"): two articles that have the
// same person say the same words report the same event, a strong signal
// that plain word overlap lacks. Each name word of the speaker is used
// ("Ma Yun" and "Jack Ma" share "ma"). Terms already in have are skipped.
func quoteTerms(a *truthlens.Article, st *stemmer, vc *vocab, have []termCount) []termCount {
	seen := map[int32]bool{}
	for _, tc := range have {
		seen[tc.id] = true
	}
	var out []termCount
	for _, q := range a.Quotes {
		var names []string
		tokenize(q.Speaker, func(t token) {
			if t.cap && len(t.word) > 1 && !stopwords[t.word] {
				names = append(names, t.word)
			}
		})
		if len(names) == 0 {
			continue
		}
		tokenize(q.Text, func(t token) {
			if len(t.word) < 3 || stopwords[t.word] {
				return
			}
			stem := st.stem(t.word)
			for _, nm := range names {
				id := vc.id(nm + "|" + stem)
				if !seen[id] {
					seen[id] = true
					out = append(out, termCount{id: id, n: 1, entity: true})
				}
			}
		})
	}
	return out
}

// pairWeight is the count a word pair adds, relative to a word.
const pairWeight = 0.5

// features fills the term counts and weighted vectors of every doc, with
// the inverse document frequencies of the batch itself, and returns those
// used for texts. A word of a text that no other article of the batch uses
// (df 1) is left out of texts: it cannot link the text to anything, and in
// a small batch such words would swamp what texts share. Headlines keep
// theirs: a headline mostly about something else should look so.
func features(docs []*doc, st *stemmer) (titleIDF, bodyIDF []float32) {
	vc := &vocab{ids: make(map[string]int32, 1<<14)}
	for _, d := range docs {
		d.title = countTerms(d.a.Title, 64, true, st, vc)
		if d.hasText {
			d.body = countTerms(d.a.Text, maxBodyTokens, false, st, vc)
			d.body = append(d.body, quoteTerms(d.a, st, vc, d.body)...)
		}
		for _, id := range d.terms() {
			vc.df[id]++
		}
	}
	n := float64(len(docs))
	idf := make([]float32, len(vc.df))
	for i, df := range vc.df {
		idf[i] = float32(math.Log((n + 1) / float64(df)))
	}
	bodyIDF = slices.Clone(idf)
	for i, df := range vc.df {
		if df <= 1 {
			bodyIDF[i] = 0
		}
	}
	weighAll(docs, idf, bodyIDF)
	return idf, bodyIDF
}

// terms returns the distinct term ids of the doc's title and text.
func (d *doc) terms() []int32 {
	out := make([]int32, 0, len(d.title)+len(d.body))
	for _, tc := range d.title {
		out = append(out, tc.id)
	}
	for _, tc := range d.body {
		out = append(out, tc.id)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func weighAll(docs []*doc, titleIDF, bodyIDF []float32) {
	for _, d := range docs {
		tv := weigh(d.title, titleIDF, 1)
		if !d.hasText || len(d.body) == 0 {
			d.v = tv
		} else {
			bv := weigh(d.body, bodyIDF, 1.5)
			d.v = addScaled(scale(tv, 0.45), bv, 0.55).normalize()
		}
	}
}

// clusterIDF is the inverse cluster frequency of every term: how many of
// the first-pass clusters use it. A story's own name is frequent among
// articles when the story is big, but it stays in one cluster, while
// generic words ("season", "review") spread over many; so this tells
// an event's words from generic ones better than document frequency.
func clusterIDF(docs []*doc, groups [][]int32, docIDF []float32) []float32 {
	nTerms := len(docIDF)
	cdf := make([]int32, nTerms)
	seen := make([]int32, nTerms)
	for i := range seen {
		seen[i] = -1
	}
	for gi, g := range groups {
		for _, m := range g {
			for _, id := range docs[m].terms() {
				if seen[id] != int32(gi) {
					seen[id] = int32(gi)
					cdf[id]++
				}
			}
		}
	}
	c := float64(len(groups))
	idf := make([]float32, nTerms)
	for i, n := range cdf {
		idf[i] = min(docIDF[i], float32(math.Log((c+1)/float64(max(n, 1)))))
	}
	return idf
}

func scale(v vec, k float32) vec {
	for i := range v.w {
		v.w[i] *= k
	}
	return v
}

// weigh turns term counts into a normalised sublinear TF-IDF vector;
// names and numbers get entityBoost.
func weigh(tcs []termCount, idf []float32, entityBoost float32) vec {
	sort.Slice(tcs, func(i, j int) bool { return tcs[i].id < tcs[j].id })
	v := vec{ids: make([]int32, len(tcs)), w: make([]float32, len(tcs))}
	for i, tc := range tcs {
		w := (1 + float32(math.Log(float64(tc.n)))) * idf[tc.id]
		if tc.entity {
			w *= entityBoost
		}
		v.ids[i], v.w[i] = tc.id, w
	}
	return v.normalize()
}
