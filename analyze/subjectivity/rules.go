package subjectivity

import (
	"math"
	"sort"
	"strings"

	"github.com/truthlens/truthlens/analyze/lexicon"
	"github.com/truthlens/truthlens/text"
)

// feature is one kind of evidence counted in a sentence.
type feature int

const (
	fOpinion    feature = iota // evaluative word or phrase
	fLoaded                    // loaded word, name-calling, profanity
	fStrongSent                // word of strong prior sentiment (|valence| >= 0.5)
	fWeakSent                  // word of mild prior sentiment
	fIntens                    // intensifier
	fDown                      // downtoner
	fHedge                     // hedge
	fCert                      // certainty marker
	fEpist                     // opinion verb, speculation, prediction
	fOblig                     // call to action
	fAbsol                     // absolutist word
	fSuperl                    // superlative
	fFirst                     // first person
	fSecond                    // second person
	fExclam                    // exclamation mark outside quotations
	fQuestion                  // question mark outside quotations
	fScare                     // scare quotes: 1-3 quoted words
	fNeg                       // negation
	fReport                    // attribution or data word ("said", "percent")
	fNumber                    // a figure
	fName                      // a capitalised word inside the sentence (names)
	fTemporal                  // a time anchor ("last week")
	fArgument                  // an argumentative connective ("because", "instead")
	fModal                     // a possibility modal ("could")
	fAdj                       // a descriptive (not relational) adjective
	fAdv                       // a manner/degree adverb in -ly
	fPresent                   // present-tense copula: a general claim ("is", "are")
	fPast                      // past-tense narration ("was", "had", "did")
	fGeneric                   // generic plural reference ("they", "those")
	fContrast                  // contrast ("but", "however", "although")
	fFirstSing                 // first person singular ("I", "my"): in news mostly a quoted speaker
	fOpenConj                  // the sentence opens with "But", "And", "So", "Yet": argued, spoken register
	fWhHead                    // a short wh-question: a section heading or the question the piece answers
	fAttrib                    // an opinion verb with a third-person subject: a view reported, not held
	nFeatures
)

var featureNames = [nFeatures]string{
	"opinion", "loaded", "strong_sentiment", "weak_sentiment", "intensifier",
	"downtoner", "hedge", "certainty", "epistemic", "obligation", "absolutist",
	"superlative", "first_person", "second_person", "exclamation", "question",
	"scare_quote", "negation", "reporting", "number", "name", "temporal",
	"argument", "modal", "adjective", "adverb",
	"present", "past", "generic", "contrast", "first_singular", "open_conjunction",
	"wh_heading", "attributed",
}

// features is what extract found in one sentence.
type features struct {
	n        [nFeatures]float64
	maxSent  float64 // largest |valence| of an unmasked word
	words    int     // unmasked words
	cues     []Cue
	implicit []text.Range // long quotations found in the sentence
	lang     string
}

// extract tokenises s and counts its cues, skipping masked words.
func extract(s, lang string, mask []text.Range, buf []token) *features {
	f := &features{}
	lang = lexicon.Lang(lang)
	if !hasRules(lang) {
		// No word lists for this language (or none given): English rules.
		// A short English line that language identification got wrong
		// still gets English cues; text in another language mostly finds
		// no cue and stays objective.
		lang = "en"
	}
	toks := tokenize(s, buf)
	lang = confirmLang(lang, toks)
	f.lang = lang
	tb := lexicon.For(lang)
	f.quotes(s, toks, mask)
	for i := range toks {
		toks[i].masked = inRanges(toks[i].start, mask) || inRanges(toks[i].start, f.implicit)
	}
	f.punctuation(s, mask)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.masked {
			continue
		}
		f.words++
		e := tb.Get(t.norm)
		// Multi-word terms first: "of course", "nothing more than".
		if e.StartsPhrase {
			if c, n := tb.Phrase(window(toks, i, 5)); n > 0 {
				f.addClass(c, text.Range{Start: t.start, End: toks[i+n-1].end}, false)
				f.words += n - 1
				i += n - 1
				continue
			}
		}
		if isDigits(t.norm) {
			f.n[fNumber]++
			continue
		}
		if t.capital && i > 0 && lang != "de" && t.norm != "i" && !sentenceStartBefore(s, t.start) {
			// A capitalised word inside the sentence is a name or a title
			// ("Fool Me Once", "US"): not the writer's wording.
			f.n[fName]++
			continue
		}
		if lang == "en" {
			if g, ok := grammarEN[t.norm]; ok {
				f.n[g]++
			}
			if f.words == 1 && openingConj[t.norm] {
				f.n[fOpenConj]++
			}
		}
		c := e.Class
		if c&lexicon.Intensifier != 0 && weakIntensifier[t.norm] && !evaluativeNext(tb, toks, i) {
			c &^= lexicon.Intensifier
		}
		r := text.Range{Start: t.start, End: t.end}
		if lang != "en" && c == 0 && adjectiveShape(lang, t.norm) && !t.capital {
			f.n[fAdj]++
		}
		if lang == "en" {
			if e.HasValence && c&(lexicon.Reporting|lexicon.Event) == 0 {
				a := math.Abs(float64(e.Valence))
				f.maxSent = max(f.maxSent, a)
				switch {
				case a >= 0.5:
					f.n[fStrongSent]++
					if c&(lexicon.Loaded|lexicon.NameCalling|lexicon.Opinion) == 0 {
						f.cue(r, KindOpinion)
					}
				case a >= 0.25:
					f.n[fWeakSent]++
				}
			}
			if c&(lexicon.Temporal|lexicon.Reporting|lexicon.Event) == 0 {
				if e.Adjective && !relational(t.norm) {
					f.n[fAdj]++
				} else if e.Adverb && strings.HasSuffix(t.norm, "ly") {
					f.n[fAdv]++
				}
			}
			if c == 0 && isSuperlative(t.norm) {
				f.n[fSuperl]++
				f.cue(r, KindSuperlative)
			}
		}
		if lang == "en" && c&lexicon.Epistemic != 0 && attributedVerb(toks, i) {
			// "Socialists believe that ...": someone else's view, reported.
			c &^= lexicon.Epistemic
			f.n[fAttrib]++
		}
		f.addClass(c, r, firstSingular[t.norm])
	}
	if lang == "en" && f.n[fQuestion] > 0 && whHeading(s, toks, f.words) {
		f.n[fWhHead]++
	}
	sort.SliceStable(f.cues, func(a, b int) bool { return f.cues[a].Start < f.cues[b].Start })
	return f
}

