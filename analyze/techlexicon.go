package analyze

import (
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze/lexicon"
)

// lexiconTechs lists, from the shared lexicon (package lexicon), what the
// technique lists and the classifier's cues (mergeCues) leave out:
//
//   - loaded words and labels inside quotations. The classifier sees
//     sentences with quotations masked, so their cues never reach
//     mergeCues; annotators mark a speaker's loaded words all the same.
//     They are listed with the speaker's note and count in no score.
//   - evaluative words and idioms of the Opinion class ("baseless",
//     "cynical", "a slap in the face"), listed as loaded language but
//     Derived: obj.subjective already weighs them, so the loaded-word
//     check does not count them again.
//
// Words of plain description ("good", "strong", "notable") and discourse
// frames ("the fact that", "to be fair") are left out.
func (st *state) lexiconTechs() {
	lx := st.lx
	toks := st.toks
	norms := make([]string, len(toks))
	for i := range toks {
		norms[i] = toks[i].Norm
	}
	var add []tech
	k := 0 // first list technique that may overlap token i
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Sent < 0 {
			continue
		}
		e := lx.Get(t.Norm)
		c, n := e.Class, 1
		if c == 0 && len(t.Norm) > 6 && strings.HasSuffix(t.Norm, "ly") {
			// "outrageously", "cynically": the adverb of an evaluative adjective.
			if stem := t.Norm[:len(t.Norm)-2]; !mildOpinion[stem] {
				if sc := lx.Get(stem).Class; sc.Any(lexicon.Opinion | lexicon.Loaded) {
					c = lexicon.Opinion
				}
			}
		}
		if e.StartsPhrase {
			end := i + 1
			for end < len(toks) && end-i < 8 && toks[end].Sent == t.Sent {
				end++
			}
			if pc, pn := lx.Phrase(norms[i:end]); pn > 1 {
				c, n = pc, pn
			}
		}
		if c == 0 && !e.HasValence && !sweeping[t.Norm] && !strongIntensifier[t.Norm] {
			continue
		}
		a, b := t.Start, toks[i+n-1].End
		name, derived := "", false
		switch {
		case c.Any(lexicon.Loaded|lexicon.NameCalling|lexicon.Profane) && t.Quote >= 0:
			name = truthlens.TechLoadedLanguage
			if c.Any(lexicon.NameCalling) && !c.Any(lexicon.Loaded) {
				name = truthlens.TechNameCalling
			}
		case c.Any(lexicon.Opinion) && !c.Any(lexicon.Loaded|lexicon.NameCalling|lexicon.Profane|lexicon.Event|lexicon.Reporting):
			if n == 1 && mildOpinion[t.Norm] || n > 1 && opinionFrames[strings.Join(norms[i:i+n], " ")] {
				continue
			}
			name, derived = truthlens.TechLoadedLanguage, true
		case n == 1 && strongIntensifier[t.Norm] && i+1 < len(toks) && toks[i+1].Sent == t.Sent && toks[i+1].Quote == t.Quote:
			// "utterly incompetent", "completely destroyed": the word it boosts too.
			b = toks[i+1].End
			n = 2
			name, derived = truthlens.TechExaggeration, true
		case n == 1 && sweeping[t.Norm]:
			name, derived = truthlens.TechExaggeration, true
		case n == 1 && e.HasValence && -e.Valence >= vaderLoaded && !c.Any(lexicon.Event|lexicon.Reporting|lexicon.Temporal) && !mildOpinion[t.Norm] && !literalNegative[t.Norm] && !negated(lx, toks, i):
			name, derived = truthlens.TechLoadedLanguage, true
		default:
			continue
		}
		if newsCommon[norms[i]] && n == 1 && t.Quote < 0 {
			continue
		}
		for k < len(st.techs) && st.techs[k].End <= a {
			k++
		}
		overlap := false
		for m := k; m < len(st.techs) && st.techs[m].Start < b; m++ {
			if st.techs[m].End > a && !clauseTechniques[st.techs[m].Name] {
				overlap = true
			}
		}
		if !overlap {
			add = append(add, tech{Name: name, Start: a, End: b, Quote: t.Quote, Sent: t.Sent, Derived: derived})
		}
		i += n - 1
	}
	st.addTechs(add)
}

// addTechs merges extra techniques into st.techs, keeping text order.
func (st *state) addTechs(add []tech) {
	if len(add) == 0 {
		return
	}
	st.techs = append(st.techs, add...)
	sortTechs(st.techs)
}

