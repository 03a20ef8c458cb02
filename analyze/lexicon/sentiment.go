package lexicon

// Sentiment returns the prior valence of an English word in [-1, 1]: its
// VADER mean rating divided by 4. ok is false for words VADER does not rate.
// (AFINN is not used: its word list is under a share-alike database
// licence.)
func Sentiment(word string) (v float64, ok bool) {
	e := For("en").Get(word)
	return float64(e.Valence), e.HasValence
}

// VADER returns the VADER mean valence of word, in -4..4.
func VADER(word string) (float64, bool) {
	e := For("en").Get(word)
	return float64(e.Valence) * 4, e.HasValence
}

// Profanity returns the cuss sureness rating of word: 0 (maybe profane, e.g.
// "abortion"), 1 (likely) or 2 (surely profane or a slur).
func Profanity(word string) (int, bool) {
	x, ok := get().profane[word]
	return int(x), ok
}
