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

// mark roles: a mark can open, close, or (straight quotes) do either.
const (
	roleOpen = 1 << iota
	roleClose
)

// findQuotes pairs the quotation marks of s: “…”, „…“, «…», »…«, "…", ‘…’
// and '…' (an apostrophe inside or after a word is not a mark). A closing
// mark after final punctuation with no opener means the quotation began in
// an earlier sentence (span from 0); an opener with no closer runs to the
// end of s.
func findQuotes(s string) []quoteSpan {
	var out []quoteSpan
	openAt, opener := -1, ""
	for i := 0; i < len(s); {
		mark, role, n := quoteMark(s, i)
		if n == 0 {
			i++
			continue
		}
		switch {
		case openAt >= 0 && role&roleClose != 0 && closes(opener, mark):
			out = append(out, quoteSpan{Range: text.Range{Start: openAt, End: i + n}, open: true, closed: true})
			openAt = -1
		case openAt < 0 && role&roleOpen != 0:
			openAt, opener = i, mark
		case openAt < 0 && role == roleClose && i > 0 && strings.IndexByte(".,!?", s[i-1]) >= 0:
			// "… good about it.'" closes a quotation opened earlier.
			out = append(out, quoteSpan{Range: text.Range{Start: 0, End: i + n}, closed: true})
		}
		i += n
	}
	if openAt >= 0 {
		out = append(out, quoteSpan{Range: text.Range{Start: openAt, End: len(s)}, open: true})
	}
	return out
}

// quoteMark returns the quotation mark at s[i:], its possible roles and its
// length, or n == 0.
func quoteMark(s string, i int) (mark string, role, n int) {
	switch {
	case s[i] == '"':
		return `"`, straightRole(s, i, 1), 1
	case s[i] == '\'':
		return "'", straightRole(s, i, 1), 1
	case strings.HasPrefix(s[i:], "“"):
		return "“", roleOpen | roleClose, 3 // closes „…“
	case strings.HasPrefix(s[i:], "”"):
		return "”", roleClose, 3
	case strings.HasPrefix(s[i:], "„"):
		return "„", roleOpen, 3
	case strings.HasPrefix(s[i:], "«"):
		return "«", roleOpen | roleClose, 2 // closes »…«
	case strings.HasPrefix(s[i:], "»"):
		return "»", roleOpen | roleClose, 2
	case strings.HasPrefix(s[i:], "‘"):
		return "‘", roleOpen, 3
	case strings.HasPrefix(s[i:], "’"):
		if r := straightRole(s, i, 3); r&roleClose != 0 {
			return "’", roleClose, 3
		}
	}
	return "", 0, 0
}

// straightRole tells from the neighbours whether the mark at s[i:i+n] can
// open (space before, word after) or close (word or punctuation before,
// space or punctuation after) a quotation. Inside a word it is neither.
func straightRole(s string, i, n int) int {
	before := i == 0 || strings.IndexByte(" \t\n([{—–-/", s[i-1]) >= 0 || strings.HasSuffix(s[:i], "—")
	after := i+n >= len(s) || strings.IndexByte(" \t\n)]},.;:!?\"'", s[i+n]) >= 0 ||
		strings.HasPrefix(s[i+n:], "”") || strings.HasPrefix(s[i+n:], "’") || strings.HasPrefix(s[i+n:], "—")
	switch {
	case before && !after:
		return roleOpen
	case after && !before:
		return roleClose
	case before && after:
		return 0 // a lone mark between spaces
	}
	if s[i] == '"' {
		return roleOpen | roleClose // "word"word: rare, take either
	}
	return 0 // an apostrophe: don't, O'Neill
}

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
	case "»":
		return m == "«"
	case "‘", "'":
		return m == "’" || m == "'"
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
