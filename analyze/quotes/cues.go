package quotes

import "strings"

// cueVerbs are reporting verbs (lower case, inflected forms listed) of the
// supported languages. Verbs marked partial ("called", "described") only
// introduce a quote right after them ("He called it “a farce”").
var cueVerbs = words(
	// English
	"said says say told tells added adds asked asks warned warns wrote writes argued argues " +
		"explained explains stated states insisted insists noted notes continued replied replies " +
		"responded declared claimed claims recalled recalls remarked observed acknowledged " +
		"admitted admits announced conceded concedes countered cautioned complained concluded " +
		"confirmed contended emphasised emphasized stressed urged predicted posted tweeted joked " +
		"quipped shouted whispered testified vowed boasted pleaded reiterated lamented mused " +
		"wondered insisted alleged alleges suggested charged assured promised threatened " +
		"explain write tell ask warn add recounted " +
		"interjected retorted snapped exclaimed proclaimed posited scoffed yelled screamed " +
		"offered chimed texted emailed messaged observes argue contend contends pledged indicated estimated opined " +
		"saying adding telling writing noting warning arguing insisting explaining asking " +
		// German
		"sagte sagt sagten erklärte erklärt betonte betont meinte meint schrieb schreibt " +
		"warnte warnt fragte fragt antwortete kritisierte ergänzte " +
		// French
		"dit déclaré affirmé expliqué ajouté estimé souligné indiqué précisé confié assuré " +
		"lancé répondu déclare affirme explique ajoute estime souligne indique précise " +
		// Spanish
		"dijo afirmó explicó señaló añadió aseguró declaró indicó sostuvo advirtió " +
		"dice afirma explica señala añade asegura respondió contestó replicó agregó comentó " +
		"insistió subrayó recalcó " +
		// Italian
		"detto dichiarato spiegato aggiunto affermato sottolineato dice afferma spiega " +
		"aggiunge sottolinea ribadito osservato risposto replicato commentato precisato " +
		"annunciato ricordato " +
		// more German and French
		"forderte fordert teilte räumte bekräftigte kommentierte poursuivi insisté reconnu " +
		"annoncé rappelé martelé")

// backCues are cues only with the word after them: "shot back", "went on".
var backCues = words("shot fired hit pushed barked snapped went")

// partialCues introduce a quoted phrase as their object.
var partialCues = words("called calls describes described dubbed branded labelled labeled termed " +
	"denounced criticised criticized demanded demands calling describing dubbing branding " +
	"labelling labeling")

// colonCues report a quotation only right before a colon.
var colonCues = words("read reads stated says")

// accordingTo are the "according to X" cues: the first word, and the
// second when the cue has two.
var accordingTo = map[string]string{"according": "to", "selon": "", "según": "", "secondo": "", "laut": "", "so": ""}

// auxiliaries and adverbs that may stand between a speaker and the cue
// ("Ma reportedly told", "has long said", "ha detto").
var auxAdverbs = words("has have had also later recently reportedly previously once then further " +
	"again repeatedly publicly privately long earlier would will may might had already " +
	"quickly simply just still firmly flatly bluntly angrily calmly ha hanno a ont habe hat hatte " +
	"ha è sono ont a-t-il ha avait")

// auxVerbs end a subject phrase ("British politicians have").
var auxVerbs = words("is are was were be been has have had will would can could may might must " +
	"should shall do does did")

// prepositions end the head of a speaker phrase ("a spokesperson for X").
var prepositions = words("for of at from in with on to by about like as after before during " +
	"since who which whose that when while")

// subordinators and fillers stripped from the front of a speaker phrase.
var npLeadStrip = words("although though while but and as when because so then however yet with " +
	"since after before instead meanwhile also later earlier now in what which where whom")

// isCue returns the cue verb at toks[k] (lower case) or "".
func isCue(toks []token, k int) string {
	t := toks[k]
	if !t.word || t.cap {
		return ""
	}
	lw := t.lower
	if cueVerbs[lw] {
		return lw
	}
	if len(lw) < 3 {
		return ""
	}
	if i := strings.Index(lw, "-t-"); i > 0 && cueVerbs[lw[:i]] { // déclare-t-il
		return lw[:i]
	}
	// "Haley shot back", "she went on", "he fired back at"
	if backCues[lw] && k+1 < len(toks) && (toks[k+1].lower == "back" || lw == "went" && toks[k+1].lower == "on") {
		return lw + " " + toks[k+1].lower
	}
	return ""
}

// isAccording reports an "according to"-style cue at toks[k] and returns
// the index of the first token after it.
func isAccording(toks []token, k int) (int, bool) {
	if !toks[k].word {
		return 0, false
	}
	lw := toks[k].lower
	second, ok := accordingTo[lw]
	if !ok {
		return 0, false
	}
	if lw == "so" && (k == 0 || toks[k-1].text != ",") { // German ", so Müller"
		return 0, false
	}
	if second == "" {
		return k + 1, true
	}
	if k+1 < len(toks) && strings.EqualFold(toks[k+1].text, second) {
		return k + 2, true
	}
	return 0, false
}

// invertedPronoun returns the pronoun of a French inverted cue
// ("a-t-il", "déclare-t-elle"), or "".
func invertedPronoun(w string) string {
	lw := strings.ToLower(w)
	for _, p := range []string{"-t-il", "-t-elle", "-t-ils", "-il", "-elle"} {
		if strings.HasSuffix(lw, p) {
			return strings.TrimPrefix(p[strings.LastIndex(p, "-"):], "-")
		}
	}
	return ""
}
