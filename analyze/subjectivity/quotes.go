package subjectivity

import (
	"strings"

	"github.com/truthlens/truthlens/text"
)

// quoteSpan is a quotation found inside one sentence: the byte range from
// the opening to the closing mark (both included, when present).
type quoteSpan struct {
	text.Range
	open, closed bool // the span has its opening / closing mark in s
}

// findQuotes pairs the quotation marks of s. Handled: “…”, „…“, «…», "…"
// and ‘…’ when the ’ is not an apostrophe. A closing mark with no opener
// means the quotation began in an earlier sentence (span from 0); an opener
// with no closer runs to the end of s.
func findQuotes(s string) []quoteSpan {
	var out []quoteSpan
	openAt, opener := -1, ""
	for i := 0; i < len(s); {
		mark, n := quoteMark(s, i)
		if n == 0 {
			i++
			continue
		}
		switch {
		case openAt < 0 && isCloser(mark) && mark != `"`:
			if mark == "“" { // an English opener
				openAt, opener = i, mark
			} else if mark != "’" {
				out = append(out, quoteSpan{Range: text.Range{Start: 0, End: i + n}, closed: true})
			}
		case openAt < 0:
			if mark != "’" {
				openAt, opener = i, mark
			}
		case closes(opener, mark):
			out = append(out, quoteSpan{Range: text.Range{Start: openAt, End: i + n}, open: true, closed: true})
			openAt = -1
		}
		i += n
	}
	if openAt >= 0 {
		out = append(out, quoteSpan{Range: text.Range{Start: openAt, End: len(s)}, open: true})
	}
	return out
}

// quoteMark returns the quotation mark at s[i:], or n == 0. A ‘ or ’
// between two letters is an apostrophe, not a mark.
func quoteMark(s string, i int) (string, int) {
	switch {
	case s[i] == '"':
		return `"`, 1
	case strings.HasPrefix(s[i:], "“"), strings.HasPrefix(s[i:], "”"),
		strings.HasPrefix(s[i:], "„"):
		return s[i : i+3], 3
	case strings.HasPrefix(s[i:], "«"), strings.HasPrefix(s[i:], "»"):
		return s[i : i+2], 2
	case strings.HasPrefix(s[i:], "‘"):
		return "‘", 3
	case strings.HasPrefix(s[i:], "’"):
		if i > 0 && i+3 < len(s) && isASCIILetter(s[i-1]) && isASCIILetter(s[i+3]) {
			return "", 0
		}
		return "’", 3
	}
	return "", 0
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isCloser(m string) bool { return m == "”" || m == "“" || m == "»" || m == "’" || m == `"` }

func closes(opener, m string) bool {
	switch opener {
	case `"`:
		return m == `"` || m == "”"
	case "“":
		return m == "”" || m == `"`
	case "„":
		return m == "“" || m == "”"
	case "«":
		return m == "»"
	case "‘":
		return m == "’"
	}
	return false
}

// inRanges reports whether byte offset p lies inside one of rs.
func inRanges(p int, rs []text.Range) bool {
	for _, r := range rs {
		if p >= r.Start && p < r.End {
			return true
		}
	}
	return false
}
