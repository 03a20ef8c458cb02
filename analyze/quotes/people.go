package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Person is a mention of a named person in a text. Name is the full name
// the mention refers to (a later "Ma" after "Jack Ma" gets Name "Jack Ma");
// s[Start:End] is the mention itself, without titles ("President") or a
// possessive "'s".
type Person struct {
	Name  string
	Start int
	End   int
}

// mention is a capitalised sequence classified by the heuristic NER.
type mention struct {
	Person
	kind   byte   // 'p' person, 'o' organisation/other proper noun, 'l' place
	gender byte   // 'm', 'f', 'u' (unknown)
	role   string // lower-case role noun seen with the name ("president", "lawyer")
	single bool   // a single unknown capitalised word (person or not)
}

// People returns the named persons mentioned in s, in text order: a light
// heuristic NER over capitalised word sequences. Leading function words,
// titles (President, Dr., Commerce Secretary), months, organisation and
// place words, nationalities and acronyms are left out; a single word
// counts when it is a known first name, a single capital letter used as a
// name ("H"), or the surname or first name of a full name mentioned
// earlier, which then gives its Name.
func People(s string) []Person {
	var out []Person
	for _, m := range findMentions(s, tokenize(s, 0, len(s))) {
		if m.kind == 'p' {
			out = append(out, m.Person)
		}
	}
	return out
}

// FullName maps a short name (a surname like "Ma", or a first name) to the
// most recent full name among people that starts before offset before and
// ends with (or, failing that, starts with) that word. It returns name
// itself when there is none.
func FullName(people []Person, name string, before int) string {
	if strings.Contains(name, " ") {
		return name
	}
	best := ""
	for _, p := range people {
		if p.Start >= before {
			break
		}
		parts := strings.Fields(p.Name)
		if len(parts) < 2 {
			continue
		}
		if parts[len(parts)-1] == name {
			best = p.Name
		}
	}
	if best != "" {
		return best
	}
	for _, p := range people {
		if p.Start >= before {
			break
		}
		if parts := strings.Fields(p.Name); len(parts) >= 2 && parts[0] == name {
			best = p.Name
		}
	}
	if best != "" {
		return best
	}
	return name
}

// fullNames indexes the full names seen so far (the most recent wins).
type fullNames struct{ last, first map[string]string }

func (f *fullNames) add(name string) {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return
	}
	f.last[name[i+1:]] = name
	if j := strings.IndexByte(name, ' '); j > 0 {
		f.first[name[:j]] = name
	}
}

// lookup maps a single word to a full name ending with it, else starting
// with it, else returns the word.
func (f *fullNames) lookup(w string) string {
	if n, ok := f.last[w]; ok {
		return n
	}
	if n, ok := f.first[w]; ok {
		return n
	}
	return w
}

// particles may join capitalised parts of one name (Ludwig van Beethoven).
var particles = words("van von der de del della di da du le la bin al ter ten des dos das ibn")

// findMentions groups capitalised tokens into mentions and classifies them.
func findMentions(s string, toks []token) []mention {
	var out []mention
	// full names so far by their last and first word, for "Ma" -> "Jack Ma"
	names := fullNames{last: map[string]string{}, first: map[string]string{}}
	for i := 0; i < len(toks); {
		if !toks[i].cap {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			t := toks[j]
			prev := toks[j-1]
			sameLine := !strings.ContainsRune(s[prev.end:t.start], '\n')
			if t.word && t.cap && sameLine && (prev.word || prev.text == ".") {
				j++
				continue
			}
			// "J. R. R. Tolkien", "Dr. Lind": a period after an initial or title
			if t.text == "." && j+1 < len(toks) && toks[j+1].cap && t.start == toks[j-1].end &&
				(utf8.RuneCountInString(toks[j-1].text) == 1 || titles[toks[j-1].lower]) {
				j++
				continue
			}
			if t.word && particles[t.text] && j+1 < len(toks) && toks[j+1].cap && toks[j-1].word {
				j++
				continue
			}
			// "Association of Freight Carriers", "Bank of England"
			if (t.text == "of" || t.text == "for" || t.text == "&") && j+1 < len(toks) && toks[j+1].cap &&
				!strings.ContainsRune(s[prev.end:toks[j+1].start], '\n') && hasOrgWord(toks[i:j]) {
				j++
				continue
			}
			break
		}
		if m, ok := classify(s, toks, i, j, &names); ok {
			out = append(out, m)
			if m.kind == 'p' {
				names.add(m.Name)
			}
		}
		i = j
	}
	// A surname used before the full name ("Kestrel quits ... Harlan
	// Kestrel said") is that person too.
	later := map[string][]int{} // last word -> indexes of full-name persons, in order
	for k, m := range out {
		if i := strings.LastIndexByte(m.Name, ' '); m.kind == 'p' && i > 0 {
			later[m.Name[i+1:]] = append(later[m.Name[i+1:]], k)
		}
	}
	for k := range out {
		m := &out[k]
		if !m.single {
			continue
		}
		for _, x := range later[m.Name] {
			if x > k {
				p := out[x]
				m.kind, m.Name, m.gender, m.single = 'p', p.Name, p.gender, false
				break
			}
		}
	}
	return out
}

