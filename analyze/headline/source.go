package headline

import (
	"strings"
	"unicode"
)

// leadBytes is how much of the article ContextFromText reads: the lead,
// where a news article names the source of its main claim.
const leadBytes = 1200

// sourceNouns are the things a claim can come from ("a report by X").
var sourceNouns = map[string]string{
	"report": "a report", "reports": "reports", "investigation": "an investigation",
	"documents": "documents", "document": "a document", "records": "records",
	"analysis": "an analysis", "study": "a study", "files": "files",
	"emails": "emails", "filings": "filings", "transcripts": "transcripts",
	"leaks": "leaks", "data": "data", "survey": "a survey", "audit": "an audit",
	"lawsuit": "a lawsuit", "complaint": "a complaint", "indictment": "an indictment",
}

// groupSources are lower-case sources named without a name ("according
// to police").
var groupSources = map[string]bool{
	"police": true, "prosecutors": true, "officials": true, "investigators": true,
	"authorities": true, "regulators": true, "auditors": true,
}

// byVerbs link a source noun to who holds it ("documents seen by X").
var byVerbs = map[string]bool{
	"seen": true, "reviewed": true, "obtained": true, "released": true,
	"published": true, "by": true, "from": true, "viewed": true, "shared": true,
	"filed": true, "conducted": true, "commissioned": true, "compiled": true,
}

// orgJoiners may join the capitalised words of a name ("Consortium of
// Investigative Journalists").
var orgJoiners = map[string]bool{"of": true, "for": true, "and": true, "on": true, "the": true, "de": true}

// ContextFromText reads the lead of an English article body and returns
// who it says the facts come from: "according to a report by X",
// "documents seen by X", "an investigation by X (ACRONYM)". Allegation is
// set when a source is named or the lead says "allegedly", "accused" and
// the like. It is a small pattern matcher, not a parser: it returns the
// zero Context when it finds nothing.
func ContextFromText(text string) Context {
	if len(text) > leadBytes {
		cut := leadBytes
		for cut < len(text) && cut < leadBytes+64 && text[cut] != ' ' {
			cut++
		}
		text = text[:cut]
	}
	toks := tokenize(text)
	var ctx Context
	for i := 0; i < len(toks) && ctx.Source == ""; i++ {
		switch {
		case toks[i].Lower == "according" && i+1 < len(toks) && toks[i+1].Lower == "to":
			ctx.Source = sourceAt(text, toks, i+2)
		case sourceNouns[toks[i].Lower] != "" && i+2 < len(toks) && byVerbs[toks[i+1].Lower]:
			ctx.Source = sourceAt(text, toks, i)
		}
	}
	if ctx.Source != "" {
		ctx.Allegation = true
	}
	for _, t := range toks {
		switch {
		case strings.HasPrefix(t.Lower, "alleg"), strings.HasPrefix(t.Lower, "accus"),
			t.Lower == "reportedly", t.Lower == "purportedly", t.Lower == "implicated":
			ctx.Allegation = true
		}
	}
	return ctx
}

// sourceAt reads a source phrase starting at toks[i]: optional article and
// adjectives, an optional source noun with its "by"-verb, and a name.
func sourceAt(text string, toks []token, i int) string {
	noun, verb := "", ""
	first := i
	if i < len(toks) && groupSources[toks[i].Lower] {
		return toks[i].Text // "according to police"
	}
	for k := 0; i < len(toks) && k < 5; k++ {
		w := toks[i].Lower
		if k > 0 && strings.ContainsAny(text[toks[i-1].End:toks[i].Start], ",.;:()\"“”\n") {
			return ""
		}
		if n, ok := sourceNouns[w]; ok {
			noun = n
			nounEnd := toks[i].End
			i++
			for i < len(toks) && byVerbs[toks[i].Lower] && toks[i].Lower != "by" && toks[i].Lower != "from" {
				verb = toks[i].Lower
				i++
			}
			if i < len(toks) && (toks[i].Lower == "by" || toks[i].Lower == "from") {
				i++
			} else if verb == "" {
				// "according to court records": the phrase is the source
				return strings.TrimPrefix(strings.TrimPrefix(text[toks[first].Start:nounEnd], "the "), "a ")
			}
			break
		}
		if isCapitalized(toks[i].Text) && w != "the" && w != "a" && w != "an" {
			break
		}
		if w == "the" && i+1 < len(toks) && isCapitalized(toks[i+1].Text) && sourceNouns[toks[i+1].Lower] == "" {
			break
		}
		i++
	}
	// The scan may stop on a token past a sentence or quotation boundary
	// ("according to minutes published by the council.\n\n\"We ..."):
	// a name there is not the source.
	if i > first && i < len(toks) && strings.ContainsAny(text[toks[i-1].End:toks[i].Start], ",.;:()\"“”\n") {
		return ""
	}
	name := nameAt(text, toks, i)
	if name == "" {
		return ""
	}
	switch {
	case noun == "":
		return name
	case verb != "" && (strings.HasSuffix(noun, "s") || noun == "data"):
		return noun + " " + verb + " by " + name
	default:
		return noun + " by " + name
	}
}

// nameAt reads a capitalised name at toks[i] ("the Guardian", "the
// International Consortium of Investigative Journalists"). A following
// "(ACRONYM)" is preferred to the long name.
func nameAt(text string, toks []token, i int) string {
	if i >= len(toks) {
		return ""
	}
	the := ""
	if toks[i].Lower == "the" {
		the = toks[i].Text + " "
		i++
	}
	start, end := -1, -1
	for j := i; j < len(toks); j++ {
		t := toks[j]
		if j > i && strings.ContainsAny(text[toks[j-1].End:t.Start], ",.;:()\"“”\n") {
			break
		}
		if isCapitalized(t.Text) || (isAllCaps(t.Text) && len(t.Text) > 1) {
			if start < 0 {
				start = t.Start
			}
			end = t.End
			continue
		}
		if start >= 0 && orgJoiners[t.Lower] && j+1 < len(toks) && isCapitalized(toks[j+1].Text) {
			continue
		}
		break
	}
	if start < 0 {
		return ""
	}
	if acr := acronymAfter(text[end:]); acr != "" {
		return acr
	}
	return the + text[start:end]
}

// acronymAfter returns X when s starts with " (X)" and X is an acronym.
func acronymAfter(s string) string {
	s = strings.TrimLeft(s, " ")
	if !strings.HasPrefix(s, "(") {
		return ""
	}
	j := strings.IndexByte(s, ')')
	if j < 3 || j > 12 {
		return ""
	}
	a := s[1:j]
	for _, r := range a {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '&' {
			return ""
		}
	}
	return a
}
