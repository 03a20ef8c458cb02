package subjectivity

import "math"

// weights are hand-set log-odds contributions of one occurrence of each
// feature, capped at caps occurrences. They were set by linguistic
// judgement (evaluative and loaded words and direct address weigh most;
// attribution and figures pull towards neutral reporting); only bias (the
// threshold) was chosen by measuring on the CheckThat! dev splits.
var weights = [nFeatures]float64{
	fOpinion:    1.0,
	fLoaded:     1.2,
	fStrongSent: 0.6,
	fWeakSent:   0.3,
	fIntens:     0.5,
	fDown:       0.2,
	fHedge:      0.4,
	fCert:       0.7,
	fEpist:      0.6,
	fOblig:      0.8,
	fAbsol:      0.3,
	fSuperl:     0.4,
	fFirst:      0.3,
	fSecond:     0.8,
	fExclam:     1.5,
	fQuestion:   1.0,
	fScare:      0.5,
	fNeg:        0.3,
	fReport:     -1.2,
	fNumber:     -0.4,
	fName:       -0.15,
	fTemporal:   -0.4,
	fArgument:   0.5,
	fModal:      0.2,
	fSentMass:   0,
	fAdj:        0.3,
	fAdv:        0.3,
	fPresent:    0.4,
	fPast:       -0.3,
	fGeneric:    0.4,
	fContrast:   0.3,
	fFirstSing:  0,
}

var caps = [nFeatures]float64{
	fOpinion: 3, fLoaded: 3, fStrongSent: 3, fWeakSent: 3, fIntens: 2, fDown: 1,
	fHedge: 2, fCert: 2, fEpist: 2, fOblig: 2, fAbsol: 2, fSuperl: 2, fFirst: 2,
	fSecond: 2, fExclam: 1, fQuestion: 1, fScare: 2, fNeg: 2, fReport: 2,
	fNumber: 2, fName: 4, fTemporal: 2, fArgument: 2, fModal: 2, fSentMass: 2.5, fAdj: 3, fAdv: 2,
	fPresent: 1, fPast: 1, fGeneric: 1, fContrast: 1, fFirstSing: 1,
}

// bias is the score of a sentence with no cue at all.
var bias = -1.2

// strongLoaded is the |valence| above which a sentiment word makes an
// already subjective sentence loaded.
const strongLoaded = 0.6

func (f *features) score() float64 {
	z := bias
	for i, w := range weights {
		z += w * math.Min(f.n[i], caps[i])
	}
	return z
}

func (f *features) result() Result {
	z := f.score()
	p := 1 / (1 + math.Exp(-z))
	r := Result{Subjectivity: p, Subjective: p >= Threshold, Spans: f.cues}
	r.Loaded = f.n[fLoaded] > 0 || (r.Subjective && f.maxSent >= strongLoaded)
	return r
}
