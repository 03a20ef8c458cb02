// Package lexicon holds the word lists truthlens analyses with, embedded in
// the binary and built into maps once on first use: sentiment valence
// (VADER), stop words (stopwords-iso), hedges, weasels and
// fillers (wooorm's lists), profanity (cuss), and hand-written classes of
// subjective, loaded and propaganda wording (data/hand/<lang>/).
//
// Every lookup takes a word already normalised with Normalize (lower case,
// typographic apostrophes folded); lookups never allocate. Languages are
// ISO 639-1 codes; a region suffix ("en-GB") is ignored. The sentiment and
// npm lists are English only.
package lexicon

import (
	"sort"
	"strings"
)

// Normalize lower-cases w and folds the typographic apostrophe (’) to '.
// It returns w itself when nothing changes.
func Normalize(w string) string {
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return strings.ToLower(w)
}

// Lang reduces a language tag to its lower-case ISO 639-1 part: "en-GB" and
// "EN" become "en".
func Lang(tag string) string {
	if len(tag) >= 2 && (len(tag) == 2 || tag[2] == '-' || tag[2] == '_') {
		a, b := tag[0]|0x20, tag[1]|0x20
		if a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' {
			if tag[0] == a && tag[1] == b {
				return tag[:2]
			}
			return string([]byte{a, b})
		}
	}
	return strings.ToLower(tag)
}

// Lookup returns the classes of a single normalised word in language lang
// (0 when unknown). Multi-word terms are found with LookupPhrase.
func Lookup(lang, word string) Class { return For(lang).Get(word).Class }

// Is reports whether word is in class c for language lang.
func Is(lang, word string, c Class) bool { return Lookup(lang, word)&c != 0 }

// LookupPhrase finds the longest multi-word term that starts at words[0]
// (words normalised). It returns its classes and its length in words, or
// 0, 0 when no term of two or more words starts there.
func LookupPhrase(lang string, words []string) (Class, int) { return For(lang).Phrase(words) }

// HasPhrases reports whether some multi-word term in lang starts with word:
// a cheap test before assembling a window for LookupPhrase.
func HasPhrases(lang, word string) bool { return For(lang).Get(word).StartsPhrase }

// Terms lists every term (words and phrases) of class c in lang, sorted.
func Terms(lang string, c Class) []string {
	tb := get().tables[Lang(lang)]
	if tb == nil {
		return nil
	}
	var out []string
	for w, e := range tb.entries {
		if e.Class&c != 0 {
			out = append(out, w)
		}
	}
	for _, ps := range tb.phrases {
		for _, p := range ps {
			if p.class&c != 0 {
				out = append(out, strings.Join(p.words, " "))
			}
		}
	}
	sort.Strings(out)
	return out
}

// Languages lists the languages that have hand-written class lists.
func Languages() []string {
	var out []string
	for l := range get().tables {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// IsStopword reports whether w is a stop word of lang (stopwords-iso).
// A language's list is built on its first use.
func IsStopword(lang, w string) bool {
	_, ok := stopwords(Lang(lang))[w]
	return ok
}
