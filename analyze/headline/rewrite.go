package headline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/truthlens/truthlens/analyze/lexicon"
)

// The suggested headline is the original with edits on its words: a
// clickbait frame is cut, a forward reference becomes an article, loaded
// words are replaced by plain ones or dropped, intensifiers and shouting
// go, and an allegation gets its source ("..., according to X") or an
// "allegedly". Names, numbers and places are never touched; the case
// style (Title Case or sentence case) of the original is kept. Only the
// language-neutral edits (shouting, exclamation marks) apply to titles
// that are not English.

// edit is the output of one token: keep (out == token text), replace, or
// drop (del).
type edit struct {
	out string
	del bool
}

// rewriter holds the state of one rewrite: an edit per token and the
// separators around tokens (gaps[i] is the text before token i, gaps[n]
// the text after the last).
type rewriter struct {
	title  string
	toks   []token
	eds    []edit
	gaps   []string
	quoted []bool // token i is inside quotation marks: left as written
	tc     bool   // the headline is in Title Case
	suffix string // appended attribution (", according to X")
}

func newRewriter(title string, toks []token) *rewriter {
	r := &rewriter{title: title, toks: toks, eds: make([]edit, len(toks)), gaps: make([]string, len(toks)+1), tc: titleCase(toks)}
	prev := 0
	for i, t := range toks {
		r.eds[i].out = t.Text
		r.gaps[i] = title[prev:t.Start]
		prev = t.End
	}
	r.gaps[len(toks)] = title[prev:]
	r.quoted = quotedTokens(title, toks)
	return r
}

// prefixFrames are cut when a headline starts with them; the words after
// them must stand alone ("Here's why the Fed..." -> "Why the Fed...").
var prefixFrames = [][]string{
	{"you", "won't", "believe"}, {"you", "will", "not", "believe"},
	{"you'll", "never", "believe"}, {"you'll", "never", "guess"},
	{"omg"}, {"wow"}, {"whoa"}, {"breaking"}, {"watch"}, {"must", "see"},
	{"must", "read"}, {"check", "out"},
}

// clickbaitPrefixes are cut only when the model says clickbait ("This is
// a special column" is plain).
var clickbaitPrefixes = [][]string{{"here's"}, {"here", "is"}, {"this", "is"}}

// suffixFrames are cut with everything after them ("... and the internet
// is losing it") when the headline is clickbait.
var suffixFrames = [][]string{
	{"and", "the", "internet"}, {"will", "blow", "your", "mind"},
	{"will", "make", "you"}, {"will", "restore", "your", "faith"},
	{"is", "going", "viral"}, {"goes", "viral"}, {"went", "viral"},
	{"what", "happens", "next"}, {"what", "happened", "next"}, {"will", "shock", "you"},
	{"will", "leave", "you"}, {"you", "need", "to", "see"}, {"you", "have", "to", "see"},
	{"and", "it's", "amazing"}, {"and", "it's", "adorable"},
	{"and", "it's", "hilarious"}, {"and", "it's", "perfect"}, {"and", "it's", "glorious"},
	{"and", "we're", "obsessed"}, {"and", "i'm", "obsessed"}, {"you", "won't", "believe"},
	{"people", "are", "losing"},
	{"is", "losing", "it"}, {"are", "losing", "it"}, {"losing", "their", "minds"},
	{"and", "it's", "everything"}, {"and", "we", "can't", "even"},
}

// determiners and the like: a loaded verb after one is a noun ("twin blasts").
var nounContext = map[string]bool{
	"a": true, "an": true, "the": true, "twin": true, "two": true, "three": true,
	"of": true, "in": true, "after": true, "deadly": true, "more": true,
	"new": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "and": true, "or": true, "by": true, "big": true,
}

// suggest returns the neutral headline; it is never empty for a non-blank
// title.
func suggest(title string, toks []token, cues []cue, english, clickbait bool, ctx Context) string {
	if len(toks) == 0 {
		return strings.TrimSpace(title)
	}
	r := newRewriter(title, toks)
	r.unshout(cues)
	if english {
		r.loadedWords(true)
		r.degreeWords()
		r.labelPrefix() // first: a frame may stand right after the label
		r.frames(clickbait)
		if clickbait {
			r.forwardRef()
		}
		r.dangling()
		r.articles()
		r.allegation(ctx, r.attributionTail(ctx.Source))
	}
	if out := r.join(); hasWord(out) {
		return out
	}
	// Fallback: the original minus loaded words only.
	r = newRewriter(title, toks)
	if english {
		r.loadedWords(false)
	}
	if out := r.join(); hasWord(out) {
		return out
	}
	return strings.TrimSpace(title)
}
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// caseLike writes w in the case style of the headline at position i.
func (r *rewriter) caseLike(w string, i int) string {
	if r.tc || i == 0 {
		return capitalize(w)
	}
	return w
}

