package story

import (
	"net/url"
	"regexp"
	"strings"
)

// outletName is the name an article's outlet goes by in other articles'
// text: its site name without a leading "The", else the main label of its
// host ("theguardian.com" -> "theguardian"). Lower case; "" if unknown.
func outletName(d *doc) string {
	s := strings.ToLower(strings.TrimSpace(d.a.Site))
	s = strings.TrimPrefix(s, "the ")
	if s != "" {
		return s
	}
	if u, err := url.Parse(d.a.URL); err == nil && u.Hostname() != "" {
		h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		if i := strings.Index(h, "."); i > 0 {
			return h[:i]
		}
		return h
	}
	return ""
}

// citeBefore and citeAfter are the words around an outlet's name that make
// the mention a citation of that outlet as a source ("documents seen by
// the Guardian", "according to a report by Reuters", "told the BBC",
// "the Guardian reported").
var (
	citeBefore = regexp.MustCompile(`(?i)(according to|seen by|reviewed by|obtained by|reported by|revealed by|published by|first reported|report by|reports by|report from|report in|investigation by|told|cited by|quoted by|reporting by|interview with)(\s+(a|an|the|first|recent|recently|earlier|new|report|reports|by|in|from|published|investigation|story|article))*\s+$`)
	citeAfter  = regexp.MustCompile(`(?i)^\W{0,3}\s*(first\s+)?(reported|revealed|reports|has reported|had reported|said in a report|found)\b`)
)

// cites reports whether text cites the outlet name as a source.
func cites(text, name string) bool { return citesLower(strings.ToLower(text), name) }

// citesLower is cites on a lower-cased text.
func citesLower(lt, name string) bool {
	if len(name) < 3 || lt == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(lt[off:], name)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(name)
		off = j
		if (i > 0 && isWordByte(lt[i-1])) || (j < len(lt) && isWordByte(lt[j])) {
			continue
		}
		before := lt[max(0, i-60):i]
		before = strings.TrimSuffix(before, "the ")
		if citeBefore.MatchString(before) || citeAfter.MatchString(lt[j:min(len(lt), j+30)]) {
			return true
		}
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// provenance works out, for the members of one story (sorted original
// first), which article is the origin, what each copy copies, and the root
// each article's reporting comes from. A copy's root is its original's
// root; an article that names another member's outlet as its source is
// derived from it. Roots are what independent sources count.
type provenance struct {
	origin int         // index into members
	of     map[int]int // copy -> what it copies
	sim    map[int]float64
	root   []int    // member -> root member
	key    []string // member -> independence key (outlet of its root)
}

func findProvenance(m []*doc) provenance {
	p := provenance{of: map[int]int{}, sim: map[int]float64{}, root: make([]int, len(m)), key: make([]string, len(m))}
	// Copies: each article may copy the most similar article before it.
	for i := range m {
		best, bestSim := -1, 0.0
		for j := 0; j < i; j++ {
			if _, isCp := p.of[j]; isCp {
				continue
			}
			if ok, s := isCopy(m[i], m[j], m[i].sk, m[j].sk); ok && s > bestSim {
				best, bestSim = j, s
			}
		}
		if best >= 0 {
			p.of[i], p.sim[i] = best, bestSim
		}
	}
	// Citations of member outlets.
	names := make([]string, len(m))
	lower := make([]string, len(m))
	for i := range m {
		names[i] = outletName(m[i])
	}
	// Members often share an outlet: whether text j cites a name is
	// decided once per distinct name, not once per member of that outlet.
	cited := map[string][]int8{} // name -> j -> 0 unknown, 1 cites, -1 not
	citesName := func(j int, name string) bool {
		c := cited[name]
		if c == nil {
			c = make([]int8, len(m))
			cited[name] = c
		}
		if c[j] == 0 {
			if lower[j] == "" {
				lower[j] = strings.ToLower(m[j].a.Text)
			}
			c[j] = -1
			if citesLower(lower[j], name) {
				c[j] = 1
			}
		}
		return c[j] > 0
	}
	score := make([]float64, len(m))
	derived := map[int]int{}
	for i := range m {
		if names[i] == "" {
			continue
		}
		for j := range m {
			if names[j] == names[i] && j != i {
				continue // same outlet: not a citation of another source
			}
			if !citesName(j, names[i]) {
				continue
			}
			if j == i {
				score[i] += 0.5
				continue
			}
			score[i]++
			if _, ok := derived[j]; !ok {
				derived[j] = i
			}
		}
	}
	p.origin = chooseOrigin(m, p.of, score)
	for i := range m {
		p.root[i] = i
	}
	var rootOf func(i, depth int) int
	rootOf = func(i, depth int) int {
		if depth > len(m) {
			return i
		}
		if j, ok := p.of[i]; ok {
			return rootOf(j, depth+1)
		}
		if j, ok := derived[i]; ok && j != i {
			return rootOf(j, depth+1)
		}
		return i
	}
	for i := range m {
		p.root[i] = rootOf(i, 0)
		r := p.root[i]
		if names[r] != "" {
			p.key[i] = "outlet:" + names[r]
		} else {
			p.key[i] = "article:" + m[r].id
		}
	}
	return p
}

// chooseOrigin picks the origin among the members that copy no other
// (m sorted original first): the most cited; then the earliest, at day
// granularity when either date has no time of day (see earlier); then one
// with text over a headline-only record; then the first in m's order,
// which prefers a time of day to a bare day, no syndication disclosure and
// longer text.
func chooseOrigin(m []*doc, copyOf map[int]int, score []float64) int {
	var cand []int
	for i := range m {
		if _, isCp := copyOf[i]; isCp {
			continue
		}
		switch {
		case len(cand) == 0 || score[i] > score[cand[0]]:
			cand = append(cand[:0], i)
		case score[i] == score[cand[0]]:
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return 0
	}
	// The earliest: the candidates no other is earlier than (see earlier).
	// On the first day with a date, that is the earliest time of day plus
	// every bare day; if none has a date, all of them.
	var firstDay, firstTime int64
	dated, timed := false, false
	for _, i := range cand {
		if d := m[i]; d.t != noTime && (!dated || d.day < firstDay) {
			firstDay, dated = d.day, true
		}
	}
	for _, i := range cand {
		if d := m[i]; d.t != noTime && d.day == firstDay && !d.dayOnly && (!timed || d.t < firstTime) {
			firstTime, timed = d.t, true
		}
	}
	var earliest []int
	for _, i := range cand {
		d := m[i]
		if !dated || d.t != noTime && d.day == firstDay && (d.dayOnly || d.t == firstTime) {
			earliest = append(earliest, i)
		}
	}
	for _, i := range earliest {
		if m[i].hasText {
			return i
		}
	}
	return earliest[0]
}

// reporting are the members whose reporting counts as a source: those
// with text, or all of them when none has text (a story of headlines).
// A headline-only record beside full articles carries no claim or quote
// and cannot show whether it reports independently, so it adds no source.
func reporting(m []*doc) []int {
	var out, all []int
	for i, d := range m {
		all = append(all, i)
		if d.hasText {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}

// independent counts the distinct independence keys of a set of members.
func (p provenance) independent(members []int) int {
	seen := map[string]bool{}
	for _, i := range members {
		seen[p.key[i]] = true
	}
	return len(seen)
}
