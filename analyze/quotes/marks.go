package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/truthlens/truthlens/text"
)

// qspan is one run of quoted words found between quote marks.
type qspan struct {
	open       int  // offset of the opening mark
	start, end int  // the words inside the marks, trimmed
	close      int  // offset just after the closing mark (paragraph end when unclosed)
	closed     bool // a closing mark was found
	para       int  // index of the paragraph
	prev       int  // index of the quote this one continues (an earlier paragraph), or -1
}

// findSpans finds the quoted runs of every paragraph. Pairs: "…" (straight,
// judged open or close by the characters around it), “…”, „…“ or „…”,
// «…», ‘…’ (only when the closing ’ is not an apostrophe), and 'text,"
// (a straight single opening quote closed by a double one, a common
// scraping defect). Quotes inside a quote are part of it. A paragraph whose
// quote is not closed continues into the next paragraph when that one
// opens with a quote mark (the news convention for long quotations).
func findSpans(s string, paras []text.Range) []qspan {
	var out []qspan
	for pi, p := range paras {
		i := p.Start
		lastEnd := p.Start // no quote opens before this
		for i < p.End {
			r, size := utf8.DecodeRuneInString(s[i:p.End])
			closers, ok := openerAt(s, p, i, r)
			if !ok {
				// 'mangled," : a double closing mark with no opener.
				if r == '"' && closeLike(s, p, i, size) {
					if o := straightSingleOpener(s, lastEnd, i); o >= 0 {
						out = appendSpan(out, s, o, o+1, i, i+size, true, pi)
					}
				}
				if r == '"' {
					lastEnd = i + size
				}
				i += size
				continue
			}
			from := i + size
			c, csize := findCloser(s, p, from, r, closers)
			if c < 0 {
				// Unclosed: runs to the end of the paragraph when the quote
				// opens the paragraph or follows a colon; otherwise a stray mark.
				if o := r; o == '\'' || o == '‘' || !paragraphOpener(s, p, i) && !nextOpensQuote(s, paras, pi) {
					i = from
					continue
				}
				out = appendSpan(out, s, i, from, p.End, p.End, false, pi)
				break
			}
			out = appendSpan(out, s, i, from, c, c+csize, true, pi)
			i = c + csize
			lastEnd = i
		}
	}
	linkContinuations(s, paras, out)
	return out
}

// openerAt reports whether the rune r at s[i] opens a quotation, and which
// runes may close it.
func openerAt(s string, p text.Range, i int, r rune) (string, bool) {
	switch r {
	case '“':
		return "”“", true // “…“ happens in sloppy text; ” preferred below
	case '„':
		return "“”", true
	case '«':
		return "»", true
	case '»': // German »…«
		if n, _ := utf8.DecodeRuneInString(s[i+len("»") : p.End]); !unicode.IsSpace(n) && strings.ContainsRune(s[i:p.End], '«') {
			return "«", true
		}
	case '"':
		if !closeLike(s, p, i, 1) {
			return `"`, true
		}
	case '\'':
		if i == p.Start || boundaryBefore(s, i) {
			if n, _ := utf8.DecodeRuneInString(s[i+1 : p.End]); unicode.IsUpper(n) || unicode.IsDigit(n) || n == '"' || n == '“' {
				return "'", true
			}
		}
	case '‘':
		if i == p.Start || boundaryBefore(s, i) {
			if n, _ := utf8.DecodeRuneInString(s[i+len("‘") : p.End]); unicode.IsLetter(n) || unicode.IsDigit(n) || n == '…' {
				return "’", true
			}
		}
	}
	return "", false
}

// findCloser finds the closing mark for an opener o at from.
func findCloser(s string, p text.Range, from int, o rune, closers string) (int, int) {
	firstAlt := -1
	for i := from; i < p.End; {
		r, size := utf8.DecodeRuneInString(s[i:p.End])
		switch {
		case o == '"' && (r == '"' || r == '”' && closeLike(s, p, i, size)):
			return i, size
		case o == '‘' && r == '’':
			// an apostrophe is followed by a letter (don't, H’s); a
			// plural possessive (players’ union) is not, so prefer a mark
			// after , . ? ! before the next opening ‘
			if n, _ := utf8.DecodeRuneInString(s[i+size : p.End]); !unicode.IsLetter(n) && i > from {
				if c := punctCloser(s, p, i); c >= 0 {
					return c, size
				}
				return i, size
			}
		case o == '“' && (r == '”' || r == '"' && closeLike(s, p, i, size)):
			return i, size
		case o == '\'' && r == '\'':
			// a closing straight single quote follows , . ? ! (an
			// apostrophe follows a letter), or ends a headline-style
			// paragraph after "…: 'Words'"
			b, _ := utf8.DecodeLastRuneInString(s[:i])
			n, _ := utf8.DecodeRuneInString(s[i+size : p.End])
			if (b == ',' || b == '.' || b == '?' || b == '!') && !unicode.IsLetter(n) {
				return i, size
			}
			if i+size == p.End && unicode.IsLetter(b) && paragraphOpener(s, p, from-1) {
				return i, size
			}
		case o == '“' && r == '“':
			if firstAlt < 0 && closeLike(s, p, i, size) {
				firstAlt = i
			}
			if !closeLike(s, p, i, size) {
				// a new opening mark: the first quote was never closed
				if firstAlt >= 0 {
					return firstAlt, size
				}
				return -1, 0
			}
		case o != '"' && o != '‘' && o != '“' && o != '\'' && containsRune(closers, r):
			return i, size
		}
		i += size
	}
	if firstAlt >= 0 {
		return firstAlt, len("“")
	}
	return -1, 0
}