func capitalize(w string) string {
	c, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(c)) + w[n:]
}

// matchCase gives repl the capitalisation of orig (Capitalised or lower).
func matchCase(orig, repl string) string {
	if isCapitalized(orig) {
		return capitalize(repl)
	}
	return repl
}

// unshout writes shouted (all-caps) ordinary words in normal case.
func (r *rewriter) unshout(cues []cue) {
	for i, t := range r.toks {
		if !isAllCaps(t.Text) || letterCount(t.Text) < 4 {
			continue
		}
		shouted := false
		for _, c := range cues {
			if c.kind == kindAllCaps && c.start <= t.Start && t.End <= c.end {
				shouted = true
			}
		}
		if shouted && !r.quoted[i] {
			r.eds[i].out = r.caseLike(strings.ToLower(t.Text), i)
		}
	}
}

// loadedWords replaces or drops loaded words and intensifiers. With
// replace false it only drops (the fallback).
func (r *rewriter) loadedWords(replace bool) {
	n := len(r.toks)
	for i, t := range r.toks {
		if r.quoted[i] || keepWords[t.Lower] {
			continue
		}
		if i > 0 && isCapitalized(t.Text) && !isAllCaps(t.Text) &&
			(!r.tc || surnameLike(r.toks[i-1], t)) {
			continue // a name ("Tony Stark", "Sansa Stark Returns")
		}
		next := ""
		if i+1 < n {
			next = r.toks[i+1].Lower
		}
		if repl, ok := loaded[t.Lower]; ok {
			switch {
			case repl == "" && r.canDropModifier(i):
				r.eds[i].del = true
			case repl == "":
			case !replace:
			case i == 0 || nounContext[r.toks[i-1].Lower]:
			case personVerbs[t.Lower] && !r.objectIsName(i):
			case forceSubjects[r.toks[i-1].Lower] || (!r.tc && i > 1 && !isCapitalized(r.toks[i-1].Text)):
				// "blizzard slams the coast": not a person criticising
			case isAllCaps(t.Text):
				r.eds[i].out = r.caseLike(repl, i)
			default:
				r.eds[i].out = matchCase(t.Text, repl)
			}
			continue
		}
		if next == "" || factNouns[t.Lower] {
			continue
		}
		cls := lexicon.Lookup("en", t.Lower)
		switch {
		case intensifiers[t.Lower], cls.Has(lexicon.Intensifier) && !weakIntensifier[t.Lower]:
			if !factAfterIntensifier[next] && !strings.HasPrefix(next, "injur") && !strings.HasPrefix(next, "wound") &&
				!strings.HasPrefix(next, "damag") && r.plainGap(i+1) {
				r.eds[i].del = true
			}
		case cls.Any(lexicon.Loaded|lexicon.NameCalling) && droppableModifier(t.Lower) && r.canDropModifier(i):
			r.eds[i].del = true
		}
	}
}

// keepWords are loaded words that usually state a fact in a headline
// ("homophobic attack", "poisonous gas"); they stay.
var keepWords = map[string]bool{
	"racist": true, "sexist": true, "homophobic": true, "transphobic": true,
	"xenophobic": true, "antisemitic": true, "islamophobic": true,
	"misogynistic": true, "poisonous": true, "extremist": true, "militant": true,
}

// forceSubjects are subjects of a "slams"/"rocks" verb that are forces of
// nature or blasts, not people criticising.
var forceSubjects = map[string]bool{
	"storm": true, "blizzard": true, "tornado": true, "hurricane": true,
	"typhoon": true, "cyclone": true, "quake": true, "earthquake": true,
	"flood": true, "floods": true, "fire": true, "wildfire": true, "snow": true,
	"rain": true, "winds": true, "heatwave": true, "tsunami": true, "bomb": true,
	"blast": true, "explosion": true, "wave": true, "surge": true, "car": true,
	"truck": true, "plane": true, "missile": true, "rocket": true,
}

// factAfterIntensifier are words whose degree is a fact ("seriously
// injured", "critically ill").
var factAfterIntensifier = map[string]bool{
	"injured": true, "ill": true, "wounded": true, "hurt": true, "damaged": true,
	"burned": true, "burnt": true, "sick": true, "harmed": true, "endangered": true,
	"flawed": true, "underfunded": true, "overcrowded": true, "delayed": true,
}

