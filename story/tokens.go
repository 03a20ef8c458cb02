package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// token is one word of a text: its lower-cased form, byte offsets, and
// whether it looks like a name (capitalised but not at a sentence start)
// or a number.
type token struct {
	word       string // lower case, apostrophes folded
	start, end int
	cap        bool // starts with an upper-case letter
	initial    bool // first word of a sentence, line or text
	number     bool
}

// tokenize splits s into word tokens. A possessive "'s" is dropped and
// other apostrophes are removed ("don't" -> "dont"), so that variants of
// the same word compare equal. A word that is already lower case and
// contiguous in s is passed as a substring of s, without allocating.
func tokenize(s string, fn func(t token)) {
	initial := true
	var buf []byte
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == ':' || r == '"' || r == '“' {
				initial = true
			}
			i += n
			continue
		}
		start := i
		buf = buf[:0]
		simple := true // s[start:i] is the word as it is
		upper := unicode.IsUpper(r)
		number := unicode.IsDigit(r)
		for i < len(s) {
			r, n = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			if isWordRune(r) {
				if lr := unicode.ToLower(r); lr != r {
					simple = false
					buf = utf8.AppendRune(buf, lr)
				} else {
					buf = append(buf, s[i:i+n]...)
				}
				i += n
				continue
			}
			if (r == '\'' || r == '’') && i+n < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i+n:])
				if unicode.IsLetter(r2) {
					if (r2 == 's' || r2 == 'S') && (i+n+n2 >= len(s) || !isWordRune(firstRune(s[i+n+n2:]))) {
						i += n + n2 // possessive 's
						break
					}
					simple = false
					i += n // joined: don't -> dont
					continue
				}
			}
			if (r == '.' || r == ',') && number && i+n < len(s) && unicode.IsDigit(firstRune(s[i+n:])) {
				simple = false
				i += n // 2.8, 1,000
				continue
			}
			break
		}
		var w string
		if simple {
			w = s[start : start+len(buf)]
		} else {
			w = string(buf)
		}
		fn(token{word: w, start: start, end: i, cap: upper, initial: initial, number: number})
		initial = false
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// stemmer stems English words with a cache (stemming dominates the cost of
// feature extraction otherwise). Not safe for concurrent use.
type stemmer struct{ cache map[string]string }

func newStemmer() *stemmer { return &stemmer{cache: make(map[string]string, 1<<12)} }

func (s *stemmer) stem(w string) string {
	if st, ok := s.cache[w]; ok {
		return st
	}
	st := spelling(w)
	if len(st) > 3 && !unicode.IsDigit(firstRune(st)) {
		env := snowballstem.NewEnv(st)
		english.Stem(env)
		st = env.Current()
	}
	s.cache[strings.Clone(w)] = st
	return st
}

// spelling folds British spellings to American ones ("criticised" ->
// "criticized", "favour" -> "favor") so that outlets on either side of the
// Atlantic report the same words. Applied to every word alike, an odd fold
// ("raised" -> "raized") is harmless.
func spelling(w string) string {
	if len(w) > 5 {
		for _, suf := range []string{"isation", "isations", "ised", "ises", "ising", "ise"} {
			if strings.HasSuffix(w, suf) {
				return w[:len(w)-len(suf)] + "iz" + suf[2:]
			}
		}
		for _, suf := range []string{"our", "ours", "oured", "ouring", "ourite", "ourites"} {
			if strings.HasSuffix(w, suf) {
				return w[:len(w)-len(suf)] + "or" + suf[3:]
			}
		}
	}
	return w
}

// stopwords are English function words and news boilerplate verbs that say
// nothing about which event an article covers. Written for this package.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does
doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves s t don dont doesnt didnt isnt wasnt
arent werent wont cant couldnt shouldnt wouldnt im ive youre theyre its thats
theres hes shes weve theyve ill youll theyll id youd hed shed wed theyd
say says said saying told tell tells according report reports reported
reportedly new news update updated latest via one two three first last
year years week weeks day days today yesterday tomorrow time times may might
must shall get gets got make makes made like just still even back much many
mr mrs ms dr inc ltd co corp per amp http https www com html
`) {
		m[w] = true
	}
	return m
}()
