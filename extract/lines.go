package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is one line of pasted text (after joining hard-wrapped lines): the
// smallest piece the cleaner keeps or cuts.
type unit struct {
	text  string // trimmed
	words int
	kind  string // removed kind, "" while kept
	disc  string // disclosure kind, if the line is one
	// headlike: short and not a sentence (a headline, label or heading).
	headlike bool
}

// normalizeText makes pasted text uniform: "\n" line ends, no BOM, no
// zero-width or control characters, non-breaking spaces as spaces.
func normalizeText(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == utf8.RuneError && n == 1:
			// invalid byte: drop
		case r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\u3000':
			b.WriteByte(' ')
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			// zero-width / soft hyphen: drop
		case unicode.IsControl(r):
			// other control characters: drop
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// splitUnits splits normalized text into trimmed non-empty lines, joining
// hard-wrapped lines of running text: within a block of lines (between
// blank lines) wrapped at a fixed width of 40-120 characters, a line that
// reaches near that width goes on in the next one; anywhere, a line that
// does not end a sentence goes on in a next line starting in lower case.
func splitUnits(s string) []unit {
	lines := strings.Split(s, "\n")
	var out []unit
	var block []string
	flush := func() {
		width := 0
		for _, l := range block {
			width = max(width, utf8.RuneCountInString(l))
		}
		// Wrapped at a fixed width: most lines but the last reach near it.
		near := 0
		for _, l := range block[:max(0, len(block)-1)] {
			if 10*utf8.RuneCountInString(l) >= 6*width {
				near++
			}
		}
		wrapped := len(block) >= 2 && width >= 40 && width <= 120 && 3*near >= 2*(len(block)-1)
		var cur strings.Builder
		for i, l := range block {
			if i > 0 {
				prev := block[i-1]
				join := wrapped && 10*utf8.RuneCountInString(prev) >= 6*width && !isListLine(l) ||
					len(prev) >= 40 && !endsSentence(prev) && startsLower(l)
				if !join {
					out = append(out, unit{text: cur.String()})
					cur.Reset()
				} else {
					cur.WriteByte(' ')
				}
			}
			cur.WriteString(l)
		}
		if cur.Len() > 0 {
			out = append(out, unit{text: cur.String()})
		}
		block = block[:0]
	}
	for _, l := range lines {
		t := collapseSpaces(l)
		if t == "" {
			flush()
			continue
		}
		block = append(block, t)
	}
	flush()
	for i := range out {
		out[i].words = countWords(out[i].text)
		out[i].headlike = out[i].words <= 20 && !endsSentence(out[i].text)
	}
	return out
}

// isListLine: a bullet or numbered line, which starts a unit of its own.
func isListLine(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	if strings.ContainsRune("•-*–—·>", r) {
		return true
	}
	i := 0
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	return i > 0 && i < 4 && i < len(l) && (l[i] == '.' || l[i] == ')')
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// countWords counts runs of letters or digits; a CJK character counts as
// one word each third so that Chinese or Japanese lines get sensible sizes.
func countWords(s string) int {
	n, cjk := 0, 0
	in := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
				if !in {
					n++
				}
				in = true
			} else {
				in = false
			}
			continue
		}
		switch {
		case r >= 0x2e80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)):
			cjk++
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				n++
			}
			in = true
		default:
			in = false
		}
	}
	return n + (cjk+2)/3
}

// tokens returns the lower-cased word tokens of s (letters and digits),
// calling fn for each. It allocates nothing for ASCII text.
func tokens(s string, fn func(tok string)) {
	start := -1
	for i, r := range s {
		var word bool
		if r < utf8.RuneSelf {
			word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\'' && start >= 0
		} else {
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// lineKey hashes the word tokens of a line, case-folded: two lines with
// the same words (whatever their punctuation, bullets or spacing) share a
// key. It allocates nothing.
func lineKey(s string) uint64 {
	h := uint64(14695981039346656037)
	tokens(s, func(t string) {
		h ^= hashFold(t)
		h *= 1099511628211
	})
	return h
}

// collapseSpaces trims s and turns white-space runs into one space,
// returning s itself (no allocation) when there is nothing to change.
func collapseSpaces(s string) string {
	s = strings.TrimSpace(s)
	clean := true
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			clean = false // unicode spaces: take the slow path
			break
		}
		sp := c == ' ' || c == '\t' || c == '\v' || c == '\f'
		if sp && (prevSpace || c != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