// literalAfter lists the nouns after which a loaded adjective is literal
// ("explosive device", "striking workers").
var literalAfter = map[string]map[string]bool{
	"explosive": {"device": true, "devices": true, "material": true, "materials": true, "charge": true, "charges": true, "vest": true, "ordnance": true},
	"striking":  {"workers": true, "teachers": true, "miners": true, "staff": true, "nurses": true, "doctors": true, "drivers": true, "employees": true, "union": true, "unions": true, "pilots": true, "dockers": true},
	"massive":   {"stroke": true, "heart": true, "star": true, "stars": true, "black": true},
}

// loadedNouns are loaded words that are usually the head of their phrase
// ("drilling frenzy ends"); they are shown as evidence but kept.
var loadedNouns = map[string]bool{
	"outrage": true, "shock": true, "chaos": true, "frenzy": true, "fury": true,
	"nightmare": true, "meltdown": true, "firestorm": true,
}

// beForms make a following adjective predicative ("can be disastrous"),
// which cannot be dropped.
var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "am": true, "seems": true, "seem": true, "looks": true,
	"feels": true, "remains": true, "remain": true, "sounds": true, "get": true, "gets": true,
	"got": true, "so": true, "too": true, "very": true, "how": true,
}

// linkWords after a loaded word show it is the head of its phrase ("sparks
// outrage over", "in shock at"), which cannot be dropped.
var linkWords = map[string]bool{
	"over": true, "in": true, "on": true, "at": true, "for": true, "to": true,
	"of": true, "and": true, "or": true, "but": true, "with": true, "as": true,
	"by": true, "from": true, "about": true, "after": true, "amid": true,
	"among": true, "into": true, "than": true, "is": true, "are": true, "was": true,
	"were": true, "ends": true, "grows": true, "erupts": true, "continues": true,
}

// canDropModifier reports whether the loaded word at i modifies the word
// after it (an attributive adjective, which can go) rather than standing
// as a predicate or the head of its phrase.
//
// A predicate that ends the headline goes with its verb ("... is [totally
// perfect]"): dangling then drops the verb.
func (r *rewriter) canDropModifier(i int) bool {
	prev := ""
	for k := i - 1; k >= 0; k-- {
		if !r.eds[k].del {
			prev = r.toks[k].Lower
			break
		}
	}
	if i+1 >= len(r.toks) {
		return beForms[prev] && strings.Trim(r.gaps[i+1], " !.") == ""
	}
	if !r.plainGap(i + 1) {
		return false
	}
	next := r.toks[i+1].Lower
	if loadedNouns[r.toks[i].Lower] || linkWords[next] || literalAfter[r.toks[i].Lower][next] || isNumber(r.toks[i+1].Text) {
		return false
	}
	return !beForms[prev]
}

// plainGap reports whether the separator before token i is white space
// (or a hyphen/quote), not punctuation that ends a phrase.
func (r *rewriter) plainGap(i int) bool {
	return strings.Trim(r.gaps[i], " \t'‘’\"“”") == ""
}

// degreeWords drops a degree word left without its adjective ("the most
// [incredible] sunset") and the "ever" of a superlative that went.
func (r *rewriter) degreeWords() {
	dropped := false
	for i := 1; i < len(r.toks); i++ {
		if !r.eds[i].del {
			continue
		}
		switch r.toks[i-1].Lower {
		case "most", "more", "so", "too", "very", "really", "such", "less", "least":
			r.eds[i-1].del = true
			dropped = true
		}
	}
	if !dropped {
		return
	}
	for i, t := range r.toks {
		if t.Lower == "ever" || t.Lower == "all-time" {
			r.eds[i].del = true
		}
	}
}

// danglers are words that cannot end a headline.
var danglers = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "the": true,
	"a": true, "an": true, "of": true, "and": true, "to": true, "with": true,
	"so": true, "just": true, "that": true, "this": true, "for": true, "in": true,
	"on": true, "at": true, "by": true, "or": true, "but": true, "it's": true,
}

// dangling drops words left hanging at the end when the words after them
// went ("... Is [Fucking Perfect]" -> "...").
func (r *rewriter) dangling() {
	last := len(r.toks) - 1
	if last < 1 || !r.eds[last].del {
		return
	}
	for i := last; i > 0; i-- {
		if r.eds[i].del {
			continue
		}
		if !danglers[r.toks[i].Lower] {
			return
		}
		r.eds[i].del = true
	}
}

// articles fixes "a"/"an" before a word that moved next to it when the
// words between them went ("an [awesome] look" -> "a look").
func (r *rewriter) articles() {
	for i := 0; i < len(r.toks); i++ {
		l := strings.ToLower(r.eds[i].out)
		if r.eds[i].del || (l != "a" && l != "an") {
			continue
		}
		j := i + 1
		for j < len(r.toks) && r.eds[j].del {
			j++
		}
		if j == i+1 || j >= len(r.toks) {
			continue
		}
		art := "a"
		if c, _ := utf8.DecodeRuneInString(strings.ToLower(r.eds[j].out)); strings.ContainsRune("aeiou", c) {
			art = "an"
		}
		r.eds[i].out = matchCase(r.eds[i].out, art)
	}
}

