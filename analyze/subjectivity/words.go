package subjectivity

import (
	"strings"

	"github.com/truthlens/truthlens/analyze/lexicon"
)

// Small closed word classes the rules need beyond the lexicon: grammar
// words, and tests on word shape.

// notSuperlative lists words in -est that are not superlatives.
var notSuperlative = map[string]bool{
	"interest": true, "forest": true, "request": true, "protest": true, "honest": true,
	"modest": true, "arrest": true, "suggest": true, "harvest": true, "manifest": true,
	"contest": true, "digest": true, "invest": true, "latest": true, "guest": true,
	"conquest": true, "inquest": true, "midwest": true, "southwest": true, "northwest": true,
	"priest": true, "unrest": true, "dearest": true,
}

// isSuperlative: "best", "worst", "most", "least", and -est adjectives.
func isSuperlative(w string) bool {
	switch w {
	case "best", "worst", "most", "least":
		return true
	}
	return len(w) >= 6 && strings.HasSuffix(w, "est") && !notSuperlative[w] &&
		!strings.HasSuffix(w, "quest") && !strings.HasSuffix(w, "gest")
}

// weakIntensifier lists degree words that are also plain function words
// ("so" as a conjunction, "more" as a quantity): they count as intensifiers
// only before an evaluative word.
var weakIntensifier = map[string]bool{
	"so": true, "too": true, "more": true, "most": true, "much": true, "even": true,
	"ever": true, "less": true, "little": true, "far": true, "quite": true,
}

// evaluativeNext reports whether the word after toks[i] is evaluative: it
// has a prior sentiment, an opinion class, or an adjective/adverb ending.
func evaluativeNext(tb *lexicon.Table, toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].masked {
		return false
	}
	w := toks[i+1].norm
	e := tb.Get(w)
	if e.Class&(lexicon.Opinion|lexicon.Loaded) != 0 {
		return true
	}
	if e.HasValence && e.Class&lexicon.Event == 0 {
		return true
	}
	if tb == lexicon.For("en") {
		for _, suf := range adjSuffixes {
			if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				return true
			}
		}
	}
	return false
}

var adjSuffixes = []string{"ful", "ous", "ive", "ic", "able", "ible", "less", "ly", "ed", "ing", "al", "y"}

// relational reports whether an adjective is most likely relational
// ("federal", "economic", "american"): it classifies, it does not grade.
func relational(w string) bool {
	for _, suf := range [...]string{"al", "ic", "an", "ese", "ary", "ist", "ish", "ern"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// grammarEN maps English function words to the grammatical cue they give:
// the present tense states general claims, the past narrates reported
// events, generic plurals ("they") generalise about groups, and contrast
// words argue.
var grammarEN = map[string]feature{
	"is": fPresent, "are": fPresent, "isn't": fPresent, "aren't": fPresent,
	"it's": fPresent, "that's": fPresent, "there's": fPresent, "what's": fPresent,
	"was": fPast, "were": fPast, "had": fPast, "did": fPast, "wasn't": fPast, "weren't": fPast,
	"they": fGeneric, "them": fGeneric, "their": fGeneric, "those": fGeneric, "these": fGeneric,
	"themselves": fGeneric, "they're": fGeneric,
	"but": fContrast, "however": fContrast, "although": fContrast, "though": fContrast,
	"whereas": fContrast,
}

// firstSingular lists first-person singular forms (en, de, it). In news
// copy "I" is nearly always a quoted speaker, while "we"/"our" is also the
// outlet's editorial voice, so only the plural counts as a subjective cue.
var firstSingular = map[string]bool{
	"i": true, "me": true, "my": true, "mine": true, "myself": true, "i'm": true,
	"i've": true, "i'd": true, "i'll": true,
	"ich": true, "mich": true, "mir": true, "mein": true, "meine": true, "meinen": true,
	"meinem": true, "meiner": true, "meines": true,
	"io": true, "mi": true, "mio": true, "mia": true, "miei": true, "mie": true,
}

// hasRules reports whether lang has its own hand-written word lists.
func hasRules(lang string) bool {
	switch lang {
	case "en", "de", "it":
		return true
	}
	return false
}

// adjectiveShape guesses a German or Italian descriptive adjective from
// its ending (these languages have no part-of-speech list here). German
// nouns are capitalised, so only lower-case words are tested.
func adjectiveShape(lang, w string) bool {
	var sufs []string
	switch lang {
	case "de":
		sufs = deAdjSuffixes
	case "it":
		sufs = itAdjSuffixes
	default:
		return false
	}
	for _, suf := range sufs {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var deAdjSuffixes = []string{
	"ig", "ige", "igen", "iger", "iges", "lich", "liche", "lichen", "licher", "liches",
	"isch", "ische", "ischen", "ischer", "bar", "bare", "baren", "los", "lose", "losen",
	"haft", "hafte", "haften", "voll", "volle", "vollen", "sam", "same", "samen",
}

var itAdjSuffixes = []string{
	"oso", "osa", "osi", "ose", "abile", "abili", "ibile", "ibili", "issimo", "issima",
	"issimi", "issime", "evole", "evoli", "ante", "anti",
}

// openingConj lists conjunctions that, opening a sentence, mark an argued
// or spoken register rather than report ("But that is not the point.").
var openingConj = map[string]bool{"but": true, "and": true, "so": true, "yet": true, "or": true}
