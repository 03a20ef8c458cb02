package quotes

import "strings"

// This file gives quotes without a reporting clause of their own the
// speaker of the quotes or the reported speech around them.

// pullQuotes gives a quotation repeated elsewhere in the text (a pull
// quote the page layout left in, a summary repeating a line) the speaker
// of the copy with a reporting clause of its own (own, before the
// neighbours are asked), or afterwards of a longer copy that got one from
// its neighbours.
func (d *doc) pullQuotes(found []attrFound, own bool) {
	for k, sp := range d.spans {
		if found[k].own {
			continue
		}
		q := strings.TrimRight(d.s[sp.start:sp.end], ".,!?")
		if len(q) < 20 {
			continue
		}
		for x, o := range d.spans {
			if x == k || own && !found[x].own || !own && (found[x].r.name == "" || o.end-o.start <= sp.end-sp.start) {
				continue
			}
			if t := d.s[o.start:o.end]; strings.Contains(t, q) || own && len(t) >= 20 && strings.Contains(q, strings.TrimRight(t, ".,!?")) {
				found[k] = attrFound{r: found[x].r, cue: found[x].cue}
				break
			}
		}
	}
}

// inherit gives quotes without a reporting clause the speaker of a
// neighbour: the rest of a multi-paragraph quotation, another quote of the
// same sentence, the previous (else next) quote of the paragraph, or the
// last quote of the previous paragraph when the quote opens its paragraph.
func (d *doc) inherit(found []attrFound) {
	spans := d.spans
	// Multi-paragraph quotations share one speaker.
	for k := range spans {
		if spans[k].prev >= 0 {
			continue
		}
		last := k
		for last+1 < len(spans) && spans[last+1].prev == last {
			last++
		}
		src := -1
		for x := k; x <= last; x++ {
			if found[x].r.name != "" {
				src = x
				break
			}
		}
		if last == k || src < 0 {
			continue
		}
		for x := k; x <= last; x++ {
			if found[x].r.name == "" {
				found[x] = attrFound{r: found[src].r, cue: found[src].cue, own: found[src].own}
			}
		}
	}
	sentOf := func(k int) int { return d.sentenceAt(spans[k].open) }
	for k := range spans {
		if found[k].r.name != "" {
			continue
		}
		// same sentence: the next, then the previous quote
		for _, x := range []int{k + 1, k - 1} {
			if x >= 0 && x < len(spans) && found[x].r.name != "" && found[x].own && sentOf(x) == sentOf(k) {
				found[k] = attrFound{r: found[x].r, cue: found[x].cue, sameSent: true}
				break
			}
		}
	}
	for k := range spans {
		if found[k].r.name != "" {
			continue
		}
		for x := k - 1; x >= 0 && spans[x].para == spans[k].para; x-- {
			if found[x].r.name != "" {
				found[k] = attrFound{r: found[x].r, cue: found[x].cue}
				break
			}
		}
	}
	for k := len(spans) - 1; k >= 0; k-- {
		if found[k].r.name != "" {
			continue
		}
		for x := k + 1; x < len(spans) && spans[x].para == spans[k].para; x++ {
			if found[x].r.name != "" && found[x].own {
				found[k] = attrFound{r: found[x].r, cue: found[x].cue}
				break
			}
		}
	}
	for k := range spans {
		if found[k].r.name != "" || spans[k].open != d.paras[spans[k].para].Start {
			continue
		}
		p := spans[k].para
		if k > 0 && spans[k-1].para == p-1 && found[k-1].r.name != "" {
			found[k] = attrFound{r: found[k-1].r, cue: found[k-1].cue}
			continue
		}
		// "Wells said the plan would fail.\n\n“It is dead.”": the last
		// speaker of reported speech in the previous paragraph.
		if r, cue, ok := d.lastSubjectBefore(p); ok {
			found[k] = attrFound{r: r, cue: cue}
		}
	}
	// "…, Mr. Ruiz said. “The service runs at rush hour.”": a quote
	// opening a sentence right after reported speech in its paragraph,
	// with no quote before it there.
	for k := range spans {
		if found[k].r.name != "" || (k > 0 && spans[k-1].para == spans[k].para) {
			continue
		}
		si := d.sentenceAt(spans[k].open)
		if si <= 0 || strings.TrimSpace(d.s[d.sents[si].Start:spans[k].open]) != "" || !d.sameParagraph(d.sents[si-1].Start, spans[k].open) {
			continue
		}
		if r, ok := d.subjectOfSentence(si - 1); ok {
			found[k] = attrFound{r: r, cue: r.cue}
		} else if r, cue, ok := d.pronounSpeakerIn(si - 1); ok {
			// "…, he said. “The highlight …”"
			found[k] = attrFound{r: r, cue: cue}
		}
	}
}

// pronounSpeakerIn resolves a "he said" clause of sentence si.
func (d *doc) pronounSpeakerIn(si int) (resolved, string, bool) {
	sent := d.sents[si]
	for _, c := range d.cueToks {
		t := d.toks[c]
		if t.start < sent.Start || t.start >= sent.End || c == 0 || d.inQuote(t.start) {
			continue
		}
		if g := pronoun(d.toks[c-1].lower, d.lang); g != 0 {
			if r, ok := d.resolvePronoun(g, d.toks[c-1].start); ok {
				return r, t.lower, true
			}
		}
	}
	return resolved{}, "", false
}

// subjectOfSentence returns the speaker of the last reporting clause of
// sentence si.
func (d *doc) subjectOfSentence(si int) (resolved, bool) {
	for k := len(d.subjects) - 1; k >= 0; k-- {
		r := d.subjects[k]
		if s2 := d.sentenceAt(r.pos); s2 == si {
			return r, true
		} else if s2 < si {
			break
		}
	}
	return resolved{}, false
}

// lastSubjectBefore returns the speaker of the last reporting clause of
// paragraph p-1 when it is in that paragraph's last sentence.
func (d *doc) lastSubjectBefore(p int) (resolved, string, bool) {
	if p == 0 {
		return resolved{}, "", false
	}
	prev := d.paras[p-1]
	si := d.sentenceAt(prev.End - 1)
	for k := len(d.subjects) - 1; k >= 0; k-- {
		r := d.subjects[k]
		if r.pos >= prev.End {
			continue
		}
		if r.pos < prev.Start || d.sentenceAt(r.pos) != si {
			break
		}
		return r, r.cue, true
	}
	return resolved{}, "", false
}
