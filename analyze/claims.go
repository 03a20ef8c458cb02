package analyze

import (
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/lexicon"
)

// sentFeat holds the per-sentence features the claim detector and the
// checks share.
type sentFeat struct {
	words, outlet int // tokens; tokens outside quotations
	nums, dates   int // numeric tokens; month/day names
	entities      int // capitalised tokens not opening the sentence
	verb          bool
	modal         bool // will/would/could/might/may/should (outlet's words)
	opinion       bool // opinion, cognition or obligation marker (outlet's words)
	question      bool
	exclaim       bool
	quoteToks     int
	quoteDigits   bool
	src           source
}

// claimInfo is a claim found in sentence Sent.
type claimInfo struct {
	Sent       int
	Start, End int
	Src        source
}

var months = setOf("january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan", "feb", "mar",
	"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
	"today")

var modals = setOf("will", "would", "could", "might", "may", "should", "must", "shall",
	"can", "'ll", "ought", "going")

var factVerbs = setOf("is", "was", "were", "are", "has", "had", "have", "been", "be",
	"became", "becomes", "won", "lost", "rose", "fell", "grew", "paid", "made", "took",
	"gave", "began", "left", "met", "sold", "bought", "spent", "hit", "led", "ran", "held",
	"saw", "came", "went", "got", "kept", "fled", "shot", "died", "dies", "kills", "wins",
	"holds", "makes", "takes", "pays", "sells", "says", "said", "told")

// findClaims computes the sentence features and marks the claims.
func (st *state) findClaims() {
	st.feats = make([]sentFeat, len(st.sents))
	var last source // the last named source, for "he said"
	for i := range st.sents {
		T := st.sentToks(i)
		f := st.features(i, T)
		switch {
		case f.src.Kind == srcNamed && strings.ToLower(f.src.Text) != f.src.Text:
			last = f.src
		case f.src.Kind == srcPronoun && last.Kind == srcNamed && (strings.EqualFold(f.src.Text, "he") || strings.EqualFold(f.src.Text, "she")):
			// Resolved to the person named before; the span stays on the
			// pronoun so that evidence points into this sentence.
			f.src.Text, f.src.Kind = last.Text, srcNamed
		}
		st.feats[i] = f
		r := st.sents[i]
		end := r.End
		if !st.isClaim(i, f) {
			if end = st.clauseClaim(i, T, f); end < 0 {
				continue
			}
		}
		st.labels[i].Claim = true
		st.claims = append(st.claims, claimInfo{Sent: i, Start: r.Start, End: end, Src: f.src})
	}
}

func (st *state) features(i int, T []token) sentFeat {
	var f sentFeat
	sent := strings.TrimRight(st.s[st.sents[i].Start:st.sents[i].End], "\"'”’») ")
	f.question = strings.HasSuffix(sent, "?") || strings.HasSuffix(sent, "？")
	f.exclaim = strings.HasSuffix(sent, "!") || strings.HasSuffix(sent, "！")
	f.words = len(T)
	for k, t := range T {
		inQ := t.Quote >= 0
		if inQ {
			f.quoteToks++
			if t.has(fDigit) {
				f.quoteDigits = true
			}
		} else {
			f.outlet++
		}
		if t.has(fDigit) {
			f.nums++
		} else if months[t.Norm] && (t.has(fUpper) || t.Norm == "yesterday" || t.Norm == "today") && !(t.Norm == "may" && !t.has(fUpper)) {
			f.dates++
		}
		if t.has(fUpper) && t.Norm != "i" && !st.shouted(T, k) && (k > 0 && !t.has(fFirst) || st.nameAtStart(T, k)) {
			f.entities++
		}
		if factVerbs[t.Norm] || attribVerbs[t.Norm] || len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") {
			f.verb = true
		}
		if inQ || !st.en {
			continue
		}
		if modals[t.Norm] && !(t.Norm == "may" && t.has(fUpper)) {
			f.modal = true
		}
		c := st.lx.Get(t.Norm).Class
		if c.Any(lexicon.Opinion|lexicon.Epistemic|lexicon.Obligation) && !isVerbish(t.Norm) {
			f.opinion = true
		}
	}
	f.src = st.attribution(T)
	return f
}

