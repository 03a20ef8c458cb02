package analyze

import (
	"strings"
)

// Attribution: who a sentence says its information comes from.

// Source kinds.
const (
	srcNone      = ""
	srcNamed     = "named"     // a named person or organisation
	srcDocument  = "document"  // documents, records, filings, data
	srcAnonymous = "anonymous" // "sources", "officials", "people familiar"
	srcPronoun   = "pronoun"   // "he said": resolved elsewhere, if at all
)

// source is the attribution found in one sentence.
type source struct {
	Text       string
	Start, End int
	Kind       string
}

var attribVerbs = setOf("said", "says", "say", "told", "tells", "tell", "reported",
	"reports", "announced", "announces", "stated", "states", "confirmed", "confirms",
	"added", "adds", "noted", "notes", "wrote", "writes", "explained", "explains",
	"testified", "claimed", "claims", "insisted", "insists", "argued", "argues",
	"warned", "warns", "alleged", "alleges", "denied", "denies", "acknowledged",
	"admitted", "estimated", "estimates", "disclosed", "revealed", "asserted",
	"maintained", "contended", "responded", "replied", "commented", "tweeted",
	"posted", "indicated")

// docVerbs attribute only when their subject is a document ("records show").
var docVerbs = setOf("show", "shows", "showed", "shown", "found", "finds", "reveal",
	"reveals", "suggest", "suggests", "suggested", "indicate", "indicates", "state",
	"list", "lists", "listed", "detail", "details", "detailed", "cite", "cites")

var docNouns = setOf("document", "documents", "records", "record", "filing", "filings",
	"transcript", "transcripts", "report", "reports", "data", "figures", "statistics",
	"study", "survey", "poll", "census", "memo", "memos", "emails", "letter", "letters",
	"papers", "indictment", "complaint", "lawsuit", "affidavit", "audit",
	"analysis", "investigation", "statement", "release", "budget", "minutes", "cables",
	"paperwork", "judgment", "ruling", "registry", "register", "plan", "proposal", "bill",
	"contract", "agreement", "decree", "law", "policy", "website", "video", "footage",
	"recording", "recordings", "tweet", "post", "forecast", "estimates", "research", "findings")

var seenBy = setOf("seen", "obtained", "reviewed", "published", "released",
	"compiled", "cited", "filed", "examined", "shared")

var anonNouns = setOf("source", "sources", "official", "officials", "insider",
	"insiders", "person", "people", "persons", "someone", "critics", "observers",
	"analysts", "experts", "aides", "aide", "diplomat", "diplomats", "residents",
	"witnesses", "many", "some", "others", "reports", "rumours", "rumors", "staffer",
	"staffers", "employees", "executives", "members", "lawmakers", "investigators")

// clauseOpeners start a clause: a subject never reaches back past one.
var clauseOpeners = setOf("and", "or", "but", "that", "which", "who", "whom", "whose", "if",
	"because", "when", "while", "as", "than", "although", "though", "since", "so", "then",
	"where", "whether", "after", "before", "until", "unless")

var prepositions = setOf("in", "for", "of", "at", "with", "from", "to", "on", "by")

// institutions are identifiable sources even without a proper name.
var institutions = setOf("office", "ministry", "department", "police", "court", "council",
	"government", "company", "agency", "bank", "service", "commission", "spokesperson",
	"spokesman", "spokeswoman", "prosecutor", "prosecutors", "embassy", "army", "military",
	"university", "hospital", "board", "committee", "regulator", "firm", "group", "team",
	"lawyer", "lawyers", "attorney", "minister", "president", "mayor", "governor", "judge")

var pronouns = setOf("he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this")

var determiners = setOf("a", "an", "the", "this", "that", "these", "those", "his", "her",
	"their", "its", "our")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// boundary reports whether the gap between two tokens ends a clause.
func (st *state) boundary(a, b token) bool {
	gap := st.s[a.End:b.Start]
	return strings.ContainsAny(gap, ",;:()\"“”!?") || strings.Contains(gap, "—") || strings.Contains(gap, " – ")
}

