package subjectivity

import "strings"

// A sentence copied raw out of a CSV or TSV file can still carry the
// file's quoting: the whole field wrapped in double quotes, every quotation
// mark inside doubled (`"He said: ""No."""`). Read as it stands, the
// wrapper looks like one long quotation and the whole sentence is masked
// as a speaker's words. fieldQuoting undoes that quoting without moving a
// byte: the wrapper becomes spaces and each doubled mark one mark and a
// space, so offsets into the sentence (the caller's mask, the cue spans)
// stay valid.

// csvQuoted reports whether s is a quoted CSV field with doubled marks
// inside: it opens and closes with '"' and holds "" in between. Ordinary
// prose never doubles a quotation mark.
func csvQuoted(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 4 && t[0] == '"' && t[len(t)-1] == '"' && strings.Contains(t[1:len(t)-1], `""`)
}

// fieldQuoting returns s with its CSV quoting blanked out (same length),
// or s itself when it has none.
func fieldQuoting(s string) string {
	if !csvQuoted(s) {
		return s
	}
	b := []byte(s)
	first := strings.IndexByte(s, '"')
	last := strings.LastIndexByte(s, '"')
	b[first], b[last] = ' ', ' '
	for i := first + 1; i < last; i++ {
		if b[i] != '"' || i+1 >= last || b[i+1] != '"' {
			continue
		}
		// Keep the mark next to the words it quotes: an opening mark (a
		// word follows) gives up the byte before it, a closing one the
		// byte after it.
		if i+2 < last && !strings.ContainsRune(" \t.,;:!?)]", rune(b[i+2])) {
			b[i] = ' '
		} else {
			b[i+1] = ' '
		}
		i++
	}
	return string(b)
}

// UnquoteCSVField returns s with any CSV field quoting blanked out, byte
// for byte (see fieldQuoting), so that a caller finding quotations in a
// line copied raw from a CSV/TSV file (`truthlens sentences --lines`) sees
// the same quotation marks Classify does. Offsets into s stay valid.
func UnquoteCSVField(s string) string { return fieldQuoting(s) }