// classFeatures maps each lexicon class to the feature it counts and the
// cue kind it records ("" for none), the most telling kind first: a word in
// several classes gets the cue of the first.
var classFeatures = [...]struct {
	class lexicon.Class
	feat  feature
	kind  string
}{
	{lexicon.Loaded | lexicon.Profane, fLoaded, KindLoaded},
	{lexicon.NameCalling, fLoaded, KindNameCalling},
	{lexicon.Opinion, fOpinion, KindOpinion},
	{lexicon.Certainty, fCert, KindCertainty},
	{lexicon.Obligation, fOblig, KindObligation},
	{lexicon.Epistemic, fEpist, KindEpistemic},
	{lexicon.Hedge, fHedge, KindHedge},
	{lexicon.Intensifier, fIntens, KindIntensifier},
	{lexicon.Downtoner, fDown, ""},
	{lexicon.Absolutist, fAbsol, KindAbsolutist},
	{lexicon.FirstPerson, fFirst, KindFirstPerson},
	{lexicon.SecondPerson, fSecond, KindSecondPerson},
	{lexicon.Negation, fNeg, ""},
	{lexicon.Reporting, fReport, ""},
	{lexicon.Temporal, fTemporal, ""},
	{lexicon.Argument, fArgument, KindArgument},
	{lexicon.Modal, fModal, ""},
}

// addClass counts the classes of one word or phrase and records its cue.
// A first-person singular word counts apart and gives no cue.
func (f *features) addClass(c lexicon.Class, r text.Range, singular bool) {
	if c == 0 {
		return
	}
	kind := ""
	for _, cf := range classFeatures {
		if !c.Any(cf.class) {
			continue
		}
		if cf.class == lexicon.FirstPerson && singular {
			f.n[fFirstSing]++
			continue
		}
		f.n[cf.feat]++
		if kind == "" {
			kind = cf.kind
		}
	}
	if kind != "" {
		f.cue(r, kind)
	}
}

func (f *features) cue(r text.Range, kind string) {
	f.cues = append(f.cues, Cue{Range: r, Kind: kind})
}

// quotes finds the quotations of s: long ones (4+ words, or running over
// the sentence edge) are a speaker's words and join the implicit mask;
// short ones outside the caller's mask are scare quotes.
func (f *features) quotes(s string, toks []token, mask []text.Range) {
	for _, q := range findQuotes(s) {
		n := 0
		for _, t := range toks {
			if t.start >= q.Start && t.end <= q.End {
				n++
			}
		}
		switch {
		case n == 0 || inRanges(q.Start, mask):
		case n >= 4 || !q.open || !q.closed:
			f.implicit = append(f.implicit, q.Range)
		default:
			// The quoted words themselves are someone else's; the choice to
			// hold them at a distance is the writer's.
			f.n[fScare]++
			f.cue(q.Range, KindScareQuote)
			f.implicit = append(f.implicit, q.Range)
		}
	}
}

// punctuation counts exclamation and question marks outside quotations.
func (f *features) punctuation(s string, mask []text.Range) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '!' && c != '?' {
			continue
		}
		if inRanges(i, mask) || inRanges(i, f.implicit) {
			continue
		}
		if c == '!' {
			f.n[fExclam]++
			f.cue(text.Range{Start: i, End: i + 1}, KindExclamation)
		} else {
			f.n[fQuestion]++
			f.cue(text.Range{Start: i, End: i + 1}, KindQuestion)
		}
	}
}

// window returns up to n normalised words from toks[i:].
func window(toks []token, i, n int) []string {
	var w [5]string
	k := 0
	for ; k < n && i+k < len(toks) && !toks[i+k].masked; k++ {
		w[k] = toks[i+k].norm
	}
	return w[:k]
}

// sentenceStartBefore reports whether only punctuation and space separate
// offset p from a sentence start (colon, opening quote or bracket).
func sentenceStartBefore(s string, p int) bool {
	j := strings.LastIndexFunc(s[:p], func(r rune) bool {
		return !strings.ContainsRune(" \t\"“‘([", r)
	})
	return j < 0 || strings.ContainsRune(":.!?—–", rune(s[j]))
}
