package extract

import (
	"unicode"
	"unicode/utf8"
)

// Topic shift: a block that carries another story shares little of its
// vocabulary with the main body. Vocabulary is the set of content words
// (four letters or more, not a common function word), case-folded.

type vocab map[uint64]struct{}

// hashFold hashes a token case-insensitively (FNV-1a over lower-cased
// runes) without allocating.
func hashFold(tok string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= 1099511628211
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(tok[i:])
		i += n
		r = unicode.ToLower(r)
		for _, b := range string(r) {
			h ^= uint64(b)
			h *= 1099511628211
		}
	}
	return h
}

// stopHashes are the hashes of frequent function words of several
// languages that are four letters or longer.
var stopHashes = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{
		"that", "this", "with", "from", "have", "were", "they", "their", "there", "been",
		"which", "would", "about", "said", "says", "will", "when", "what", "more", "also",
		"into", "than", "then", "them", "these", "those", "other", "some", "such", "only",
		"over", "after", "before", "while", "where", "could", "should", "being", "just",
		"most", "many", "much", "very", "even", "because", "through", "during", "between",
		"against", "under", "does", "each", "both", "same", "your", "year", "years", "like",
		"well", "make", "made", "take", "time", "first", "last", "according", "including",
		"dass", "nicht", "sich", "einen", "einem", "einer", "eine", "sind", "wird", "wurde",
		"auch", "nach", "über", "oder", "aber", "dans", "pour", "avec", "sont", "mais", "plus",
		"cette", "comme", "para", "como", "pero", "este", "esta", "sobre", "entre", "está",
		"todos", "desde", "mais", "também", "pelo", "pela", "sono", "della", "delle", "degli",
		"anche", "come", "questo", "dell'",
	} {
		m[hashFold(w)] = true
	}
	return m
}()

// contentWord: long enough to carry topic and not a function word.
func contentWord(tok string) (uint64, bool) {
	if utf8.RuneCountInString(tok) < 4 {
		r, _ := utf8.DecodeRuneInString(tok)
		if !unicode.Is(unicode.Han, r) {
			return 0, false
		}
	}
	h := hashFold(stem(tok))
	if stopHashes[h] {
		return 0, false
	}
	return h, true
}

// stem drops a plural or possessive ending, enough to match "notice" with
// "notices" and "Ma's" with "Ma".
func stem(tok string) string {
	if n := len(tok); n > 2 && tok[n-2:] == "'s" {
		tok = tok[:n-2]
	}
	if n := len(tok); n > 4 && (tok[n-1] == 's' || tok[n-1] == 'S') && tok[n-2] != 's' {
		tok = tok[:n-1]
	}
	return tok
}

// addVocab adds the content words of s to v.
func (v vocab) add(s string) {
	tokens(s, func(t string) {
		if h, ok := contentWord(t); ok {
			v[h] = struct{}{}
		}
	})
}

// overlap is the share of the distinct content words of s found in v, and
// the number of distinct content words of s.
func (v vocab) overlap(s string) (float64, int) {
	seen := make(map[uint64]struct{}, 64)
	in := 0
	tokens(s, func(t string) {
		h, ok := contentWord(t)
		if !ok {
			return
		}
		if _, dup := seen[h]; dup {
			return
		}
		seen[h] = struct{}{}
		if _, ok := v[h]; ok {
			in++
		}
	})
	if len(seen) == 0 {
		return 0, 0
	}
	return float64(in) / float64(len(seen)), len(seen)
}
