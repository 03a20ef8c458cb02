package lexicon

// Sentiment returns the prior valence of an English word in [-1, 1]: the
// VADER mean rating divided by 4 when VADER rates it, else the AFINN-165
// score divided by 5. ok is false for words neither rates.
func Sentiment(word string) (v float64, ok bool) {
	t := get()
	if x, ok := t.vader[word]; ok {
		return float64(x) / 4, true
	}
	if x, ok := t.afinn[word]; ok {
		return float64(x) / 5, true
	}
	return 0, false
}

// AFINN returns the AFINN-165 valence of word, an integer in -5..5.
func AFINN(word string) (int, bool) {
	x, ok := get().afinn[word]
	return int(x), ok
}

// VADER returns the VADER mean valence of word, in -4..4.
func VADER(word string) (float64, bool) {
	x, ok := get().vader[word]
	return float64(x), ok
}

// Profanity returns the cuss sureness rating of word: 0 (maybe profane, e.g.
// "abortion"), 1 (likely) or 2 (surely profane or a slur).
func Profanity(word string) (int, bool) {
	x, ok := get().profane[word]
	return int(x), ok
}
