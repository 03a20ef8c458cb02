package main

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	truthlens "github.com/truthlens/truthlens"
)

// utf8BOM is the byte order mark some editors put at the start of a file.
var utf8BOM = []byte("\xef\xbb\xbf")

// lineText prepares the bytes of a line-oriented input (headline,
// sentences --lines): binary data is refused like extraction refuses it,
// a byte order mark is dropped, and text that is not UTF-8 is read as
// Windows-1252 (so offsets into the printed text stay exact).
func lineText(body []byte) ([]byte, error) {
	body = bytes.TrimPrefix(body, utf8BOM)
	if looksBinary(body) {
		return nil, truthlens.Errorf(truthlens.EINVALID, "binary data, not text")
	}
	if !utf8.Valid(body) {
		if out, err := charmap.Windows1252.NewDecoder().Bytes(body); err == nil && utf8.Valid(out) {
			return out, nil
		}
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), nil
	}
	return body, nil
}

// looksBinary: NUL bytes, or more than 30% invalid UTF-8 or control
// characters in the first 8 KiB.
func looksBinary(body []byte) bool {
	sample := body[:min(len(body), 8<<10)]
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	bad, total := 0, 0
	for i := 0; i < len(sample); {
		r, n := utf8.DecodeRune(sample[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			if len(sample)-i < utf8.UTFMax && len(sample) < len(body) {
				i = len(sample) // a rune cut at the sample's end
				continue
			}
			bad++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			bad++
		}
		total++
		i += n
	}
	return total > 0 && bad*10 > total*3
}
