package story

import (
	"slices"
	"sort"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// quoteUnit is one utterance as one article reports it: a direct quotation,
// or several quotations of the same speaker that a short attribution
// interrupts ("…," Ma warned. "…") joined with " … ".
type quoteUnit struct {
	art     int // member index
	pos     int
	speaker string
	text    string
	spans   [][2]int // byte ranges in the article text (verified)
	norm    string   // folded words: what consistency compares
	words   int      // number of words in norm
	content map[string]bool
	ctx     map[string]bool // content words around the quotation
}

// quoteGroup is one utterance of one person across the story's articles.
type quoteGroup struct {
	speaker    string
	units      []*quoteUnit
	consistent bool // every variant is compatible with the longest
}

// maxQuoteGap is the most text between two quotations of one speaker that
// still makes them one utterance (an attribution such as `," Ma warned. "`).
const maxQuoteGap = 80

// quoteUnits builds the quote units of member k.
func quoteUnits(k int, a *truthlens.Article, st *stemmer) []*quoteUnit {
	qs := slices.Clone(a.Quotes)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	var out []*quoteUnit
	var last *truthlens.Quote
	for i := range qs {
		q := &qs[i]
		if strings.TrimSpace(q.Speaker) == "" || strings.TrimSpace(q.Text) == "" {
			last = nil
			continue
		}
		ok := validSpan(a.Text, q.Start, q.End, q.Text)
		if last != nil && ok && last.Speaker == q.Speaker && q.Start >= last.End && q.Start-last.End <= maxQuoteGap &&
			!strings.Contains(a.Text[last.End:q.Start], "\n") {
			u := out[len(out)-1]
			u.text += " … " + q.Text
			u.spans = append(u.spans, [2]int{q.Start, q.End})
			last = q
			continue
		}
		u := &quoteUnit{art: k, pos: q.Start, speaker: strings.TrimSpace(q.Speaker), text: q.Text}
		if ok {
			u.spans = [][2]int{{q.Start, q.End}}
		}
		out = append(out, u)
		last = q
		if !ok {
			last = nil
		}
	}
	for _, u := range out {
		u.norm = foldWords(u.text)
		u.words = len(strings.Fields(u.norm))
		u.content = contentStems(u.text, quoteStop, st)
		if len(u.spans) > 0 {
			s, e := u.spans[0][0], u.spans[len(u.spans)-1][1]
			around := a.Text[max(0, s-200):s] + " " + a.Text[e:min(len(a.Text), e+200)]
			u.ctx = contentStems(around, quoteStop, st)
		}
	}
	return out
}

// validSpan reports whether text[start:end] is s.
func validSpan(text string, start, end int, s string) bool {
	return start >= 0 && start <= end && end <= len(text) && text[start:end] == s
}

// foldWords lower-cases s and keeps only its words, apostrophes folded
// ("I’m" = "I'm" = "im") and spellings too ("criticised" = "criticized"):
// wording that differs only in punctuation, case or spelling folds to the
// same string.
func foldWords(s string) string {
	var b strings.Builder
	tokenize(s, func(t token) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(spelling(t.word))
	})
	return b.String()
}

