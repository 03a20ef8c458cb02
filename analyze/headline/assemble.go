package headline

import "strings"

// join assembles the kept tokens with their separators. Where tokens were
// dropped, the separators around them merge into one (punctuation kept);
// exclamation marks go; the first letter keeps the original's case.
func (r *rewriter) join() string {
	var b strings.Builder
	first, last := -1, -1
	for i := range r.eds {
		if !r.eds[i].del && r.eds[i].out != "" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return ""
	}
	if first == 0 {
		b.WriteString(cleanGap(r.gaps[0], false))
	}
	prev := first
	for i := first; i <= last; i++ {
		e := r.eds[i]
		if e.del || e.out == "" {
			continue
		}
		if i > first {
			b.WriteString(mergeGaps(r.gaps[prev+1 : i+1]))
		}
		out := e.out
		if i == first && isCapitalized(r.toks[0].Text) {
			out = capitalize(out)
		}
		b.WriteString(out)
		prev = i
	}
	if last == len(r.toks)-1 {
		b.WriteString(cleanGap(r.gaps[last+1], false))
	} else {
		// close what the kept words opened ("... "Never Have I Ever" [and it's adorable])
		g := r.gaps[last+1]
		n := 0
		for n < len(g) && strings.IndexByte("\"')]", g[n]) >= 0 {
			n++
		}
		if n == 0 && strings.HasPrefix(g, "”") {
			n = len("”")
		} else if n == 0 && strings.HasPrefix(g, "’") {
			n = len("’")
		}
		b.WriteString(g[:n])
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	out = strings.TrimRight(out, " ,:;-–—|")
	return out + r.suffix
}

// mergeGaps joins the separators between two kept tokens: one original gap
// stays as it is (minus "!"); several merge into their punctuation.
func mergeGaps(gaps []string) string {
	if len(gaps) == 1 {
		g := cleanGap(gaps[0], true)
		if g == "" {
			return " "
		}
		return g
	}
	for _, g := range gaps {
		if strings.TrimSpace(cleanGap(g, true)) != "" {
			return cleanGap(g, true)
		}
	}
	return " "
}

// cleanGap removes exclamation marks and HTML tags from a separator; inner separators
// that were only "!" become a space.
func cleanGap(g string, inner bool) string {
	if !strings.ContainsAny(g, "!<") {
		return g
	}
	c := stripTags(strings.ReplaceAll(g, "!", ""))
	if inner && strings.TrimSpace(c) == "" {
		return " "
	}
	return c
}

// stripTags removes HTML tags ("<i>", "</b>") from a separator.
func stripTags(g string) string {
	for {
		i := strings.IndexByte(g, '<')
		if i < 0 {
			return g
		}
		n := tagLen(g[i:])
		if n == 0 {
			return g
		}
		g = g[:i] + g[i+n:]
	}
}
