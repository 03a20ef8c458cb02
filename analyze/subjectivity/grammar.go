package subjectivity

import "strings"

// English cues that need more than one word: who holds an opinion, and
// what kind of question a sentence asks.

var whWords = map[string]bool{
	"why": true, "what": true, "how": true, "who": true, "which": true, "where": true, "when": true,
}

// whHeading reports whether s is a short wh-question ("Why are teachers
// unhappy?", "How are councils coping?"): in news copy that is a section
// heading or the question the piece goes on to answer, not a rhetorical
// one. words is the count of unmasked words.
func whHeading(s string, toks []token, words int) bool {
	if words > 8 || !strings.HasSuffix(strings.TrimSpace(s), "?") {
		return false
	}
	for _, t := range toks {
		if !t.masked {
			return whWords[t.norm]
		}
	}
	return false
}

// opinionVerbs are the finite cognition verbs of the epistemic class.
var opinionVerbs = map[string]bool{
	"think": true, "thinks": true, "thought": true, "believe": true, "believes": true,
	"believed": true, "feel": true, "feels": true, "felt": true, "suspect": true,
	"suspects": true, "suspected": true, "reckon": true, "reckons": true, "hope": true,
	"hopes": true, "hoped": true, "fear": true, "fears": true, "feared": true,
	"doubt": true, "doubts": true, "doubted": true, "wonder": true, "wonders": true,
	"wondered": true, "wish": true, "wishes": true, "wished": true, "guess": true,
	"guesses": true, "guessed": true, "imagine": true, "imagines": true, "imagined": true,
}

// ownSubject lists subjects whose opinion verb voices the writer (or a
// generic "one"), not a third party: "I think", "we believe", "one wonders".
var ownSubject = map[string]bool{
	"i": true, "we": true, "one": true, "you": true, "it": true, "us": true, "me": true,
}

// attributedVerb reports whether toks[i] is an opinion verb whose subject,
// the word before it (adverbs and do-support skipped), is a third party: a
// name, a noun or a third-person pronoun ("critics fear", "she thought").
// Such a verb reports a view; CheckThat-style annotation counts a view
// attributed to someone else as objective reporting.
func attributedVerb(toks []token, i int) bool {
	if !opinionVerbs[toks[i].norm] {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := toks[j]
		if t.masked {
			return false
		}
		switch t.norm {
		case "also", "still", "really", "genuinely", "firmly", "clearly", "do", "does", "did",
			"don't", "doesn't", "didn't", "not", "never", "always", "long", "widely", "privately":
			continue
		case "to", "and", "that", "who", "which", "would", "could", "might", "may", "must", "should", "can", "will":
			return false
		}
		return !ownSubject[t.norm] && !firstSingular[t.norm]
	}
	return false
}
