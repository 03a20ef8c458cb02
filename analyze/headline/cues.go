package headline

import (
	"strings"
	"unicode"

	"github.com/truthlens/truthlens/analyze/lexicon"
)

// Cue kinds. Each kind adds named points to the sensationalism score (see
// points).
const (
	kindFrame       = "frame"       // clickbait phrase ("you won't believe")
	kindClickbait   = "clickbait"   // structural clickbait cue, shown when the model says clickbait
	kindLoaded      = "loaded"      // loaded, emotive or partisan word
	kindSuperlative = "superlative" // best, worst, biggest, -est
	kindAllCaps     = "allcaps"     // shouted word
	kindExclaim     = "exclamation" // !
	kindAbsolute    = "absolute"    // always, never, everyone
	kindIntensifier = "intensifier" // very, totally, literally
	kindQuoted      = "quoted"      // a cue inside quotation marks: someone's words, no points
)

// cue is one sensational or clickbait feature of a headline: the byte span
// it covers and why it counts. tok is the index of its first token (-1 for
// punctuation).
type cue struct {
	start, end int
	kind       string
	note       string
	tok        int
}

// frames are clickbait phrases (lower case, straight apostrophes).
var frames = [][]string{
	{"you", "won't", "believe"}, {"you", "will", "not", "believe"},
	{"you'll", "never", "believe"}, {"you'll", "never", "guess"},
	{"you", "won't", "guess"}, {"what", "happens", "next"},
	{"what", "happened", "next"}, {"here's", "why"}, {"here", "is", "why"},
	{"here's", "what"}, {"here's", "how"}, {"this", "is", "why"},
	{"this", "is", "what"}, {"this", "is", "how"}, {"blow", "your", "mind"},
	{"will", "make", "you"}, {"restore", "your", "faith"},
	{"faith", "in", "humanity"}, {"the", "internet", "is", "losing"},
	{"people", "are", "losing", "it"}, {"losing", "their", "minds"},
	{"broke", "the", "internet"}, {"wins", "the", "internet"},
	{"won", "the", "internet"}, {"goes", "viral"}, {"went", "viral"},
	{"going", "viral"}, {"you", "need", "to", "see"}, {"you", "have", "to", "see"},
	{"the", "real", "reason"},
	{"will", "shock", "you"}, {"can't", "stop", "laughing"},
	{"will", "leave", "you"}, {"omg"}, {"wtf"}, {"jaw", "drop"},
	{"literally", "everyone"}, {"you", "didn't", "know"},
}

// notForwardNext are words after "this"/"these" that make an ordinary
// time phrase, not a forward reference ("This week...").
var notForwardNext = map[string]bool{
	"is": true, "was": true, "week": true, "year": true, "month": true,
	"morning": true, "weekend": true, "summer": true, "winter": true,
	"spring": true, "fall": true, "autumn": true, "season": true,
	"time": true, "evening": true, "afternoon": true, "day": true,
}