// attribution finds the source of sentence i (tokens T). The speaker of a
// quotation in the sentence wins; then "according to X", "documents seen by
// X", "X said", "said X" and "records show".
func (st *state) attribution(T []token) source {
	if len(T) == 0 {
		return source{}
	}
	for _, t := range T {
		if t.Quote >= 0 {
			q := st.quotes[t.Quote]
			if q.Speaker != "" && q.SpeakerEnd > q.SpeakerStart {
				return st.classify(source{Text: q.Speaker, Start: q.SpeakerStart, End: q.SpeakerEnd})
			}
		}
	}
	var best source
	for pass := 0; pass < 2; pass++ {
		for k := 0; k < len(T); k++ {
			if s, ok := st.attributionAt(T, k, pass, &best); ok {
				return s
			}
		}
	}
	return best
}

// attributionAt tries the attribution patterns at T[k]: "according to" and
// "seen by" in pass 0, reporting verbs in pass 1.
func (st *state) attributionAt(T []token, k, pass int, best *source) (source, bool) {
	t := T[k]
	if t.Quote >= 0 {
		return source{}, false
	}
	switch {
	case pass == 0 && t.Norm == "according" && k+2 < len(T) && T[k+1].Norm == "to":
		a := k + 2
		b := a + 1
		for b < len(T) && b-a < 14 && !st.boundary(T[b-1], T[b]) && T[b].Quote < 0 {
			b++
		}
		return st.classify(st.srcOf(T, a, b)), true
	case pass == 0 && seenBy[t.Norm] && k+2 < len(T) && T[k+1].Norm == "by":
		// "documents seen by the Guardian": from the document noun.
		d := -1
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if docNouns[base(T[j].Norm)] {
				d = j
			}
			if j > 0 && st.boundary(T[j-1], T[j]) {
				break
			}
		}
		if d < 0 {
			return source{}, false
		}
		if d > 0 && !st.boundary(T[d-1], T[d]) && !determiners[T[d-1].Norm] && !attribVerbs[T[d-1].Norm] {
			d-- // "court documents", "leaked documents"
		}
		b := k + 2
		for b < len(T) && b-k < 8 && !st.boundary(T[b-1], T[b]) && !isVerbish(T[b].Norm) {
			b++
		}
		s := st.srcOf(T, d, b)
		s.Kind = srcDocument
		return s, true
	case pass == 1 && t.has(fUpper):
		// "United States", "Says" in a title: not a reporting verb.
	case pass == 1 && attribVerbs[t.Norm]:
		if s := st.subjectOf(T, k); s.Kind != srcNone && s.Kind != srcPronoun {
			return s, true
		} else if s.Kind == srcPronoun {
			// "She said the work would cost ...": the subject is the
			// speaker; what follows the verb is what was said.
			if best.Kind == srcNone {
				*best = s
			}
			return source{}, false
		}
		if s := st.objectOf(T, k); s.Kind != srcNone && s.Kind != srcPronoun {
			return s, true
		}
	case pass == 1 && docVerbs[t.Norm]:
		if s := st.subjectOf(T, k); s.Kind == srcDocument || s.Kind == srcAnonymous {
			return s, true // "records show", "reports indicate", "experts suggest"
		}
	}
	return source{}, false
}

func isVerbish(w string) bool { return attribVerbs[w] || docVerbs[w] }

// subjectOf returns the noun phrase just before the verb T[k], within its
// clause and at most 8 tokens long.
func (st *state) subjectOf(T []token, k int) source {
	if k == 0 {
		return source{}
	}
	if st.boundary(T[k-1], T[k]) {
		// "Dan Whitfield, who voted against the plan, said ...": the
		// subject stands before the relative clause.
		w := k - 1
		for w > 0 && k-w < 14 && !(relatives[T[w].Norm] && st.boundary(T[w-1], T[w])) {
			if T[w].Quote >= 0 {
				break
			}
			w--
		}
		if w <= 0 || !relatives[T[w].Norm] || !st.boundary(T[w-1], T[w]) {
			return source{}
		}
		return st.nounPhraseBefore(T, w)
	}
	return st.nounPhraseBefore(T, k)
}

