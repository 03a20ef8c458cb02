package truthlens

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that never change what a URL points at.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true,
	"mc_eid": true, "ref": true, "ref_src": true, "cmpid": true, "ocid": true,
	"igshid": true, "smid": true, "share": true, "at_medium": true, "at_campaign": true,
}

// CanonicalURL normalises an article URL for de-duplication: lower-case
// scheme and host, no default port, no fragment, no tracking parameters
// (utm_* and friends), sorted query, no trailing slash. It returns "" for
// anything that is not an absolute http(s) URL.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if p := u.Port(); p != "" && !(scheme == "http" && p == "80") && !(scheme == "https" && p == "443") {
		host += ":" + p
	}
	q := u.Query()
	var keys []string
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var qs []string
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			qs = append(qs, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	out := "https://" + host + path // http and https name the same article
	if len(qs) > 0 {
		out += "?" + strings.Join(qs, "&")
	}
	return out
}

// ContentHash is a hash of the text with whitespace folded and case lowered,
// so the same text pasted twice gets the same key.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(strings.ToLower(strings.Join(strings.Fields(text), " "))))
	return hex.EncodeToString(h[:])
}

// ArticleKey is the identity of an article for de-duplication: "url:" plus
// the canonical URL when there is one, else "text:" plus the content hash.
func ArticleKey(d Document) string {
	if c := CanonicalURL(d.URL); c != "" {
		return "url:" + c
	}
	return "text:" + ContentHash(d.Text)
}