// classify turns the capitalised run toks[i:j] into a mention.
func classify(s string, toks []token, i, j int, names *fullNames) (mention, bool) {
	var m mention
	// Leading function words and titles are not part of the name; the last
	// title becomes the role.
	for i < j {
		t := toks[i]
		lw := t.lower
		if t.text == "." {
			i++
			continue
		}
		if stopCaps[lw] {
			i++
			continue
		}
		if titles[lw] || titles[strings.TrimSuffix(lw, ".")] || hyphenTitle(lw) {
			m.role = lw
			i++
			continue
		}
		// Nationality or org modifiers before a title: "Commerce Secretary X".
		if k := lastTitle(toks, i, j); k > i {
			m.role = toks[k].lower
			i = k + 1
			continue
		}
		break
	}
	for j > i && (toks[j-1].text == "." || !toks[j-1].word) {
		j--
	}
	if i >= j {
		return m, false
	}
	if m.role == "" && i > 0 && toks[i-1].word && !toks[i-1].cap && roleNouns[toks[i-1].lower] {
		m.role = toks[i-1].lower // "researcher Alex Capri"
	}
	// "Massachusetts Joshua Lee", "Minority Whip Dana Roe": words before
	// a known first name in a run of three or more are no part of it
	if j-i >= 3 {
		for k := i + 1; k < j-1; k++ {
			if !toks[k].word {
				break
			}
			if firstNames[toks[k].lower] != 0 && toks[k+1].word && toks[k+1].cap {
				before := false
				for x := i; x < k; x++ {
					if firstNames[toks[x].lower] != 0 {
						before = true
					}
				}
				if !before {
					i = k
				}
				break
			}
		}
	}
	start, end := toks[i].start, toks[j-1].end
	last := toks[j-1].text
	if base := possessiveBase(last); base != last {
		end -= len(last) - len(base)
	}
	text := s[start:end]
	m.Start, m.End = start, end
	m.Name = normalizeSpace(text)
	lw := strings.ToLower(m.Name)
	m.kind, m.gender = 'p', 'u'
	nwords := 0
	for k := i; k < j; k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		nwords++
		w := possessiveBase(t.lower)
		if orgWords[w] || (len(t.text) >= 2 && t.text == strings.ToUpper(t.text) && utf8.RuneCountInString(t.text) > 1 && !isInitialLike(t.text)) {
			m.kind = 'o'
		}
	}
	switch {
	case places[lw]:
		m.kind = 'l'
	case nwords >= 2 && places[toks[i].lower] && !placeNames[toks[i].lower]:
		m.kind = 'l' // "Florida Keys", "Gaza Strip" (but "Virginia Woolf")
	case nwords == 1 && (isNationality(m.Name) || months[lw]):
		return m, false
	case isNationality(toks[i].text):
		m.kind = 'o' // "Chinese Communist party", "French courts"
	}
	if m.kind != 'p' {
		return m, true
	}
	first := toks[i].lower
	if g, ok := firstNames[first]; ok && nwords >= 2 {
		m.gender = g
	}
	if nwords == 1 {
		full := names.lookup(m.Name)
		switch {
		case full != m.Name:
			m.Name = full
			if g, ok := firstNames[strings.ToLower(strings.Fields(full)[0])]; ok {
				m.gender = g
			}
		case len(m.Name) == 1 && m.Name[0] >= 'B' && m.Name[0] <= 'Z' && !strings.Contains("EIOUY", m.Name):
			// a person known by an initial ("H")
		case firstNames[lw] != 0:
			m.gender = firstNames[lw]
		case personalTitles[strings.TrimSuffix(m.role, ".")] != 0:
			// "Mr. Marcus", "Sen. Tillis": a surname after a personal title
			m.gender = personalTitles[strings.TrimSuffix(m.role, ".")]
		default:
			m.kind = 'o' // unknown single capitalised word: maybe a person, maybe not
			m.single = true
		}
	}
	return m, true
}