// findCues lists the cues of a headline. english enables the English word
// lists; lexicon lists of lang are used for other languages.
func findCues(title string, toks []token, lang string, english bool) []cue {
	var cues []cue
	add := func(i, j int, kind, note string) {
		cues = append(cues, cue{start: toks[i].Start, end: toks[j].End, kind: kind, note: note, tok: i})
	}
	lex := lexicon.Lang(lang)
	if english {
		lex = "en"
	}
	tb := lexicon.For(lex)
	lowers := make([]string, len(toks))
	for i, t := range toks {
		lowers[i] = t.Lower
	}
	covered := make([]bool, len(toks))
	quoted := quotedTokens(title, toks)
	tc := titleCase(toks)
	if english {
		for i := range toks {
			for _, f := range frames {
				if i+len(f) <= len(toks) && equalWords(lowers[i:i+len(f)], f) {
					add(i, i+len(f)-1, kindFrame, "clickbait: frame '"+title[toks[i].Start:toks[i+len(f)-1].End]+"'")
					break
				}
			}
		}
		for _, c := range structuralCues(title, toks) {
			if !insideFrame(cues, c) {
				cues = append(cues, c)
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if lex != "" {
			if c, n := tb.Phrase(lowers[i:]); n > 1 && c.Any(lexicon.Loaded|lexicon.NameCalling) {
				add(i, i+n-1, kindLoaded, "loaded word")
				for k := i; k < i+n; k++ {
					covered[k] = true
				}
				continue
			}
		}
		if covered[i] {
			continue
		}
		cls := tb.Get(t.Lower).Class
		_, mine := loaded[t.Lower]
		if factNouns[t.Lower] || (i > 0 && isCapitalized(t.Text) && !isAllCaps(t.Text) && (!tc || surnameLike(toks[i-1], t))) ||
			(personVerbs[t.Lower] && (i+1 >= len(toks) || !isCapitalized(toks[i+1].Text))) {
			// a noun that names a fact, a name in a sentence-case headline
			// ("Tony Stark"), or a literal verb ("storm destroys homes")
			mine, cls = false, cls&^(lexicon.Loaded|lexicon.NameCalling)
		}
		switch {
		case english && mine, cls.Any(lexicon.Loaded | lexicon.NameCalling | lexicon.Profane):
			add(i, i, kindLoaded, "loaded word")
		case english && isSuperlative(t.Lower):
			add(i, i, kindSuperlative, "superlative")
		case english && intensifiers[t.Lower] && i+1 < len(toks):
			add(i, i, kindIntensifier, "intensifier")
		case english && absolutes[t.Lower], cls.Has(lexicon.Absolutist) && !weakAbsolute[t.Lower]:
			add(i, i, kindAbsolute, "absolute term")
		case cls.Has(lexicon.Intensifier) && !weakIntensifier[t.Lower] && i+1 < len(toks):
			add(i, i, kindIntensifier, "intensifier")
		}
	}
	for _, c := range capsCues(toks, lex) {
		if !quoted[c.tok] {
			cues = append(cues, c)
		}
	}
	for k := range cues {
		c := &cues[k]
		if c.tok >= 0 && quoted[c.tok] && pointTable[c.kind][0] > 0 && c.kind != kindFrame {
			c.kind, c.note = kindQuoted, c.note+" (in quotes: not counted)"
		}
	}
	for i := 0; i < len(title); i++ {
		if title[i] != '!' {
			continue
		}
		j := i
		for j < len(title) && (title[j] == '!' || title[j] == '?' || title[j] == '1') {
			j++
		}
		cues = append(cues, cue{start: i, end: j, kind: kindExclaim, note: "exclamation", tok: -1})
		i = j - 1
	}
	return cues
}

// factNouns are lexicon "loaded" words that in a headline usually name
// the fact reported ("bribery scheme", "corruption trial").
var factNouns = map[string]bool{
	"scheme": true, "schemes": true, "corruption": true, "censorship": true,
	"fraud": true, "frauds": true, "massacre": true, "massacred": true,
	"racism": true, "slaughter": true, "slaughtered": true, "cover-up": true,
	"propaganda": true, "extremist": true, "extremists": true, "militant": true,
	"militants": true, "corrupt": true, "rigged": true, "lied": true,
}

// weakAbsolute and weakIntensifier are lexicon words too common in plain
// headlines to count.
var (
	weakAbsolute    = map[string]bool{"entire": true, "entirely": true}
	weakIntensifier = map[string]bool{"super": true, "most": true, "more": true, "even": true, "ever": true, "much": true, "far": true, "so": true, "too": true, "highly": true, "deeply": true}
)

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// structuralCues are the English clickbait forms: a forward reference
// ("This dog..."), second person, a listicle number, a question.
func structuralCues(title string, toks []token) []cue {
	var cues []cue
	if len(toks) == 0 {
		return nil
	}
	first := toks[0]
	if (first.Lower == "this" || first.Lower == "these" || first.Lower == "here's") &&
		len(toks) > 1 && !notForwardNext[toks[1].Lower] {
		cues = append(cues, cue{first.Start, first.End, kindClickbait, "clickbait: forward reference '" + first.Text + "'", 0})
	}
	if isNumber(first.Text) && len(toks) > 2 && !isYear(first.Text) {
		cues = append(cues, cue{first.Start, first.End, kindClickbait, "clickbait: listicle number '" + first.Text + "'", 0})
	}
	for i, t := range toks {
		if isSecondPerson(t.Lower) {
			cues = append(cues, cue{t.Start, t.End, kindClickbait, "clickbait: second person '" + t.Text + "'", i})
		}
	}
	if end := strings.TrimRight(title, " \"'”’"); strings.HasSuffix(end, "?") {
		cues = append(cues, cue{len(end) - 1, len(end), kindClickbait, "clickbait: question", -1})
	}
	return cues
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// capsCues finds shouted words: all-caps words of four letters or more
// that are ordinary words (not acronyms such as NASA), or a run of three
// or more all-caps words.
func capsCues(toks []token, lex string) []cue {
	var cues []cue
	run := 0
	for i, t := range toks {
		if isAllCaps(t.Text) {
			run++
		} else {
			run = 0
		}
		if run == 3 {
			cues = append(cues, cue{toks[i-2].Start, t.End, kindAllCaps, "all caps", i - 2})
			continue
		}
		if run > 3 {
			cues[len(cues)-1].end = t.End
			continue
		}
		if run == 0 || letterCount(t.Text) < 4 {
			continue
		}
		if isOrdinaryWord(lex, t.Lower) {
			cues = append(cues, cue{t.Start, t.End, kindAllCaps, "all caps", i})
		}
	}
	return cues
}

func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// isOrdinaryWord reports whether w is a known word rather than an acronym.
func isOrdinaryWord(lex, w string) bool {
	if _, ok := loaded[w]; ok {
		return true
	}
	if englishWords[w] || intensifiers[w] || isSuperlative(w) || absolutes[w] {
		return true
	}
	if lex != "" && (lexicon.IsStopword(lex, w) || lexicon.Lookup(lex, w) != 0) {
		return true
	}
	if lex == "en" {
		if _, ok := lexicon.Sentiment(w); ok {
			return true
		}
	}
	return false
}

// insideFrame reports whether c lies within a frame cue already found.
func insideFrame(cues []cue, c cue) bool {
	for _, f := range cues {
		if f.kind == kindFrame && f.start <= c.start && c.end <= f.end {
			return true
		}
	}
	return false
}
