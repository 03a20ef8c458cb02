package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// readableSite turns a URL or host name into a readable outlet name from
// its registrable domain: "https://www.theguardian.com/x" -> "The Guardian",
// "news.example-times.co.uk" -> "Example Times".
func readableSite(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	host := raw
	if strings.Contains(raw, "://") {
		u, err := url.Parse(raw)
		if err != nil {
			return ""
		}
		host = u.Hostname()
	} else if i := strings.IndexAny(host, "/:"); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" || !strings.Contains(host, ".") {
		return ""
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		reg = host
	}
	label, _, _ := strings.Cut(reg, ".")
	if label == "" || isDigits(label) {
		return ""
	}
	var words []string
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' }) {
		if strings.HasPrefix(w, "the") && len(w) > 6 && len(words) == 0 {
			words = append(words, "The")
			w = w[3:]
		}
		words = append(words, capitalize(w))
	}
	return strings.Join(words, " ")
}

func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
