package subjectivity

import "math"

// weights are hand-set log-odds contributions of one occurrence of each
// feature, capped at caps occurrences: round values set by linguistic
// judgement (evaluative and loaded words, calls to action and direct
// address weigh most; attribution, figures, dates and past-tense narration
// pull towards neutral reporting). No weight was fitted to data: the
// CheckThat! splits (CC BY-NC-SA) served only to check that each cue points
// the expected way, to compare a few round values, and to set bias.
var weights = [nFeatures]float64{
	fOpinion:    1.0,
	fLoaded:     1.2,
	fStrongSent: 0.6,
	fWeakSent:   0.3,
	fIntens:     0.5,
	fDown:       0.2,
	fHedge:      0.4,
	fCert:       0.7,
	fEpist:      0.8,
	fOblig:      1.0,
	fAbsol:      0.3,
	fSuperl:     0.4,
	fFirst:      0.3,
	fSecond:     0.8,
	fExclam:     1.5,
	fQuestion:   1.0,
	fScare:      0.5,
	fNeg:        0.5,
	fReport:     -1.2,
	fNumber:     -0.4,
	fName:       -0.15,
	fTemporal:   -0.4,
	fArgument:   0.5,
	fModal:      0.2,
	fAdj:        0.3,
	fAdv:        0.3,
	fPresent:    0.4,
	fPast:       -0.3,
	fGeneric:    0.4,
	fContrast:   0.3,
	fFirstSing:  0,
	fOpenConj:   0.3,
	fWhHead:     -1.0,
	fAttrib:     0,
}

var caps = [nFeatures]float64{
	fOpinion: 3, fLoaded: 3, fStrongSent: 3, fWeakSent: 3, fIntens: 2, fDown: 1,
	fHedge: 2, fCert: 2, fEpist: 2, fOblig: 2, fAbsol: 2, fSuperl: 2, fFirst: 2,
	fSecond: 2, fExclam: 1, fQuestion: 1, fScare: 2, fNeg: 2, fReport: 2,
	fNumber: 2, fName: 4, fTemporal: 2, fArgument: 2, fModal: 2, fAdj: 3, fAdv: 2,
	fPresent: 1, fPast: 1, fGeneric: 1, fContrast: 1, fFirstSing: 1, fOpenConj: 1,
	fWhHead: 1, fAttrib: 1,
}

// bias is the score of a sentence with no cue at all, by language: minus
// the threshold the cue sum must reach. English has the most cues
// (sentiment lexicons, grammar cues), so its bias is the lowest; the other
// languages have shorter hand lists. Each value is the one that maximises
// macro-F1 on the CheckThat! train and dev splits pooled, checked on
// dev_test; it sits midway between two sums of the round weights, so that
// no sentence lies on the threshold itself.
var bias = map[string]float64{"en": -1.525, "de": -0.625, "it": -0.475, "*": -0.475}

func biasFor(lang string) float64 {
	if b, ok := bias[lang]; ok {
		return b
	}
	return bias["*"]
}

// strongLoaded is the |valence| above which a sentiment word makes an
// already subjective sentence loaded.
const strongLoaded = 0.6

func (f *features) score() float64 {
	z := biasFor(f.lang)
	for i, w := range weights {
		z += w * math.Min(f.n[i], caps[i])
	}
	return z
}

func (f *features) result() Result {
	z := f.score()
	p := 1 / (1 + math.Exp(-z))
	r := Result{Subjectivity: p, Subjective: p >= Threshold, Spans: f.cues}
	r.Loaded = f.loaded(r.Subjective)
	return r
}

// loaded decides whether the sentence uses loaded wording: a word from the
// loaded, name-calling or profanity lists anywhere outside quotations; or,
// in a sentence that is already subjective, evaluative wording that takes
// a side: a strongly valenced word, an evaluative word, an intensified or
// vouched-for claim, or scare quotes. A subjective sentence whose only cues
// are hedges, modals, questions or grammar is opinion, not loaded language.
func (f *features) loaded(subjective bool) bool {
	if f.n[fLoaded] > 0 {
		return true
	}
	if !subjective {
		return false
	}
	return f.maxSent >= strongLoaded || f.n[fOpinion] > 0 || f.n[fIntens] > 0 ||
		f.n[fCert] > 0 || f.n[fScare] > 0
}
