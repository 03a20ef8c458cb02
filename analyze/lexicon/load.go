package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv data/*.txt data/hand
var dataFS embed.FS

// table is everything the package knows, built once from the embedded files.
type table struct {
	langs   map[string]*langTable // load-time only: merged into tables
	vader   []wordValue           // English word -> VADER mean valence
	profane map[string]int8
	pos     []wordTags        // English word -> Penn tags, "JJ|NN"
	tables  map[string]*Table // per language, everything merged (table.go)
}

// langTable holds one language's classes: single words in words, and
// multi-word terms in phrases, keyed by their first word.
type wordValue struct {
	word  string
	value float32
}

type wordTags struct {
	word, tags string
}

type langTable struct {
	words   map[string]Class
	phrases map[string][]phrase
}

type phrase struct {
	words []string
	class Class
}

var (
	once sync.Once
	tab  *table
)

// get returns the lexicon, building it on first use. The embedded data is
// part of the binary, so a parse failure is a programming error: panic.
func get() *table {
	once.Do(func() {
		t, err := build(dataFS)
		if err != nil {
			panic(fmt.Errorf("lexicon: embedded data: %w", err))
		}
		tab = t
	})
	return tab
}

func build(fsys fs.FS) (*table, error) {
	t := &table{
		langs:   map[string]*langTable{},
		vader:   make([]wordValue, 0, 7600),
		profane: map[string]int8{},
		pos:     make([]wordTags, 0, 20000),
	}
	if err := readLines(fsys, "data/vader.tsv", func(l string) error {
		w, v, err := splitNum(l)
		t.vader = append(t.vader, wordValue{w, float32(v)})
		return err
	}); err != nil {
		return nil, err
	}
	if err := readLines(fsys, "data/cuss.tsv", func(l string) error {
		w, v, err := splitNum(l)
		t.profane[w] = int8(v)
		return err
	}); err != nil {
		return nil, err
	}
	if err := readLines(fsys, "data/en_pos.tsv", func(l string) error {
		w, tags, ok := strings.Cut(l, "\t")
		if !ok {
			return fmt.Errorf("bad line %q", l)
		}
		t.pos = append(t.pos, wordTags{w, strings.ToUpper(tags)})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := t.loadHand(fsys); err != nil {
		return nil, err
	}
	if err := t.loadEnglishNPM(fsys); err != nil {
		return nil, err
	}
	t.buildTables()
	return t, nil
}

// loadHand reads data/hand/<lang>/<class>.txt.
func (t *table) loadHand(fsys fs.FS) error {
	dirs, err := fs.ReadDir(fsys, "data/hand")
	if err != nil {
		return err
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		lang := d.Name()
		files, err := fs.ReadDir(fsys, path.Join("data/hand", lang))
		if err != nil {
			return err
		}
		for _, f := range files {
			name := strings.TrimSuffix(f.Name(), ".txt")
			c, ok := ClassByName(name)
			if !ok {
				continue // helper lists such as hedge_exclude.txt
			}
			err := readLines(fsys, path.Join("data/hand", lang, f.Name()), func(l string) error {
				for _, term := range expand(l) {
					t.add(lang, term, c)
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// loadEnglishNPM merges the vendored English npm lists into classes.
func (t *table) loadEnglishNPM(fsys fs.FS) error {
	exclude := map[string]bool{}
	if err := readLines(fsys, "data/hand/en/hedge_exclude.txt", func(l string) error {
		exclude[l] = true
		return nil
	}); err != nil {
		return err
	}
	simple := []struct {
		file  string
		class Class
	}{
		{"data/hedges.txt", Hedge},
		{"data/weasels.txt", Weasel},
		{"data/fillers.txt", Filler},
		{"data/vader_negations.txt", Negation},
	}
	for _, s := range simple {
		err := readLines(fsys, s.file, func(l string) error {
			if s.class == Hedge && exclude[l] {
				return nil
			}
			t.add("en", l, s.class)
			return nil
		})
		if err != nil {
			return err
		}
	}
	if err := readLines(fsys, "data/vader_boosters.tsv", func(l string) error {
		w, dir, _ := strings.Cut(l, "\t")
		if dir == "up" {
			t.add("en", w, Intensifier)
		} else {
			t.add("en", w, Downtoner)
		}
		return nil
	}); err != nil {
		return err
	}
	notProfane := map[string]bool{}
	if err := readLines(fsys, "data/hand/en/profane_exclude.txt", func(l string) error {
		notProfane[l] = true
		return nil
	}); err != nil {
		return err
	}
	for w, r := range t.profane {
		if r >= 2 && !notProfane[w] {
			t.add("en", w, Profane)
		}
	}
	return nil
}

// add puts term (lower case, words separated by single spaces) in class c.
func (t *table) add(lang, term string, c Class) {
	lt := t.langs[lang]
	if lt == nil {
		lt = &langTable{words: map[string]Class{}, phrases: map[string][]phrase{}}
		t.langs[lang] = lt
	}
	if !strings.Contains(term, " ") {
		lt.words[term] |= c
		return
	}
	ws := strings.Fields(term)
	for i, p := range lt.phrases[ws[0]] {
		if strings.Join(p.words, " ") == term {
			lt.phrases[ws[0]][i].class |= c
			return
		}
	}
	lt.phrases[ws[0]] = append(lt.phrases[ws[0]], phrase{words: ws, class: c})
}

// expand turns "base|a|b" into base, base+a, base+b.
func expand(l string) []string {
	parts := strings.Split(l, "|")
	out := []string{parts[0]}
	for _, s := range parts[1:] {
		out = append(out, parts[0]+s)
	}
	return out
}

// readLines calls fn for every non-empty, non-comment line of a file,
// trimmed and lower-cased (tabs kept).
func readLines(fsys fs.FS, name string, fn func(string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		if err := fn(Normalize(l)); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func splitNum(l string) (string, float64, error) {
	w, num, ok := strings.Cut(l, "\t")
	if !ok {
		return "", 0, fmt.Errorf("bad line %q", l)
	}
	v, err := strconv.ParseFloat(num, 64)
	return w, v, err
}
