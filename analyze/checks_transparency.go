package analyze

import (
	"math"
	"sort"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

func (st *state) transparency(doc *truthlens.Document) []truthlens.Check {
	return []truthlens.Check{
		metaCheck(chkByline, doc.Byline, "byline: "),
		metaCheck(chkDate, string(doc.Published), "published: "),
		metaCheck(chkOutlet, doc.Site, "outlet: "),
		st.checkSourcing(),
		st.checkReply(),
		st.checkAnonWhy(),
		checkDisclosures(doc.Disclosures),
		checkLinks(doc.Links),
	}
}

// metaCheck: 1 when the metadata field is present. Metadata is not in the
// text, so the note quotes it instead of an evidence span.
func metaCheck(id, v, prefix string) truthlens.Check {
	v = strings.TrimSpace(v)
	if v == "" {
		return check(id, 0, "missing")
	}
	return check(id, 1, prefix+v)
}

// attributedSentences returns the sentences that say where their content
// comes from: a quotation with a speaker, or an attribution.
func (st *state) attributedSentences() []int {
	var out []int
	for i, f := range st.feats {
		if f.src.Kind != srcNone {
			out = append(out, i)
		}
	}
	return out
}

func (st *state) checkSourcing() truthlens.Check {
	if na, ok := st.langNA(chkSourcing); ok {
		return na
	}
	if len(st.sents) == 0 {
		return notApplicable(chkSourcing, "no sentences")
	}
	att := st.attributedSentences()
	share := float64(len(att)) / float64(len(st.sents))
	c := check(chkSourcing, math.Min(1, share/0.3), itoa(len(att))+" of "+itoa(len(st.sents))+" sentences say where their information comes from")
	for _, i := range att {
		f := st.feats[i]
		if f.src.End > f.src.Start {
			st.addEvidence(&c, st.span(f.src.Start, f.src.End, "source"))
		}
	}
	return c
}

// replies returns the right-of-reply phrases, one per sentence.
func (st *state) replies() []truthlens.Span {
	var out []truthlens.Span
	seen := map[int]bool{}
	for _, h := range st.sourcing() {
		if h.Tag != tagReply || h.Quote || seen[h.Sent] {
			continue
		}
		seen[h.Sent] = true
		out = append(out, st.span(h.Start, h.End, "response or request for one"))
	}
	return out
}

func (st *state) checkReply() truthlens.Check {
	if na, ok := st.langNA(chkReply); ok {
		return na
	}
	r := st.replies()
	v := 1 - math.Exp(-float64(len(r))/0.8)
	c := check(chkReply, v, itoa(len(r))+" responses or requests for comment reported")
	for _, sp := range r {
		st.addEvidence(&c, sp)
	}
	return c
}

func (st *state) checkAnonWhy() truthlens.Check {
	if na, ok := st.langNA(chkAnonWhy); ok {
		return na
	}
	anon, _ := st.anonSentences()
	var why []truthlens.Span
	for _, h := range st.sourcing() {
		if h.Tag == tagAnonWhy && !h.Quote {
			why = append(why, st.span(h.Start, h.End, "why a source is not named"))
		}
	}
	if len(anon) == 0 && len(why) == 0 {
		return notApplicable(chkAnonWhy, "no anonymous sources found")
	}
	n := max(len(anon), 1)
	c := check(chkAnonWhy, float64(len(why))/float64(n),
		itoa(len(why))+" explanations for "+itoa(len(anon))+" sentences with unnamed sources")
	for _, sp := range why {
		st.addEvidence(&c, sp)
	}
	return c
}

func checkDisclosures(ds []truthlens.Disclosure) truthlens.Check {
	if len(ds) == 0 {
		return notApplicable(chkDisclose, "the article makes no provenance statement")
	}
	kinds := map[string]bool{}
	for _, d := range ds {
		kinds[d.Kind] = true
	}
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return check(chkDisclose, 1, "discloses: "+strings.Join(ks, ", "))
}

func checkLinks(ls []truthlens.Link) truthlens.Check {
	if len(ls) == 0 {
		return notApplicable(chkLinks, "no links (plain-text input, or none in the body)")
	}
	return check(chkLinks, 1-math.Exp(-float64(len(ls))/3), itoa(len(ls))+" links in the body")
}
