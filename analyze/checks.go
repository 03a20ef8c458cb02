package analyze

import (
	"math"
	"strconv"

	truthlens "github.com/truthlens/truthlens"
)

// maxEvidence caps the evidence spans listed per check.
const maxEvidence = 6

// check starts a check of the catalogue with its full weight.
func check(id string, value float64, note string) truthlens.Check {
	info := catalogueByID[id]
	return truthlens.Check{ID: id, Label: info.Label, Weight: info.Weight,
		Value: round3(clamp01(value)), Note: note, Evidence: []truthlens.Span{}}
}

// notApplicable returns a check with weight 0 and the reason.
func notApplicable(id, why string) truthlens.Check {
	c := check(id, 0, "not applicable: "+why)
	c.Weight = 0
	return c
}

// langNA returns the not-applicable check of a language-dependent id
// when the word lists do not cover the language, else ok=false.
func (st *state) langNA(id string) (truthlens.Check, bool) {
	if st.en {
		return truthlens.Check{}, false
	}
	return st.langNotCovered(id), true
}

// langNotCovered returns check id as not applicable to the text's language.
func (st *state) langNotCovered(id string) truthlens.Check {
	l := st.lang
	if l == "" {
		l = "unknown"
	}
	return notApplicable(id, "language "+l)
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func fmtF(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

func itoa(n int) string { return strconv.Itoa(n) }

// per100 is n per 100 words of the outlet's own text.
func (st *state) per100(n int) float64 {
	return 100 * float64(n) / float64(max(st.outletWords, 1))
}

func (st *state) addEvidence(c *truthlens.Check, sp truthlens.Span) {
	if len(c.Evidence) < maxEvidence {
		c.Evidence = append(c.Evidence, sp)
	}
}

// scores computes the three scores from their checks.
func (st *state) scores(doc *truthlens.Document, h *truthlens.Headline) truthlens.Scores {
	var sc truthlens.Scores
	sc.Objectivity.Checks = st.objectivity(h)
	sc.Accuracy.Checks = st.accuracy(doc)
	sc.Transparency.Checks = st.transparency(doc)
	sc.Recompute()
	return sc
}

// Phrase lists of the sourcing checks (English).
const (
	tagAnon    = "anon"
	tagReply   = "reply"
	tagAnonWhy = "why"
	tagHedge   = "hedge"
	tagDoc     = "doc"
)

var sourcingMatcher = func() *matcher {
	m := newMatcher()
	for _, l := range []struct {
		tag  string
		list []string
	}{
		{tagAnonWhy, []string{"on condition of anonymity", "on the condition of anonymity",
			"asked not to be named", "asked not to be identified", "who asked not to be",
			"not authorised to speak", "not authorized to speak", "not authorised to comment",
			"not authorized to comment", "requested anonymity", "spoke anonymously because",
			"declined to be named", "declined to be identified", "for fear of reprisal*",
			"for fear of retaliation", "can be named only", "can only be named",
			"identified only as", "to protect their identity", "to protect his identity",
			"to protect her identity", "to speak freely", "because of the sensitivity",
			"because they were not", "because he was not", "because she was not"}},
		{tagReply, []string{"did not respond", "didn't respond", "did not immediately respond",
			"has not responded", "have not responded", "did not reply", "did not return a request", "did not return requests",
			"did not return calls", "did not return phone calls", "did not return messages",
			"did not return emails", "did not return a call",
			"declined to comment", "declined comment", "refused to comment", "could not be reached",
			"couldn't be reached", "was not available for comment", "were not available for comment",
			"no comment", "request for comment", "requests for comment", "reached for comment",
			"approached for comment", "when approached", "when contacted", "spokesperson said",
			"spokesman said", "spokeswoman said", "spokesperson for", "spokesman for",
			"spokeswoman for", "a spokesperson", "a spokesman", "a spokeswoman", "said in a statement",
			"in a statement", "denied any", "denies any", "deny any", "denied wrongdoing",
			"denies wrongdoing", "denied the allegation*", "denies the allegation*",
			"denied the accusation*", "denied the claim*", "denied the report*", "denied involvement",
			"denied that", "denies that", "denied having", "rejected the allegation*",
			"rejected the accusation*", "rejected the claim*", "dismissed the allegation*",
			"dismissed the claim*", "disputed the", "responded",
			"in response", "lawyer for", "lawyers for", "representatives for", "representative for"}},
		{tagAnon, []string{"sources said", "sources say", "source said", "source says",
			"sources told", "a source", "sources close to", "a person familiar", "people familiar",
			"familiar with the matter", "familiar with the situation", "according to sources",
			"according to a source", "insiders", "an insider", "many people are saying",
			"people are saying", "some say", "some people say", "many say", "critics say",
			"experts say", "observers say", "it is said", "it is believed", "it is rumoured",
			"it is rumored", "rumours", "rumors", "reportedly", "it has been reported",
			"reports say", "reports suggest", "unconfirmed reports", "unnamed", "anonymous",
			"an official said", "officials said", "officials say", "a senior official",
			"senior officials", "we are told", "we have been told", "word is", "i'm told",
			"i am told", "some believe", "many believe", "there are reports", "allegedly"}},
		{tagHedge, []string{"may have", "might have", "could have", "it seems", "it appears",
			"appears to", "seems to", "possibly", "perhaps", "probably", "presumably", "likely",
			"apparently", "supposedly", "rumoured", "rumored", "speculation", "speculated",
			"it is possible", "it's possible", "could be", "might be", "may be", "some suggest",
			"arguably", "conceivably", "it remains to be seen", "sort of", "kind of", "maybe",
			"seemingly", "unlikely", "might", "it is thought", "it is feared", "could well", "may well"}},
	} {
		for _, e := range l.list {
			m.add(e + "|" + l.tag)
		}
	}
	return m
}()

// sourcingHit is a sourcing phrase found in sentence Sent.
type sourcingHit struct {
	Tag        string
	Sent       int
	Start, End int
	Quote      bool
}

// sourcing finds the sourcing phrases once per text (English).
func (st *state) sourcing() []sourcingHit {
	if !st.en {
		return nil
	}
	if st.srcHits != nil {
		return *st.srcHits
	}
	var out []sourcingHit
	for _, m := range sourcingMatcher.all(st.toks) {
		t := st.toks[m.I]
		if t.Sent < 0 {
			continue
		}
		out = append(out, sourcingHit{Tag: m.Tag, Sent: t.Sent, Start: t.Start,
			End: st.toks[m.I+m.N-1].End, Quote: t.Quote >= 0})
	}
	st.srcHits = &out
	return out
}