// objectIsName reports whether the word after toks[i] starts a name: a
// capitalised word in a sentence-case headline.
func (r *rewriter) objectIsName(i int) bool {
	return !r.tc && i+1 < len(r.toks) && isCapitalized(r.toks[i+1].Text)
}

// droppableModifier reports whether a loaded word looks like an adverb or
// adjective (which can go) rather than a noun or verb (which carries facts).
func droppableModifier(w string) bool {
	switch w {
	case "so-called", "self-proclaimed", "self-styled":
		return true
	}
	for _, suf := range []string{"ly", "ous", "ful", "ible", "able", "ic", "ish", "ive", "less"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// frames cuts clickbait frames at the start and at the end.
func (r *rewriter) frames(clickbait bool) {
	lowers := make([]string, len(r.toks))
	for i, t := range r.toks {
		lowers[i] = t.Lower
	}
	start := r.firstKept()
	prefixes := prefixFrames
	if clickbait {
		prefixes = append(clickbaitPrefixes, prefixFrames...)
	}
	for _, f := range prefixes {
		if start >= 0 && start+len(f) < len(r.toks) && equalWords(lowers[start:start+len(f)], f) {
			if (f[0] == "breaking" || f[0] == "watch") && !isAllCaps(r.toks[start].Text) && !strings.ContainsAny(r.gaps[start+1], ":-–—|") {
				continue // "Breaking down the final", "Watch this woman talk"
			}
			for k := start; k < start+len(f); k++ {
				r.eds[k].del = true
			}
			break
		}
	}
	if !clickbait {
		return
	}
	for i := 1; i < len(r.toks); i++ {
		for _, f := range suffixFrames {
			if i+len(f) <= len(r.toks) && equalWords(lowers[i:i+len(f)], f) {
				from := i
				if from > 0 && lowers[from-1] == "and" {
					from--
				}
				for k := from; k < len(r.toks); k++ {
					r.eds[k].del = true
				}
				return
			}
		}
	}
}

// emotiveLabels are one-word tabloid labels that open a headline before a
// colon, dash or exclamation mark ("SHOCK: ...", "Outrageous: ...").
var emotiveLabels = map[string]bool{
	"shock": true, "shocking": true, "shocker": true, "outrage": true, "outrageous": true,
	"horror": true, "horrific": true, "scandal": true, "scandalous": true, "disgrace": true,
	"disgraceful": true, "unbelievable": true, "incredible": true, "amazing": true, "insane": true,
	"revealed": true, "exposed": true, "busted": true, "bombshell": true, "chilling": true,
	"terrifying": true, "devastating": true, "heartbreaking": true, "fury": true, "furious": true,
	"chaos": true, "meltdown": true, "humiliation": true, "shameful": true, "sickening": true,
	"epic": true, "finally": true, "exclusive": true, "urgent": true, "alert": true,
}

// labelPrefix cuts an emotive label that opens the headline before a
// colon, dash or exclamation mark; a label is not the news.
func (r *rewriter) labelPrefix() {
	start := r.firstKept()
	if start < 0 || start+1 >= len(r.toks) || r.quoted[start] {
		return
	}
	if !emotiveLabels[r.toks[start].Lower] || !strings.ContainsAny(r.gaps[start+1], ":!–—|") {
		return
	}
	r.eds[start].del = true
}

func (r *rewriter) firstKept() int {
	for i := range r.eds {
		if !r.eds[i].del {
			return i
		}
	}
	return -1
}

// forwardRef turns "This dog..." into "A dog..." and drops "These".
func (r *rewriter) forwardRef() {
	i := r.firstKept()
	if i < 0 || i+1 >= len(r.toks) || notForwardNext[r.toks[i+1].Lower] {
		return
	}
	switch r.toks[i].Lower {
	case "this":
		art := "a"
		if c, _ := utf8.DecodeRuneInString(r.toks[i+1].Lower); strings.ContainsRune("aeiou", c) {
			art = "an"
		}
		r.eds[i].out = matchCase(r.toks[i].Text, art)
	case "these", "those":
		r.eds[i].del = true
	}
}

// surnames are loaded words that are also common surnames.
var surnames = map[string]bool{"stark": true, "savage": true, "fury": true, "brilliant": true}

// surnameLike reports whether t, after prev, reads as part of a name:
// a surname-like word after a capitalised word that is not a function word.
func surnameLike(prev, t token) bool {
	return surnames[t.Lower] && isCapitalized(prev.Text) && !lexicon.IsStopword("en", prev.Lower) && !englishWords[prev.Lower]
}
