package lexicon

// Entry is everything the lexicon knows about one normalised word in one
// language, found with a single map lookup (Table.Get).
type Entry struct {
	Class        Class
	Valence      float32 // prior sentiment in [-1, 1] (English; see Sentiment)
	HasValence   bool
	Adjective    bool   // most likely an adjective (English; see IsAdjective)
	Adverb       bool   // most likely an adverb (English; see IsAdverb)
	Tags         string // Penn tags, most likely first ("JJ|NN"); English adjective/adverb-capable words only
	StartsPhrase bool   // some multi-word term of the language starts with it
}

// Table is the lexicon of one language. The zero or nil Table knows no
// words. Get it once per text with For; its methods are safe for
// concurrent use and never allocate.
type Table struct {
	entries map[string]Entry
	phrases map[string][]phrase
}

var empty = &Table{}

// For returns the lexicon of language lang ("en", "de-AT"); an unknown
// language gets an empty table.
func For(lang string) *Table {
	if t := get().tables[Lang(lang)]; t != nil {
		return t
	}
	return empty
}

// Get returns the entry of a normalised word (the zero Entry if unknown).
func (t *Table) Get(word string) Entry {
	if t == nil {
		return Entry{}
	}
	return t.entries[word]
}

// Phrase finds the longest multi-word term that starts at words[0]; see
// LookupPhrase.
func (t *Table) Phrase(words []string) (Class, int) {
	if t == nil || len(words) < 2 {
		return 0, 0
	}
	var best Class
	n := 0
	for _, p := range t.phrases[words[0]] {
		if len(p.words) <= n || len(p.words) > len(words) {
			continue
		}
		ok := true
		for i := 1; i < len(p.words); i++ {
			if p.words[i] != words[i] {
				ok = false
				break
			}
		}
		if ok {
			best, n = p.class, len(p.words)
		}
	}
	return best, n
}

// buildTables merges classes, sentiment and part of speech into one entry
// per word and language.
func (t *table) buildTables() {
	t.tables = map[string]*Table{}
	for lang, lt := range t.langs {
		n := len(lt.words)
		if lang == "en" {
			n += len(t.vader) + len(t.pos)
		}
		tb := &Table{entries: make(map[string]Entry, n), phrases: lt.phrases}
		for w, c := range lt.words {
			tb.entries[w] = Entry{Class: c}
		}
		for first := range lt.phrases {
			e := tb.entries[first]
			e.StartsPhrase = true
			tb.entries[first] = e
		}
		if lang == "en" {
			for _, wv := range t.vader {
				e := tb.entries[wv.word]
				e.Valence, e.HasValence = wv.value/4, true
				tb.entries[wv.word] = e
			}
			for _, wt := range t.pos {
				w, tags := wt.word, wt.tags
				e := tb.entries[w]
				e.Tags = tags
				e.Adjective = len(tags) >= 2 && tags[:2] == "JJ"
				e.Adverb = len(tags) >= 2 && tags[:2] == "RB"
				tb.entries[w] = e
			}
		}
		t.tables[lang] = tb
	}
	t.langs, t.vader, t.pos = nil, nil, nil // merged; free the load-time data
}
