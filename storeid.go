package truthlens

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"
)

// ArticleID is the stored id of the article whose ArticleKey is key: the
// first 12 hex digits of its SHA-256. It is short, URL-safe and stable, so
// re-importing an article gives the same id in every store.
func ArticleID(key string) string {
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:])[:12]
}

// OutletName is the name of the outlet that published d: its site name,
// else the host name of its URL (without "www."), else "Unknown".
func OutletName(d Document) string {
	if s := strings.Join(strings.Fields(d.Site), " "); s != "" {
		return s
	}
	if u, err := url.Parse(strings.TrimSpace(d.URL)); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return "Unknown"
}

// OutletID is the URL-safe slug of an outlet name: lower-case letters and
// digits, other runs of characters replaced by "-" ("BBC News" -> "bbc-news",
// "example.com" -> "example-com"); "unknown" when nothing is left.
func OutletID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "unknown"
	}
	return b.String()
}
