package analyze

import "strings"

// matcher finds word-list phrases in a token stream. It is built once at
// start-up; matching looks the current token up in a map (no regexps).
//
// List syntax, one phrase per entry: words separated by spaces; a word
// ending in '*' matches any token it prefixes ("slam*" matches "slammed");
// a phrase may carry a tag after a '|' ("deep state|name").
type matcher struct {
	exact   map[string][]int // first word -> phrase indexes
	prefix  map[string][]int // first 3 bytes of a prefix first word -> phrase indexes
	phrases []phrase
}

type phrase struct {
	words []string
	pref  []bool
	tag   string
}

func newMatcher(lists ...[]string) *matcher {
	m := &matcher{exact: map[string][]int{}, prefix: map[string][]int{}}
	for _, list := range lists {
		for _, e := range list {
			m.add(e)
		}
	}
	return m
}

func (m *matcher) add(entry string) {
	tag := ""
	if i := strings.IndexByte(entry, '|'); i >= 0 {
		entry, tag = entry[:i], entry[i+1:]
	}
	ws := strings.Fields(strings.ToLower(entry))
	if len(ws) == 0 {
		return
	}
	p := phrase{words: ws, pref: make([]bool, len(ws)), tag: tag}
	for i, w := range ws {
		if strings.HasSuffix(w, "*") {
			p.words[i] = strings.TrimSuffix(w, "*")
			p.pref[i] = true
		}
	}
	idx := len(m.phrases)
	m.phrases = append(m.phrases, p)
	if p.pref[0] && len(p.words[0]) >= 3 {
		k := p.words[0][:3]
		m.prefix[k] = append(m.prefix[k], idx)
		return
	}
	m.exact[p.words[0]] = append(m.exact[p.words[0]], idx)
}

func wordMatch(norm, w string, pref bool) bool {
	if pref {
		return strings.HasPrefix(norm, w)
	}
	return norm == w || base(norm) == w
}

// at returns the longest phrase matching toks[i:] (n tokens; 0 if none)
// and its tag. Phrases never run across sentences.
func (m *matcher) at(toks []token, i int) (n int, tag string) {
	try := func(cands []int) {
		for _, pi := range cands {
			p := &m.phrases[pi]
			if len(p.words) <= n || i+len(p.words) > len(toks) {
				continue
			}
			ok := true
			for k, w := range p.words {
				t := &toks[i+k]
				if t.Sent != toks[i].Sent || !wordMatch(t.Norm, w, p.pref[k]) {
					ok = false
					break
				}
			}
			if ok {
				n, tag = len(p.words), p.tag
			}
		}
	}
	norm := toks[i].Norm
	if c, ok := m.exact[norm]; ok {
		try(c)
	}
	if b := base(norm); b != norm {
		if c, ok := m.exact[b]; ok {
			try(c)
		}
	}
	if len(norm) >= 3 {
		if c, ok := m.prefix[norm[:3]]; ok {
			try(c)
		}
	}
	return n, tag
}

// match is one phrase found in the tokens: tokens [I, I+N).
type match struct {
	I, N int
	Tag  string
}

// all returns the non-overlapping longest matches in toks, left to right.
func (m *matcher) all(toks []token) []match {
	var out []match
	for i := 0; i < len(toks); i++ {
		if n, tag := m.at(toks, i); n > 0 {
			out = append(out, match{I: i, N: n, Tag: tag})
			i += n - 1
		}
	}
	return out
}