// punctCloser returns the first ’ at or after i that follows , . ? or !
// and ends a word, before any new opening ‘, or -1.
func punctCloser(s string, p text.Range, i int) int {
	for k := i; k < p.End; {
		r, size := utf8.DecodeRuneInString(s[k:p.End])
		if r == '‘' && k > i && boundaryBefore(s, k) {
			return -1
		}
		if r == '’' {
			b, _ := utf8.DecodeLastRuneInString(s[:k])
			n, _ := utf8.DecodeRuneInString(s[k+size : p.End])
			if (b == ',' || b == '.' || b == '?' || b == '!') && !unicode.IsLetter(n) {
				return k
			}
		}
		k += size
	}
	return -1
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// closeLike reports whether the mark s[i:i+size] looks like a closing one:
// it follows a non-space character and is followed by white space,
// punctuation or the end of the paragraph.
func closeLike(s string, p text.Range, i, size int) bool {
	if i == p.Start {
		return false
	}
	b, _ := utf8.DecodeLastRuneInString(s[p.Start:i])
	if unicode.IsSpace(b) || b == '(' || b == '[' || b == '—' || b == '–' {
		return false
	}
	if i+size >= p.End {
		return true
	}
	n, _ := utf8.DecodeRuneInString(s[i+size : p.End])
	if n == 'p' || n == 'h' {
		// a tweet embed glues its picture link to the closing mark:
		// "…concealed"pic.twitter.com/x1"
		if rest := s[i+size : p.End]; strings.HasPrefix(rest, "pic.twitter.com/") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "http://") {
			return true
		}
	}
	return !unicode.IsLetter(n) && !unicode.IsDigit(n)
}

// boundaryBefore reports white space or an opening bracket/dash before s[i].
func boundaryBefore(s string, i int) bool {
	b, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(b) || b == '(' || b == '[' || b == '—' || b == '–' || b == ':'
}

// straightSingleOpener finds, for a double closing mark at c preceded by
// , . ? or !, a straight single quote opening a word after lastEnd.
func straightSingleOpener(s string, lastEnd, c int) int {
	b, _ := utf8.DecodeLastRuneInString(s[:c])
	if b != ',' && b != '.' && b != '?' && b != '!' {
		return -1
	}
	for i := lastEnd; i < c; i++ {
		if s[i] != '\'' || (i > 0 && !boundaryBefore(s, i)) {
			continue
		}
		if n, _ := utf8.DecodeRuneInString(s[i+1 : c]); unicode.IsUpper(n) || unicode.IsDigit(n) {
			return i
		}
	}
	return -1
}

// nextOpensQuote reports whether paragraph pi+1 starts with a quote mark.
func nextOpensQuote(s string, paras []text.Range, pi int) bool {
	if pi+1 >= len(paras) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[paras[pi+1].Start:paras[pi+1].End])
	return r == '"' || r == '“' || r == '„' || r == '«'
}

// paragraphOpener reports whether the mark at i opens the paragraph or
// follows a colon: the shapes of a quotation continued in the next
// paragraph.
func paragraphOpener(s string, p text.Range, i int) bool {
	if i == p.Start {
		return true
	}
	k := i
	for k > p.Start {
		r, size := utf8.DecodeLastRuneInString(s[p.Start:k])
		if !unicode.IsSpace(r) {
			return r == ':'
		}
		k -= size
	}
	return true
}

// appendSpan trims the words between the marks (white space, and a
// trailing comma that belongs to the reporting clause) and appends them.
func appendSpan(out []qspan, s string, open, a, b, close int, closed bool, para int) []qspan {
	for a < b {
		r, size := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		b -= size
	}
	if b <= a {
		return out
	}
	return append(out, qspan{open: open, start: a, end: b, close: close, closed: closed, para: para, prev: -1})
}

// linkContinuations marks a quote that opens a paragraph right after a
// paragraph whose last quote was not closed as the continuation of it.
func linkContinuations(s string, paras []text.Range, spans []qspan) {
	for k := 1; k < len(spans); k++ {
		prev, cur := spans[k-1], spans[k]
		if prev.closed || cur.para != prev.para+1 || cur.open != paras[cur.para].Start {
			continue
		}
		spans[k].prev = k - 1
	}
}