// hyphenTitle reports compounds ending in a title: Grünen-Chef,
// Ex-President, Vize-Kanzlerin.
func hyphenTitle(lw string) bool {
	i := strings.LastIndexByte(lw, '-')
	return i > 0 && titles[lw[i+1:]]
}

func hasOrgWord(toks []token) bool {
	for _, t := range toks {
		if t.word && orgWords[possessiveBase(t.lower)] {
			return true
		}
	}
	return false
}

// lastTitle returns the index of the last title word in toks[i:j] that is
// followed by at least one more capitalised word, or -1.
func lastTitle(toks []token, i, j int) int {
	k := -1
	for x := i; x < j-1; x++ {
		if titles[toks[x].lower] {
			k = x
		}
	}
	return k
}

func isInitialLike(w string) bool { return utf8.RuneCountInString(w) <= 1 }

// placeNames are places that are also common first names ("Virginia
// Woolf", "Jordan Lee").
var placeNames = words("virginia georgia jordan chad florence sydney austin india paris kenya " +
	"israel victoria lincoln carolina dakota savannah madison houston")

// personalTitles make a single capitalised word after them a person's
// surname, with the gender they imply ('u' when none).
var personalTitles = map[string]byte{"mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "mx": 'u', "dr": 'u',
	"sen": 'u', "senator": 'u', "rep": 'u', "gov": 'u', "prof": 'u', "sir": 'm', "dame": 'f', "lord": 'm',
	"lady": 'f', "judge": 'u', "justice": 'u', "herr": 'm', "frau": 'f', "monsieur": 'm', "madame": 'f',
	"mme": 'f', "señor": 'm', "señora": 'f', "sr": 'm', "sra": 'f', "sig": 'm', "signor": 'm'}

var months = words("january february march april may june july august september october " +
	"november december jan feb mar apr jun jul aug sep sept oct nov dec")

func normalizeSpace(s string) string {
	if !strings.ContainsAny(s, "\n\t\r\u00a0") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// SameSpeaker reports whether two speaker names (as in Quote.Speaker,
// possibly from different articles) likely name the same speaker: equal
// ignoring case and titles, one a single word of the other ("Ma" and
// "Jack Ma"), or two names sharing a word ("Jack Ma" and "Ma Yun", his
// Chinese name). Descriptive speakers ("a spokesperson for X") only match
// when equal. Empty names never match.
func SameSpeaker(a, b string) bool {
	ta, tb := nameWords(a), nameWords(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	if strings.EqualFold(strings.Join(ta, " "), strings.Join(tb, " ")) {
		return true
	}
	if descriptive(ta) || descriptive(tb) {
		return false
	}
	for _, x := range ta {
		for _, y := range tb {
			if utf8.RuneCountInString(x) >= 2 && strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}

// nameWords splits a speaker name into words without leading titles.
func nameWords(s string) []string {
	f := strings.Fields(s)
	for len(f) > 1 && (titles[strings.ToLower(f[0])] || titles[strings.ToLower(strings.TrimSuffix(f[0], "."))]) {
		f = f[1:]
	}
	return f
}

// descriptive reports a phrase with a lower-case word ("the mayor").
func descriptive(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !particles[w] {
			return true
		}
	}
	return false
}
