package text

import "strings"

// Abbreviation classes decide what a period after a known short word means.
const (
	// abbrTitle always precedes a name or noun ("Mr.", "Dr.", "Gen."): a
	// period after it never ends a sentence.
	abbrTitle = iota + 1
	// abbrNumber precedes a number ("No. 5", "p. 12"); before anything
	// else it behaves like abbrFinal.
	abbrNumber
	// abbrMonth precedes a day or year ("Jan. 5"); before a word it
	// behaves like abbrFinal.
	abbrMonth
	// abbrFinal may end a sentence ("Apple Inc.", "etc."): the period ends
	// the sentence only when a typical sentence opener follows.
	abbrFinal
)

// abbrevs maps lower-case abbreviations (without the final period) to their
// class, per language. The "" entry applies to every language: names and
// titles from English wires appear in all of them.
var abbrevs = map[string]map[string]int{
	"": classes(map[int]string{
		abbrTitle: "mr mrs ms messrs mme mlle dr drs prof gen lt col maj capt cmdr cpl sgt adm brig " +
			"sen sens rep reps gov pres supt insp det atty rev hon fr sra srta dra",
		abbrNumber: "no nos nr art p pp vol vols fig figs ch sec tel",
		abbrMonth:  "jan feb mar apr jun jul aug sep sept oct nov dec",
		abbrFinal: "inc ltd co corp plc llc bros cie etc vs approx ca cf al dept govt univ assn " +
			"ave blvd rd hwy st mt ft rt jr sr natl",
	}),
	"de": classes(map[int]string{
		abbrTitle:  "hr hrn fr frl dipl ing mag",
		abbrNumber: "nr abs s bd jh",
		abbrFinal:  "bzw usw vgl evtl ggf inkl zzgl bspw sog ca mio mrd str gmbh ag tsd",
	}),
	"fr": classes(map[int]string{
		abbrTitle: "mm mgr",
		abbrFinal: "cf env av apr boul",
	}),
	"es": classes(map[int]string{
		abbrTitle: "sres sras ud uds lic ing",
		abbrFinal: "aprox avda pág etc",
	}),
	"it": classes(map[int]string{
		abbrTitle: "sig sigg dott dottssa ing avv on geom rag arch",
		abbrFinal: "ecc pag cfr",
	}),
}

func classes(m map[int]string) map[string]int {
	out := make(map[string]int)
	for c, words := range m {
		for _, w := range strings.Fields(words) {
			out[w] = c
		}
	}
	return out
}

// abbrevClass returns the class of the lower-case word w in lang, or 0.
func abbrevClass(w, lang string) int {
	if c := abbrevs[lang][w]; c != 0 {
		return c
	}
	return abbrevs[""][w]
}

// starters are capitalised words that typically open a sentence (articles,
// pronouns, conjunctions, prepositions, adverbs) in the supported
// languages. After an ambiguous period ("Inc.", "U.S.", an initial), one of
// them signals that a new sentence began; a name or noun signals it did not.
var starters = setOf(
	// English
	"The A An He She It They We I You His Her Its Their Our My Your But And Or So Yet " +
		"In On At For From With By As If When While After Before During This That These " +
		"Those There Here Then However Meanwhile Still Also Some Many Most Much Few What Why " +
		"How Who Whom Whose Which Where Such Both Neither Either No Not Nor Each Every All " +
		"Since Although Though Despite Because Under Over Among Instead Yet Now Later " +
		"Earlier Today Yesterday Tomorrow Last Next One Two Three Another Other Others " +
		"Officials Police Critics Experts Analysts According " +
		// German
		"Der Die Das Den Dem Des Ein Eine Einer Er Es Wir Ich Ihr Sein Seine Aber Und Oder " +
		"Im Am Auf Bei Mit Nach Vor Wie Was Wer Wenn Als Dies Diese Dieser Doch Denn Auch " +
		"Dann Noch Nun Zudem Laut " +
		// French
		"Le La Les Il Elle Ils Elles Nous Vous Je Mais Et Ou Un Une Des Ce Cette Ces Dans " +
		"En Au Aux Pour Par Sur Selon Son Sa Ses Leur Leurs Cependant Puis Alors " +
		// Spanish
		"El Los Las Él Ella Ellos Ellas Pero Y Una Unos Unas Este Esta Estos Estas Según " +
		"Su Sus Sin Con Para Por Además También " +
		// Italian
		"Lo Gli Lui Lei Loro Ma E Questo Questa Questi Nel Nella Secondo Anche Però")

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// months are full month names (lower case) in the supported languages, used
// for German ordinals ("am 3. Oktober").
var months = setOf("january february march april may june july august september october " +
	"november december januar februar märz mai juni juli oktober dezember " +
	"janvier février mars avril juin juillet août septembre octobre novembre décembre " +
	"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre " +
	"gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre")
