package lexicon

import (
	"bufio"
	"strings"
	"sync"
)

// stopwordSets holds the stop-word set of each language asked for so far:
// stopwords-iso has 50+ languages and a process needs one or two, so each
// set is read from the embedded file on first use.
var stopwordSets sync.Map // lang -> map[string]struct{}

func stopwords(lang string) map[string]struct{} {
	if m, ok := stopwordSets.Load(lang); ok {
		return m.(map[string]struct{})
	}
	m := readStopwords(lang)
	actual, _ := stopwordSets.LoadOrStore(lang, m)
	return actual.(map[string]struct{})
}

// readStopwords collects the words of lang from data/stopwords.tsv
// ("lang<TAB>word" lines). An unknown language gets an empty set.
func readStopwords(lang string) map[string]struct{} {
	m := map[string]struct{}{}
	if lang == "" {
		return m
	}
	f, err := dataFS.Open("data/stopwords.tsv")
	if err != nil {
		panic("lexicon: embedded stopwords.tsv: " + err.Error())
	}
	defer f.Close()
	prefix := lang + "\t"
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w, ok := strings.CutPrefix(sc.Text(), prefix); ok && w != "" {
			m[w] = struct{}{}
		}
	}
	return m
}