// mildOpinion are Opinion words of plain description or praise that
// annotators do not mark as loaded.
var mildOpinion = setOf("good", "bad", "better", "best", "worse", "fine", "nice", "great",
	"strong", "weak", "poor", "poorly", "notable", "notably", "noteworthy", "remarkable",
	"remarkably", "genuine", "genuinely", "legitimate", "credible", "sensible", "wise", "wisely",
	"decent", "deserve", "deserves", "deserved", "deserving", "curious", "curiously", "odd",
	"oddly", "strange", "strangely", "telling", "tellingly", "striking", "strikingly",
	"dramatic", "dramatically", "important", "impressive", "impressively", "smart", "pretty",
	"wrong", "rightly", "sorry", "fortunately", "unfortunately", "unfortunate", "luckily",
	"thankfully", "sadly", "surprisingly", "unsurprisingly", "predictably", "admittedly",
	"understandably", "arguably", "vital", "crucial", "crucially", "pivotal", "worthwhile",
	"excessive", "inadequate", "mess", "fancy", "bold", "powerful", "compelling", "convincing",
	"perfect", "perfectly", "excellent", "lovely", "pleasant", "beautiful", "fascinating",
	"interesting", "welcome", "regrettable", "unfair", "unfairly", "blunt", "bluntly", "vast", "enormous",
	"massive", "massively")

// opinionFrames are multi-word Opinion entries that frame a statement
// rather than load it.
var opinionFrames = setOf("the fact that", "the problem is", "the point is", "the reality is",
	"the irony is", "to be fair", "to be sure", "no doubt", "no wonder", "needless to say",
	"it is time", "it's time", "what matters", "let's", "let us", "the truth is",
	"step in the right direction", "silver lining")

// vaderLoaded is the negative prior valence (VADER mean rating / 4) from
// which a word is emotive enough to be listed as loaded language. Positive
// words are left to the lists: VADER rates everyday words ("love",
// "great") as highly as the emotive ones.
var vaderLoaded float32 = 0.6

// strongIntensifier are degree adverbs of the Intensifier class strong
// enough to exaggerate what they boost ("very", "so", "really" are not).
var strongIntensifier = setOf("extremely", "incredibly", "utterly", "totally", "completely",
	"enormously", "immensely", "massively", "wildly", "insanely", "ridiculously", "desperately",
	"exceedingly", "overwhelmingly", "thoroughly", "absolutely", "horribly", "hopelessly")

// sweeping are Absolutist words that overstate whatever they say;
// "never", "always", "all", "everyone" and "nobody" are left out: news
// uses them literally ("nobody was hurt").
var sweeping = setOf("whatsoever", "forever")

// negated reports whether one of the three tokens before toks[i] in its
// sentence negates it ("nobody was hurt", "did not fail"): a negated
// emotive word describes what did not happen.
func negated(lx *lexicon.Table, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].Sent == toks[i].Sent; k-- {
		if lx.Get(toks[k].Norm).Class.Any(lexicon.Negation) || toks[k].Norm == "nobody" || toks[k].Norm == "no-one" {
			return true
		}
	}
	return false
}

// literalNegative are words VADER rates strongly negative that news uses
// for what happened, not to judge it ("suffered injuries", "illegal
// parking", "a fatal crash"). Checked on the CheckThat! sentences: these
// fired as often in objective sentences as in subjective ones.
var literalNegative = setOf("hurt", "hurting", "riot", "riots", "suffer", "suffers", "suffered",
	"suffering", "sorrow", "racism", "illegal", "illegally", "fatal", "fatally", "fatalities",
	"destruction", "punishing", "violence", "violent", "violently", "crime", "crimes", "criminal",
	"criminals", "victim", "victims", "abuse", "abused", "abuses", "assault", "assaulted",
	"harassment", "harassed", "poverty", "cancer", "disease", "depression", "grief", "pain",
	"painful", "tragedy", "tragic", "crisis", "emergency", "danger", "dangerous", "threat",
	"threats", "fraud", "theft", "rape", "raped", "torture", "tortured", "murder", "murdered",
	"dead", "death", "deaths", "died", "die", "dies", "killing", "killed", "kill", "war", "wars",
	"enemy", "enemies", "prisoner", "prisoners", "hostage", "hostages", "terrorism", "terrorist",
	"terrorists", "slavery", "suicide", "bomb", "bombing", "fail", "failed", "failure", "lost",
	"loss", "losses", "hunger", "starvation", "famine", "injured", "injury", "injuries", "sick",
	"illness", "prison", "jail", "jailed", "arrest", "arrested", "sad", "sadly", "worried", "worry",
	"fear", "fears", "feared", "afraid", "anger", "angry", "upset", "conflict", "attack", "attacks",
	"attacked", "shooting", "shot", "stabbed", "robbery", "burglary", "felony", "guilty")
