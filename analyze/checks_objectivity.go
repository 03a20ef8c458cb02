package analyze

import (
	"math"
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/lexicon"
)

// shoutWords are single words that shout when written in capitals.
var shoutWords = setOf("breaking", "urgent", "shocking", "wow", "huge", "must", "never",
	"ever", "not", "exclusive", "alert", "warning", "watch", "read", "share", "omg",
	"lol", "wtf", "truth", "exposed", "banned", "fake", "evil", "insane", "boom")

func (st *state) objectivity(h *truthlens.Headline) []truthlens.Check {
	var out []truthlens.Check
	out = append(out, st.checkSubjective())
	out = append(out, st.techCheck(chkLoaded, 0.8, func(n string) bool { return n == truthlens.TechLoadedLanguage }))
	out = append(out, st.techCheck(chkNameCalling, 0.5, func(n string) bool { return n == truthlens.TechNameCalling }))
	out = append(out, st.techCheck(chkTechniques, 0.5, func(n string) bool {
		return n != truthlens.TechLoadedLanguage && n != truthlens.TechNameCalling
	}))
	out = append(out, st.checkPunct(chkExclaim, '!', "exclamation"))
	out = append(out, st.checkCaps())
	out = append(out, st.checkPunct(chkQuestions, '?', "question"))
	out = append(out, st.checkAddress())
	out = append(out, checkHeadline(h))
	out = append(out, st.checkVoices())
	return out
}

func (st *state) checkSubjective() truthlens.Check {
	known := false
	for _, l := range lexicon.Languages() {
		known = known || l == st.lang
	}
	if !known {
		return st.langNotCovered(chkSubjective)
	}
	n, subj := 0, 0
	c := check(chkSubjective, 1, "")
	for i, f := range st.feats {
		if f.words == 0 || f.outlet*2 < f.words {
			continue
		}
		n++
		if st.sub[i].Subjective {
			subj++
			st.addEvidence(&c, st.span(st.sents[i].Start, st.sents[i].End, "subjective"))
		}
	}
	if n == 0 {
		return notApplicable(chkSubjective, "no sentence in the outlet's own words")
	}
	share := float64(subj) / float64(n)
	c.Value = round3(clamp01(1 - share/0.6))
	c.Note = itoa(subj) + " of " + itoa(n) + " sentences subjective"
	return c
}

// techCheck rates the outlet's techniques selected by pick per 100 words.
func (st *state) techCheck(id string, scale float64, pick func(string) bool) truthlens.Check {
	if na, ok := st.langNA(id); ok {
		return na
	}
	c := check(id, 1, "")
	n := 0
	for _, t := range st.techs {
		if t.Quote >= 0 || t.Derived || !pick(t.Name) {
			continue
		}
		n++
		st.addEvidence(&c, st.span(t.Start, t.End, t.Name))
	}
	rate := st.per100(n)
	c.Value = round3(math.Exp(-rate / scale))
	c.Note = itoa(n) + " in the outlet's words, " + fmtF(rate) + " per 100 words"
	return c
}

// checkPunct rates exclamation or question marks ending the outlet's own
// sentences (a sentence that is mostly a quotation does not count).
func (st *state) checkPunct(id string, mark byte, what string) truthlens.Check {
	c := check(id, 1, "")
	n := 0
	for i, f := range st.feats {
		hit := f.exclaim
		if mark == '?' {
			hit = f.question
		}
		if !hit || f.outlet*2 < f.words {
			continue
		}
		n++
		st.addEvidence(&c, st.span(st.sents[i].Start, st.sents[i].End, what))
	}
	// Marks inside the outlet's sentences ("Wow! ...") that did not end one.
	if mark == '!' {
		for i := range st.sents {
			r := st.sents[i]
			body := strings.TrimRight(st.s[r.Start:r.End], "!\"'”’ ")
			if strings.IndexByte(body, '!') >= 0 && st.feats[i].quoteToks == 0 {
				n++
			}
		}
	}
	if len(st.sents) == 0 {
		return notApplicable(id, "no sentences")
	}
	rate := float64(n) / float64(len(st.sents))
	c.Value = round3(math.Exp(-rate / 0.1))
	c.Note = itoa(n) + " " + what + "s in " + itoa(len(st.sents)) + " sentences"
	return c
}

// checkCaps finds shouting capitals in the outlet's own words.
func (st *state) checkCaps() truthlens.Check {
	c := check(chkCaps, 1, "")
	n := 0
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Quote >= 0 || !t.has(fAllCaps) || t.has(fDigit) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].has(fAllCaps) && toks[j].Quote < 0 && toks[j].Sent == t.Sent && !toks[j].has(fDigit) {
			j++
		}
		long := false
		for k := i; k < j; k++ {
			long = long || toks[k].End-toks[k].Start >= 4
		}
		if j-i >= 2 && long || j-i == 1 && shoutWords[t.Norm] {
			n += j - i
			st.addEvidence(&c, st.span(t.Start, toks[j-1].End, "capitals"))
		}
		i = j - 1
	}
	rate := st.per100(n)
	c.Value = round3(math.Exp(-rate / 0.3))
	c.Note = itoa(n) + " shouted words, " + fmtF(rate) + " per 100 words"
	return c
}

func (st *state) checkAddress() truthlens.Check {
	if na, ok := st.langNA(chkAddress); ok {
		return na
	}
	c := check(chkAddress, 1, "")
	n := 0
	for _, t := range st.toks {
		if t.Quote >= 0 || t.Sent < 0 {
			continue
		}
		if st.lx.Get(t.Norm).Class.Any(lexicon.FirstPerson | lexicon.SecondPerson) {
			n++
			st.addEvidence(&c, st.span(t.Start, t.End, "addresses the reader"))
		}
	}
	rate := st.per100(n)
	c.Value = round3(math.Exp(-rate / 1.0))
	c.Note = itoa(n) + " first/second-person words, " + fmtF(rate) + " per 100 words"
	return c
}

func checkHeadline(h *truthlens.Headline) truthlens.Check {
	if strings.TrimSpace(h.Original) == "" {
		return notApplicable(chkHeadline, "no headline")
	}
	v := 1 - h.Sensationalism/10
	note := "sensationalism " + fmtF(h.Sensationalism) + "/10"
	if h.Clickbait {
		v -= 0.3
		note += ", clickbait"
	}
	return check(chkHeadline, v, note)
}

// speakers returns the distinct quoted speakers, in order of first quote.
func (st *state) speakers() []string {
	var out []string
	seen := map[string]bool{}
	for _, q := range st.quotes {
		k := strings.ToLower(strings.TrimSpace(q.Speaker))
		if k == "" || seen[k] || pronouns[k] {
			continue
		}
		seen[k] = true
		out = append(out, q.Speaker)
	}
	return out
}

func (st *state) checkVoices() truthlens.Check {
	sp := st.speakers()
	c := check(chkVoices, 1-math.Exp(-float64(len(sp))/1.5), itoa(len(sp))+" quoted speakers")
	if len(sp) > 0 {
		c.Note += ": " + strings.Join(limit(sp, 6), ", ")
	}
	seen := map[string]bool{}
	for _, q := range st.quotes {
		if q.Speaker != "" && !seen[q.Speaker] && q.SpeakerEnd > q.SpeakerStart {
			seen[q.Speaker] = true
			st.addEvidence(&c, st.span(q.SpeakerStart, q.SpeakerEnd, "speaker"))
		}
	}
	return c
}

// limit returns the first n elements of ss (all of them if fewer).
func limit[T any](ss []T, n int) []T {
	if len(ss) > n {
		return ss[:n]
	}
	return ss
}
