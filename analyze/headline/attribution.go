package headline

import "strings"

// Attribution: a headline that states an allegation as fact gets its
// source (", according to X"), a trailing ": Report" becomes ", report
// says", and with no named source an alleged wrongdoing gets "allegedly".

// attributionTails are "...: Report" endings rewritten as ", report says".
var attributionTails = map[string]string{
	"report": "report says", "reports": "reports say", "sources": "sources say",
	"study": "study says", "poll": "poll says", "survey": "survey says",
	"officials": "officials say", "police": "police say", "media": "media report",
}

// attributionTail rewrites a trailing ": Report" as ", report says" (or,
// when the article names the report's source, as ", according to
// SOURCE") and reports whether the headline now attributes its claim.
func (r *rewriter) attributionTail(source string) bool {
	n := len(r.toks)
	last := r.toks[n-1]
	if say, ok := attributionTails[last.Lower]; ok && n >= 3 && strings.ContainsAny(r.gaps[n-1], ":-–—|") &&
		strings.TrimSpace(r.gaps[n]) == "" {
		if src := cleanSource(source); src != "" {
			r.eds[n-1].del = true
			r.suffix = r.according(src)
			return true
		}
		if r.tc {
			say = titleWords(say)
		}
		r.gaps[n-1] = ", "
		r.eds[n-1] = edit{out: say}
		return true
	}
	for i, t := range r.toks {
		if hedges[t.Lower] && !r.eds[i].del {
			return true
		}
	}
	return strings.Contains(strings.ToLower(r.title), "according to")
}

// titleWords capitalises every word of s.
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = capitalize(w)
	}
	return strings.Join(f, " ")
}

func cleanSource(s string) string { return strings.Trim(strings.TrimSpace(s), ".,;:") }

// according is the attribution suffix ", according to SRC" in the case
// style of the headline.
func (r *rewriter) according(src string) string {
	acc := "according to " + src
	if r.tc {
		acc = titleSmall(acc)
	}
	return ", " + acc
}

// smallWords stay lower case inside a Title Case headline.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "by": true, "of": true, "to": true,
	"in": true, "on": true, "for": true, "and": true, "from": true, "at": true,
}

// titleSmall capitalises the words of s except small words after the first.
func titleSmall(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if i == 0 || !smallWords[strings.ToLower(w)] {
			f[i] = capitalize(w)
		}
	}
	return strings.Join(f, " ")
}

// allegation names the source of an allegation (", according to X") or,
// when the article says the facts are alleged but names no source, adds
// "allegedly" before the verb that states the wrongdoing.
func (r *rewriter) allegation(ctx Context, attributed bool) {
	if attributed || (ctx.Source == "" && !ctx.Allegation) {
		return
	}
	v := -1
	for i := 1; i < len(r.toks); i++ {
		if !r.eds[i].del && allegationVerbs[r.toks[i].Lower] {
			v = i
			break
		}
	}
	if src := cleanSource(ctx.Source); src != "" {
		if v >= 0 || ctx.Allegation {
			r.suffix = r.according(src)
		}
		return
	}
	if v < 0 {
		return
	}
	adv := "allegedly"
	if r.tc {
		adv = "Allegedly"
	}
	if r.toks[v].Lower == "implicated" {
		r.eds[v].out = adv + " " + matchCase(r.eds[v].out, "involved")
		return
	}
	r.eds[v].out = adv + " " + r.eds[v].out
}
