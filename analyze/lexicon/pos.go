package lexicon

// POS returns the Penn Treebank tags an English word can take, most likely
// first, joined by "|" ("JJ|NN"), from en-lexicon. Only words that can be
// adjectives or adverbs are kept; ok is false for the rest.
func POS(word string) (tags string, ok bool) {
	tags = For("en").Get(word).Tags
	return tags, tags != ""
}

// IsAdjective reports whether word is most likely an adjective (its first
// tag is JJ, JJR or JJS).
func IsAdjective(word string) bool {
	return For("en").Get(word).Adjective
}

// IsAdverb reports whether word is most likely an adverb (first tag RB*).
func IsAdverb(word string) bool {
	return For("en").Get(word).Adverb
}