// nounPhraseBefore returns the noun phrase that ends just before T[k],
// within its clause and at most 8 tokens long.
func (st *state) nounPhraseBefore(T []token, k int) source {
	a := k - 1
	for a > 0 && k-a < 10 && !st.boundary(T[a-1], T[a]) && T[a-1].Quote < 0 && !isVerbish(T[a-1].Norm) && !clauseOpeners[T[a-1].Norm] {
		a--
	}
	for a < k-1 && clauseOpeners[T[a].Norm] {
		a++ // "and China's ministry said" -> "China's ministry"
	}
	// Drop auxiliaries and adverbs between subject and verb ("has said").
	b := k
	for b > a && (auxiliaries[T[b-1].Norm] || strings.HasSuffix(T[b-1].Norm, "ly")) {
		b--
	}
	if b == a || T[b-1].Quote >= 0 {
		return source{}
	}
	return st.classify(st.srcOf(T, a, b))
}

// objectOf handles the inverted "…, said Ted Bromund, an expert".
func (st *state) objectOf(T []token, k int) source {
	a := k + 1
	if a >= len(T) || st.boundary(T[k], T[a]) || T[a].Quote >= 0 {
		return source{}
	}
	if !T[a].has(fUpper) && !determiners[T[a].Norm] {
		return source{}
	}
	b := a + 1
	for b < len(T) && b-a < 8 && !st.boundary(T[b-1], T[b]) && T[b].Quote < 0 {
		if auxiliaries[T[b].Norm] || isVerbish(T[b].Norm) {
			return source{} // "said the work would cost ...": a clause, not a speaker
		}
		b++
	}
	return st.classify(st.srcOf(T, a, b))
}

// relatives open a relative clause between a subject and its verb.
var relatives = setOf("who", "whose", "which")

var auxiliaries = setOf("has", "have", "had", "is", "was", "were", "are", "will", "would",
	"also", "later", "then", "previously", "earlier", "did", "does", "had", "not", "once")

func (st *state) srcOf(T []token, a, b int) source {
	return source{Text: st.s[T[a].Start:T[b-1].End], Start: T[a].Start, End: T[b-1].End}
}

// classify sets the kind of a source from its words.
func (st *state) classify(s source) source {
	if s.End <= s.Start {
		return source{}
	}
	toks := tokenize(s.Text)
	if len(toks) == 0 {
		return source{}
	}
	if len(toks) == 1 && pronouns[toks[0].Norm] {
		s.Kind = srcPronoun
		return s
	}
	if len(toks) == 1 && anonNouns[toks[0].Norm] {
		s.Kind = srcAnonymous // "Reports indicate", "sources said"
		return s
	}
	// The head noun: the last word before the first preposition
	// ("officials in the permits office" -> officials).
	head := toks[len(toks)-1].Norm
	for i := 1; i < len(toks); i++ {
		if prepositions[toks[i].Norm] {
			head = toks[i-1].Norm
			break
		}
	}
	head = base(head)
	named := false
	for i, t := range toks {
		if t.has(fUpper) && !(i == 0 && (determiners[t.Norm] || pronouns[t.Norm] || anonNouns[t.Norm])) && t.Norm != "i" {
			named = true
		}
	}
	switch {
	case docNouns[head]:
		s.Kind = srcDocument
	case anonNouns[head]:
		s.Kind = srcAnonymous // "Chinese security officials": unnamed people
	case named || institutions[head]:
		s.Kind = srcNamed
	case pronouns[toks[0].Norm]:
		s.Kind = srcPronoun
	default:
		s.Kind = srcAnonymous
	}
	return s
}