// isClaim: a checkable factual assertion — specific (a number, a date or a
// named entity with a verb), stated rather than asked, predicted or argued.
func (st *state) isClaim(i int, f sentFeat) bool {
	if f.words < 5 || f.words > 90 || f.question {
		return false
	}
	if f.quoteToks*2 > f.words && !f.quoteDigits {
		return false // mostly a quotation: the speaker's words
	}
	specific := f.nums+f.dates > 0
	if !specific && !(f.entities > 0 && f.verb) {
		return false
	}
	if f.src.Kind == srcNamed || f.src.Kind == srcDocument {
		// An attributed statement is checkable: did the source say it?
		specific = true
	}
	if f.opinion && !specific {
		return false
	}
	if f.modal && !specific {
		return false
	}
	if st.sub[i].Subjective && !specific {
		return false
	}
	if !specific && st.outletTechIn(i) {
		return false // argued, not stated: "It is what it is, some say"
	}
	return true
}

// publicClaims returns the claims as contract objects.
func (st *state) publicClaims() []truthlens.Claim {
	out := make([]truthlens.Claim, 0, len(st.claims))
	for _, c := range st.claims {
		who := ""
		if c.Src.Kind != srcNone && c.Src.Kind != srcPronoun {
			who = c.Src.Text
		}
		out = append(out, truthlens.Claim{Start: c.Start, End: c.End, Text: st.s[c.Start:c.End], AttributedTo: who})
	}
	return out
}

// clauseClaim finds a factual main clause opening a sentence that was
// rejected as a whole for its opinionated wording: "H, a citizen, had been
// arrested in France, a mechanism used by authoritarian regimes…" claims
// the part up to the clause with the verb, if no opinion cue, loaded word
// or modal lies in it. It returns the claim's end offset, or -1.
func (st *state) clauseClaim(i int, T []token, f sentFeat) int {
	if f.question || len(T) < 5 || f.quoteToks*2 > f.words {
		return -1
	}
	r := st.sents[i]
	cueBefore := func(end int) bool {
		for _, c := range st.sub[i].Spans {
			if r.Start+c.Start < end {
				return true
			}
		}
		for _, t := range st.techsIn(i) {
			if t.Start < end {
				return true
			}
		}
		return false
	}
	verb, entity := false, false
	for k, t := range T {
		if t.Quote >= 0 {
			return -1
		}
		if modals[t.Norm] || st.lx.Get(t.Norm).Class.Any(lexicon.Opinion|lexicon.Epistemic|lexicon.Obligation) && !isVerbish(t.Norm) {
			return -1
		}
		if k > 0 && (t.has(fUpper) || t.has(fDigit)) || t.has(fDigit) {
			entity = true
		}
		if k > 0 && (factVerbs[t.Norm] || len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") && !determiners[T[k-1].Norm]) {
			verb = true
		}
		last := k == len(T)-1 || st.boundary(t, T[k+1])
		if !last {
			continue
		}
		if cueBefore(t.End) {
			return -1
		}
		if verb && entity && k >= 4 {
			if k == len(T)-1 {
				return -1 // the whole sentence: it was rejected for a reason
			}
			return t.End
		}
	}
	return -1
}

// shouted reports whether T[k] is a capitalised word of a shouted run
// ("ENOUGH IS ENOUGH"), not a name or an acronym.
func (st *state) shouted(T []token, k int) bool {
	t := T[k]
	if !t.has(fAllCaps) {
		return false
	}
	if t.End-t.Start > 5 {
		return true
	}
	return k > 0 && T[k-1].has(fAllCaps) || k+1 < len(T) && T[k+1].has(fAllCaps)
}

// outletTechIn reports whether sentence i uses a technique in the outlet's
// own words.
func (st *state) outletTechIn(i int) bool {
	for _, t := range st.techsIn(i) {
		if t.Quote < 0 {
			return true
		}
	}
	return false
}

// nameAtStart reports whether the capitalised first word of a sentence is
// a name: it is followed by another capitalised word ("Joe Biden said")
// or written capitalised inside some sentence of the text ("Biden").
func (st *state) nameAtStart(T []token, k int) bool {
	if k != 0 {
		return false
	}
	if len(T) > 1 && T[1].has(fUpper) && !st.boundary(T[0], T[1]) {
		return true
	}
	return st.midCaps()[T[0].Norm]
}

// midCaps is the set of words written capitalised inside a sentence.
func (st *state) midCaps() map[string]bool {
	if st.caps == nil {
		st.caps = map[string]bool{}
		for _, t := range st.toks {
			if t.has(fUpper) && !t.has(fFirst) && !t.has(fAllCaps) {
				st.caps[t.Norm] = true
			}
		}
	}
	return st.caps
}
