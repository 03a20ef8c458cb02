package headline

import "sort"

// Features of the clickbait classifier: word unigrams and bigrams, the
// first word, character n-grams inside words, and a few hand features
// (starts with a number, second person, forward reference, superlative,
// question, all caps, exclamation, loaded word, length). Every feature is a
// string hashed (FNV-1a, 32 bit) into a table of 2^Bits weights; the
// trainer in internal/train/clickbait and Analyze share this code, so the
// committed weights always match the features computed here.

// FeatureConfig says which features a model uses. It is stored in the
// model file.
type FeatureConfig struct {
	Bits    uint `json:"bits"`     // log2 of the weight table size
	CharMin int  `json:"char_min"` // shortest character n-gram (0 = none)
	CharMax int  `json:"char_max"` // longest character n-gram
	Case    bool `json:"case"`     // add a Title Case feature
	// Lists is the fingerprint of the word lists the hand features use
	// (see ListsFingerprint): a model trained with other lists is stale.
	Lists uint32 `json:"lists"`
}

// ListsFingerprint hashes the word lists that hand features depend on, so
// a test can tell when model.json must be retrained.
func ListsFingerprint() uint32 {
	h := hashStart('L')
	for _, m := range []map[string]bool{keySet(loaded), superlatives, notSuperlative, forwardRefs} {
		keys := make([]string, 0, len(m))
		for k, v := range m {
			if v {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			h = hashByte(hashString(h, k), 0)
		}
		h = hashByte(h, 1)
	}
	return h
}

func keySet(m map[string]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

const (
	fnvOffset32 = 2166136261
	fnvPrime32  = 16777619
)

// featureSet accumulates hashed feature indices.
type featureSet struct {
	mask uint32
	idx  []uint32
}

func hashStart(ns byte) uint32 {
	return (fnvOffset32 ^ uint32(ns)) * fnvPrime32
}

func hashString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime32
	}
	return h
}

func hashByte(h uint32, b byte) uint32 {
	return (h ^ uint32(b)) * fnvPrime32
}

func (f *featureSet) add(h uint32) { f.idx = append(f.idx, h&f.mask) }

// Features returns the hashed feature indices of title under cfg, in a
// fixed order (an index may repeat: it then counts twice).
func Features(title string, cfg FeatureConfig) []uint32 {
	return features(title, tokenize(title), cfg, nil)
}

// wordKey is the form of a word used as a feature: lower case, digits
// folded to "#".
func wordKey(t token) string {
	if isNumber(t.Text) {
		return "#"
	}
	return t.Lower
}

func features(title string, toks []token, cfg FeatureConfig, dst []uint32) []uint32 {
	fs := featureSet{mask: 1<<cfg.Bits - 1, idx: dst[:0]}
	prev := "<s>"
	for i, t := range toks {
		w := wordKey(t)
		fs.add(hashString(hashStart('w'), w))
		fs.add(hashString(hashByte(hashString(hashStart('b'), prev), ' '), w))
		if i == 0 {
			fs.add(hashString(hashStart('f'), w))
		}
		prev = w
		if cfg.CharMin > 0 && w != "#" {
			charGrams(&fs, w, cfg.CharMin, cfg.CharMax)
		}
	}
	fs.add(hashString(hashByte(hashString(hashStart('b'), prev), ' '), "</s>"))
	for _, name := range handFeatures(title, toks, cfg) {
		fs.add(hashString(hashStart('h'), name))
	}
	return fs.idx
}

// wordFeatures returns the features of one word alone (its unigram and
// character n-grams), used to tell which word drives the model.
func wordFeatures(t token, cfg FeatureConfig) []uint32 {
	fs := featureSet{mask: 1<<cfg.Bits - 1}
	w := wordKey(t)
	fs.add(hashString(hashStart('w'), w))
	if cfg.CharMin > 0 && w != "#" {
		charGrams(&fs, w, cfg.CharMin, cfg.CharMax)
	}
	return fs.idx
}

// charGrams adds the byte n-grams of " w " for n in [lo, hi].
func charGrams(fs *featureSet, w string, lo, hi int) {
	n := len(w) + 2
	at := func(i int) byte {
		if i == 0 || i == n-1 {
			return ' '
		}
		return w[i-1]
	}
	for size := lo; size <= hi; size++ {
		for i := 0; i+size <= n; i++ {
			h := hashByte(hashStart('c'), byte('0'+size))
			for j := i; j < i+size; j++ {
				h = hashByte(h, at(j))
			}
			fs.add(h)
		}
	}
}

// handFeatures names the hand-written cues present in the headline.
func handFeatures(title string, toks []token, cfg FeatureConfig) []string {
	var out []string
	if len(toks) == 0 {
		return append(out, "empty")
	}
	if isNumber(toks[0].Text) {
		out = append(out, "startnum")
	}
	you, sup, caps, load := false, false, false, false
	for _, t := range toks {
		if isSecondPerson(t.Lower) {
			you = true
		}
		if isSuperlative(t.Lower) {
			sup = true
		}
		if isAllCaps(t.Text) && len(t.Text) > 3 {
			caps = true
		}
		if _, ok := loaded[t.Lower]; ok {
			load = true
		}
	}
	if you {
		out = append(out, "you")
	}
	if forwardRefs[toks[0].Lower] {
		out = append(out, "fwdref")
	}
	if sup {
		out = append(out, "superlative")
	}
	if caps {
		out = append(out, "allcaps")
	}
	if load {
		out = append(out, "loaded")
	}
	for i := len(title) - 1; i >= 0; i-- {
		c := title[i]
		if c == ' ' || c == '"' || c == '\'' {
			continue
		}
		if c == '?' {
			out = append(out, "question")
		}
		if c == '!' {
			out = append(out, "exclaim")
		}
		break
	}
	switch n := len(toks); {
	case n <= 4:
		out = append(out, "len<=4")
	case n <= 7:
		out = append(out, "len<=7")
	case n <= 10:
		out = append(out, "len<=10")
	case n <= 14:
		out = append(out, "len<=14")
	default:
		out = append(out, "len>14")
	}
	if cfg.Case && titleCase(toks) {
		out = append(out, "titlecase")
	}
	return out
}
