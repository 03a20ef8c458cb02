package subjectivity

// Language identification on one short line is unreliable (the caller may
// label an English sentence "de"). confirmLang keeps the given language
// unless the sentence's function words clearly say it is one of the others
// the rules know.

var functionWords = map[string]string{
	"the": "en", "and": "en", "of": "en", "to": "en", "is": "en", "that": "en",
	"was": "en", "for": "en", "with": "en", "are": "en", "this": "en", "have": "en",
	"has": "en", "by": "en", "on": "en", "not": "en", "but": "en", "they": "en",
	"he": "en", "she": "en", "will": "en", "from": "en", "which": "en", "were": "en",
	"der": "de", "die": "de", "das": "de", "und": "de", "ist": "de", "nicht": "de",
	"ein": "de", "eine": "de", "zu": "de", "mit": "de", "von": "de", "den": "de",
	"dem": "de", "sich": "de", "auch": "de", "auf": "de", "für": "de", "wird": "de",
	"sind": "de", "wurde": "de", "nach": "de", "bei": "de", "aus": "de", "wie": "de",
	"il": "it", "la": "it", "di": "it", "che": "it", "è": "it", "un": "it", "una": "it",
	"per": "it", "non": "it", "del": "it", "della": "it", "con": "it", "sono": "it",
	"gli": "it", "le": "it", "si": "it", "da": "it", "nel": "it", "alla": "it",
	"anche": "it", "più": "it", "questo": "it", "ha": "it", "dei": "it",
}

// confirmLang returns the language whose function words dominate toks when
// that is clear (at least 3 and twice as many as the given language's),
// else lang.
func confirmLang(lang string, toks []token) string {
	counts := [3]int{}
	idx := func(l string) int {
		switch l {
		case "en":
			return 0
		case "de":
			return 1
		case "it":
			return 2
		}
		return -1
	}
	for _, t := range toks {
		if l, ok := functionWords[t.norm]; ok {
			counts[idx(l)]++
		}
	}
	best, bi := 0, -1
	for i, c := range counts {
		if c > best {
			best, bi = c, i
		}
	}
	cur := 0
	if i := idx(lang); i >= 0 {
		cur = counts[i]
	}
	if bi >= 0 && best >= 3 && best >= 2*cur+1 {
		return [3]string{"en", "de", "it"}[bi]
	}
	return lang
}
