package extract

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

// rxHTMLStart: markup that only a web page starts with (after an optional
// BOM, white space and comments).
var rxHTMLStart = regexp.MustCompile(`(?i)^(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<\?xml[^>]*>\s*<(!doctype\s+)?html)`)

// rxHTMLTags: tags whose presence in quantity marks a page.
var rxHTMLTags = regexp.MustCompile(`(?i)</?(p|div|span|a|br|article|section|h[1-6]|li|ul|script|style|meta|link|img|table|td|tr)(\s[^<>]*)?/?>`)

// detect decides "html" or "text" from the content (the declared kind wins
// when given; the content type only breaks ties), and refuses empty input
// and binary data.
func detect(body []byte, kind, contentType string) (string, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return "", truthlens.Errorf(truthlens.EINVALID, "empty input")
	}
	if isBinary(body) {
		return "", truthlens.Errorf(truthlens.EINVALID, "binary data, not a web page or text")
	}
	switch kind {
	case KindHTML, KindText:
		return kind, nil
	}
	if looksHTML(body) {
		return KindHTML, nil
	}
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "html") && rxHTMLTags.Match(firstN(body, 64<<10)) {
		return KindHTML, nil
	}
	return KindText, nil
}

// looksHTML: the content starts like a page, or is dense with tags.
func looksHTML(body []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	for bytes.HasPrefix(head, []byte("<!--")) {
		end := bytes.Index(head, []byte("-->"))
		if end < 0 {
			break
		}
		head = bytes.TrimLeft(head[end+3:], " \t\r\n")
	}
	if rxHTMLStart.Match(firstN(head, 512)) {
		return true
	}
	sample := firstN(body, 64<<10)
	tags := len(rxHTMLTags.FindAllIndex(sample, 200))
	lines := bytes.Count(sample, []byte("\n")) + 1
	return tags >= 10 && tags*2 >= lines || tags >= 3 && bytes.HasPrefix(head, []byte("<"))
}

// isBinary: NUL bytes, or mostly invalid UTF-8 or control characters, in
// the first 8 KiB (a legacy-charset page is still text: only a large share
// of invalid bytes counts).
func isBinary(body []byte) bool {
	sample := firstN(body, 8<<10)
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	bad, total := 0, 0
	for i := 0; i < len(sample); {
		r, n := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && n == 1 {
			// a rune cut at the sample's end is not an error
			if len(sample)-i < utf8.UTFMax && len(sample) < len(body) {
				break
			}
			bad++
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			bad++
		}
		total++
		i += n
	}
	return total > 0 && bad*10 > total*3
}

func firstN(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