// quoteStop are the words too common to say whether two quotations are
// the same utterance. Negations and particles such as "back" stay.
var quoteStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an and or but of to in on at for with by from is are was
were be been being it its this that these those i me my we us our you your he him his she her they
them their will would shall should can could do does did have has had so as if then than there here
what which who whom just very also am im ive youre theyre theyll ill youll hes shes weve id youd
say said says think feel personally really`) {
		m[w] = true
	}
	return m
}()

// contentStems returns the stems of the words of s that are not in stop.
func contentStems(s string, stop map[string]bool, st *stemmer) map[string]bool {
	m := map[string]bool{}
	tokenize(s, func(t token) {
		if !stop[t.word] {
			m[st.stem(t.word)] = true
		}
	})
	return m
}

// overlap returns |a∩b| and |a∩b| / min(|a|,|b|).
func overlap(a, b map[string]bool) (int, float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n, float64(n) / float64(len(a))
}

// sameUtterance decides whether two articles' quotations of one person
// report the same utterance: one wording contains the other, or they share
// enough content words, or some words and much of their surroundings (the
// same warning paraphrased: "no other choice … come back").
func sameUtterance(u, v *quoteUnit) bool {
	if min(u.words, v.words) >= 3 && compatible(u.norm, v.norm) {
		return true
	}
	n, ov := overlap(u.content, v.content)
	if n >= 2 && ov >= 0.34 {
		return true
	}
	if n >= 1 && ov >= 0.2 {
		if _, cov := overlap(u.ctx, v.ctx); cov >= 0.3 {
			return true
		}
	}
	return false
}

// compatible reports whether every part of a (split at ellipses) appears
// in b or every part of b appears in a, at word boundaries: a partial
// quotation of the same words is not a different wording.
func compatible(a, b string) bool {
	return within(a, b) || within(b, a)
}

func within(a, b string) bool {
	if a == "" {
		return false
	}
	return strings.Contains(" "+b+" ", " "+a+" ")
}

// groupQuotes aligns the quotations of a story's members by person and
// utterance. Only utterances reported by two or more articles are kept.
func groupQuotes(m []*doc, st *stemmer) []quoteGroup {
	var units []*quoteUnit
	for k, d := range m {
		if d.hasText { // a headline-only record quotes no one
			units = append(units, quoteUnits(k, d.a, st)...)
		}
	}
	person, display := people(units)
	byPerson := map[string][]*quoteUnit{}
	for _, u := range units {
		byPerson[person[u.speaker]] = append(byPerson[person[u.speaker]], u)
	}
	var out []quoteGroup
	for _, p := range sortedKeys(byPerson) {
		us := byPerson[p]
		uf := newUnionFind(len(us))
		for i := range us {
			for j := i + 1; j < len(us); j++ {
				if us[i].art != us[j].art && sameUtterance(us[i], us[j]) {
					uf.union(i, j)
				}
			}
		}
		for _, g := range uf.groups() {
			arts := map[int]bool{}
			var gu []*quoteUnit
			for _, i := range g {
				arts[us[i].art] = true
				gu = append(gu, us[i])
			}
			if len(arts) >= 2 {
				out = append(out, quoteGroup{speaker: display[p], units: gu, consistent: consistent(gu)})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].units[0], out[j].units[0]
		if a.art != b.art {
			return a.art < b.art
		}
		return a.pos < b.pos
	})
	return out
}

// consistent reports whether every variant of an utterance is compatible
// with the longest.
func consistent(units []*quoteUnit) bool {
	longest := ""
	for _, u := range units {
		if len(u.norm) > len(longest) {
			longest = u.norm
		}
	}
	for _, u := range units {
		for _, part := range strings.Split(strings.ReplaceAll(u.text, "...", "…"), "…") {
			if f := foldWords(part); f != "" && !within(f, longest) {
				return false
			}
		}
	}
	return true
}

// out renders the group: one variant per distinct folded wording, most
// carried first, with the articles that carry it.
func (g quoteGroup) out(m []*doc) truthlens.QuoteGroup {
	type variant struct {
		text string
		arts map[string]bool
		rank int
	}
	var vs []*variant
	byNorm := map[string]*variant{}
	for _, u := range g.units {
		v := byNorm[u.norm]
		if v == nil {
			v = &variant{text: u.text, arts: map[string]bool{}, rank: len(vs)}
			byNorm[u.norm] = v
			vs = append(vs, v)
		}
		v.arts[m[u.art].id] = true
	}
	sort.SliceStable(vs, func(i, j int) bool {
		if len(vs[i].arts) != len(vs[j].arts) {
			return len(vs[i].arts) > len(vs[j].arts)
		}
		return vs[i].rank < vs[j].rank
	})
	qg := truthlens.QuoteGroup{Speaker: g.speaker, Consistent: g.consistent}
	for _, v := range vs {
		qg.Variants = append(qg.Variants, truthlens.QuoteVariant{Text: v.text, Articles: sortedKeys(v.arts)})
	}
	return qg
}
