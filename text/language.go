package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// languageSample bounds the work of Language: only this many bytes of the
// text (cut at a word boundary) are looked at.
const languageSample = 2000

// minConfidence is the whatlanggo confidence below which Language says "".
const minConfidence = 0.5

// Language returns the ISO 639-1 code of the language of s, or "" when it
// cannot tell (too little text, or no clear winner).
//
// It first counts very frequent function words of the languages news in
// Latin script mostly comes in (en, de, fr, es, it, pt, nl); when one of
// them clearly wins, that is the answer. Otherwise it falls back to
// whatlanggo's trigram profiles (84 languages) and keeps the answer only
// when whatlanggo is confident.
func Language(s string) string {
	s = sample(s, languageSample)
	if lang, ok := stopwordVote(s); ok {
		return lang
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if letters >= 20 {
				break
			}
		}
	}
	if letters < 20 {
		return ""
	}
	info := whatlanggo.Detect(s)
	if info.Lang < 0 || info.Confidence < minConfidence {
		return ""
	}
	return info.Lang.Iso6391()
}

// sample returns a prefix of s of at most n bytes, cut before a space when
// possible and always at a rune boundary.
func sample(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > n/2 {
		cut = sp
	}
	return s[:cut]
}

// functionWords lists frequent words that are (nearly) unique to one
// language. Words shared by several of them (de, la, a, en, e, in) are left
// out on purpose.
var functionWords = map[string]string{}

func init() {
	for lang, words := range map[string]string{
		"en": "the and of to is was that with for are were this have has from which by but not they said",
		"de": "der die das und ist nicht ein eine sich mit auf für dem den des wird von sie auch sind wurde",
		"fr": "le les et est une des dans pour qui que sur pas au aux du ce sont avec été il elle",
		"es": "el los las y es una del por para con que se su al como más fue está según",
		"it": "il gli della delle che è per con non una sono del nel alla dei anche stato",
		"pt": "os das dos não uma para com que pelo pela mais são foi está também",
		"nl": "het een van en is niet zijn voor met op dat die werd ook door naar",
	} {
		for _, w := range strings.Fields(words) {
			if _, dup := functionWords[w]; dup {
				functionWords[w] = "" // shared: no vote
				continue
			}
			functionWords[w] = lang
		}
	}
}

// stopwordVote counts function words per language in s. It returns the
// winner when it has at least 5 hits and at least twice the runner-up.
func stopwordVote(s string) (string, bool) {
	var counts [8]int
	langs := [...]string{"en", "de", "fr", "es", "it", "pt", "nl"}
	var buf [16]byte
	for i := 0; i < len(s); {
		// find the next word of ASCII or Latin letters
		for i < len(s) && !isLatinLetterStart(s, i) {
			i++
		}
		j := i
		for j < len(s) && isLatinLetterStart(s, j) {
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
		}
		if j == i {
			break
		}
		w := s[i:j]
		i = j
		if len(w) > len(buf) {
			continue
		}
		lw := lowerASCII(buf[:0], w)
		lang, ok := functionWords[string(lw)]
		if !ok || lang == "" {
			continue
		}
		for k, l := range langs {
			if l == lang {
				counts[k]++
			}
		}
	}
	best, second := -1, 0
	for k := range langs {
		if best < 0 || counts[k] > counts[best] {
			best = k
		}
	}
	for k := range langs {
		if k != best && counts[k] > second {
			second = counts[k]
		}
	}
	if counts[best] >= 5 && counts[best] >= 2*second {
		return langs[best], true
	}
	return "", false
}

func isLatinLetterStart(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.Is(unicode.Latin, r)
}

// lowerASCII appends w lower-cased (ASCII letters only; others copied).
func lowerASCII(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
