package analyze

import (
	"sort"
	"strings"
)

// summary builds two short extractive paragraphs: the lead (who, what,
// when) and the main response or reaction (a denial, "did not respond", a
// quotation from another side). Only whole sentences of the text are used,
// and never two that share most of their words.
func (st *state) summary(title string) string {
	var picked []int
	titleWords := wordSet(tokenize(title))
	ok := func(i int) bool {
		f := st.feats[i]
		if f.words < 6 || f.words > 70 || f.question {
			return false
		}
		for _, p := range picked {
			if p == i || st.similar(p, i) {
				return false
			}
		}
		return true
	}
	// Paragraph 1: the lead.
	var lead []int
	words := 0
	for i := range st.sents {
		if len(lead) == 2 || words >= 30 {
			break
		}
		if !ok(i) || st.feats[i].words < 8 {
			continue
		}
		if strings.HasSuffix(st.s[st.sents[i].Start:st.sents[i].End], ":") || st.similarTo(i, titleWords) {
			continue // a label, or the headline repeated as the first line
		}
		lead = append(lead, i)
		picked = append(picked, i)
		words += st.feats[i].words
	}
	if len(lead) == 0 {
		return ""
	}
	// Paragraph 2: the response, else the best attributed claims.
	// The first statement on behalf of a party (a spokesperson, a
	// statement) and the first explicit reply (denied, declined to
	// comment, did not respond), in text order.
	var resp []int
	strong, weak := -1, -1
	for _, h := range st.sourcing() {
		if h.Tag != tagReply || !ok(h.Sent) {
			continue
		}
		if strongReply(st.s[h.Start:h.End]) {
			if strong < 0 {
				strong = h.Sent
			}
		} else if weak < 0 {
			weak = h.Sent
		}
	}
	for _, i := range []int{min(strong, weak), max(strong, weak)} {
		if i >= 0 && ok(i) {
			resp = append(resp, i)
			picked = append(picked, i)
		}
	}
	if len(resp) == 0 {
		// A reaction: the first quotation of a speaker the lead does not name.
		leadText := strings.ToLower(st.joinSents(lead))
		for _, q := range st.quotes {
			sp := strings.ToLower(q.Speaker)
			if sp == "" || pronouns[sp] || strings.Contains(leadText, sp) {
				continue
			}
			if i := st.sentOf(q.Start); i.End > i.Start {
				k := sort.Search(len(st.sents), func(k int) bool { return st.sents[k].Start >= i.Start })
				if k < len(st.sents) && ok(k) {
					resp = append(resp, k)
					break
				}
			}
		}
	}
	if len(resp) == 0 {
		best, bestScore := -1, 0.0
		for _, c := range st.claims {
			i := c.Sent
			if !ok(i) {
				continue
			}
			f := st.feats[i]
			sc := float64(min(f.nums+f.dates, 3)) + float64(min(f.entities, 3))/2
			if c.Src.Kind == srcNamed || c.Src.Kind == srcDocument {
				sc += 2
			}
			if sc > bestScore {
				best, bestScore = i, sc
			}
		}
		if best >= 0 {
			resp = append(resp, best)
		}
	}
	out := st.joinSents(lead)
	if len(resp) > 0 {
		out += "\n\n" + st.joinSents(resp)
	}
	return out
}

func (st *state) joinSents(idx []int) string {
	var b strings.Builder
	for k, i := range idx {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(strings.Fields(st.s[st.sents[i].Start:st.sents[i].End]), " "))
	}
	return b.String()
}

// similarTo reports whether sentence i shares 60% of its distinct words
// with the word set ws.
func (st *state) similarTo(i int, ws map[string]bool) bool {
	if len(ws) == 0 {
		return false
	}
	seen := map[string]bool{}
	inter := 0
	for _, t := range st.sentToks(i) {
		if seen[t.Norm] {
			continue
		}
		seen[t.Norm] = true
		if ws[t.Norm] {
			inter++
		}
	}
	union := len(ws) + len(seen) - inter
	return float64(inter) >= 0.6*float64(union)
}

// similar reports whether sentences i and j share most of their words
// (Jaccard similarity of their word sets of at least 0.6).
func (st *state) similar(i, j int) bool {
	return st.similarTo(j, wordSet(st.sentToks(i)))
}

// wordSet returns the distinct normalised words of toks.
func wordSet(toks []token) map[string]bool {
	set := make(map[string]bool, len(toks))
	for _, t := range toks {
		set[t.Norm] = true
	}
	return set
}

// strongReply reports whether a reply phrase is an explicit answer to the
// story (a denial, a refusal, no answer) rather than a spokesperson's
// statement.
func strongReply(p string) bool {
	p = strings.ToLower(p)
	for _, k := range []string{"respond", "comment", "reached", "denied", "denies", "deny", "return", "reply", "rejected", "disputed"} {
		if strings.Contains(p, k) {
			return true
		}
	}
	return false
}
