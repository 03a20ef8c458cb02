package extract

import (
	"regexp"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// Internal kinds: cut from the text but not listed in removed (they moved
// to metadata).
const (
	kindTitle  = "-title"
	kindByline = "-byline"
	kindDate   = "-date"
)

// cleaned is the result of cleaning pasted or scraped text.
type cleaned struct {
	Title       string
	Byline      string
	Site        string // from a "Source: X" line
	Published   truthlens.Date
	Text        string
	Removed     []truthlens.Removed
	Disclosures []truthlens.Disclosure
}

var (
	// rxWrapperMarker: the line after which another site's page wrapped
	// around an article gives the article itself.
	rxWrapperMarker = regexp.MustCompile(`^(unanalyzed|unanalysed|original|raw|full|complete|unedited|source)\s+(article|story|news|report)(\s+(content|text|body))?$|^(article|story)\s+(content|text|body)$|^(texto|texte|text|artikeltext)\s+(original|intégral|integral|im original)$`)
	rxByline        = regexp.MustCompile(`^(?i:by|von|par|por|di|door|written by|reporting by)\s+(\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|de|van|von|da|di|del|la|le|bin|al)){0,4}((\s*,\s*|\s+(and|&|und|et|y|e)\s+)\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,3})(\s*[,|–—-]\s*.{0,60})?$`)
)

// cleanText cleans pasted or scraped plain text.
func cleanText(s string) cleaned {
	us := splitUnits(normalizeText(s))
	var c cleaned
	if len(us) == 0 {
		return c
	}
	markWrapper(us)
	classify(us, &c)
	pickTitle(us, &c)
	markRegions(us)
	markTopicShift(us)
	dedupe(us, false)
	markOrphans(us)
	assemble(us, &c)
	return c
}

// markWrapper cuts another site's page around an article: everything
// between the first line (the headline) and a marker line such as
// "Original article" or "Unanalyzed Article Content", when the marker is
// followed by a real body.
func markWrapper(us []unit) {
	m := -1
	for i := range us {
		if us[i].words <= 5 && rxWrapperMarker.MatchString(foldLine(us[i].text)) {
			m = i
		}
	}
	if m < 0 {
		return
	}
	words := 0
	for _, u := range us[m+1:] {
		words += u.words
	}
	if words < 50 {
		return
	}
	for i := 1; i <= m; i++ {
		us[i].kind = truthlens.RemovedOther
	}
	if !us[0].headlike || us[0].words > 30 {
		us[0].kind = truthlens.RemovedOther
	}
}

// classify marks boilerplate lines, disclosures, "Source:" lines and a
// byline near the top.
func classify(us []unit, c *cleaned) {
	for i := range us {
		u := &us[i]
		if u.kind != "" {
			// A wrapper page may still state the article's date.
			if d, publish, ok := dateLine(u.text, u.words); ok && publish && c.Published == "" {
				c.Published = d
			}
			continue
		}
		if k := boilerKind(u.text, u.words); k != "" {
			u.kind = k
			continue
		}
		if site := sourceLine(u.text, u.words); site != "" && (i < 3 || i >= len(us)-4) {
			u.kind = truthlens.RemovedDisclosure
			u.disc = truthlens.DisclosureSyndicated
			if c.Site == "" {
				c.Site = site
			}
			continue
		}
		// Provenance notes are short or sit at the top or bottom; long
		// paragraphs mid-text are not tried (the hot path stays fast).
		edge := i < 3 || i >= len(us)-4
		if !edge && u.words > 25 && !notePrefix(u.text) {
			continue
		}
		if d := disclosureKind(u.text, u.words, edge); d != "" {
			u.kind = truthlens.RemovedDisclosure
			u.disc = d
			continue
		}
		if d, publish, ok := dateLine(u.text, u.words); ok {
			u.kind = kindDate
			if publish && c.Published == "" && (i < 8 || i >= len(us)-3) {
				c.Published = d
			}
			continue
		}
		if i < 6 && c.Byline == "" && u.words <= 16 {
			if m := rxByline.FindStringSubmatch(u.text); m != nil {
				c.Byline = strings.TrimSpace(m[1])
				u.kind = kindByline
			}
		}
	}
}

// pickTitle takes the headline from the first kept line and cuts later
// repeats of it.
func pickTitle(us []unit, c *cleaned) {
	t := -1
	for i := range us {
		if us[i].kind == "" {
			t = i
			break
		}
	}
	// Only a line that looks like a headline is one; a first sentence or
	// paragraph of running text stays in the body and the title is left
	// to the hints.
	if t < 0 || !looksLikeHeadline(us[t].text, us[t].words) {
		return
	}
	rest := 0
	for _, u := range us[t+1:] {
		if u.kind == "" {
			rest += u.words
		}
	}
	if rest == 0 {
		return
	}
	c.Title = us[t].text
	us[t].kind = kindTitle
	ft := lineKey(c.Title)
	for i := t + 1; i < len(us); i++ {
		if us[i].kind == "" && us[i].words == us[t].words && lineKey(us[i].text) == ft {
			us[i].kind = truthlens.RemovedDuplicate
		}
	}
}

// markOrphans cuts short label-like lines stranded between cut lines (an
// image caption such as "Orange background" between an ad and a comment
// form), and short lines after the last cut block at the end.
func markOrphans(us []unit) {
	cut := func(i int) bool {
		return i < 0 || i >= len(us) || us[i].kind != "" && us[i].kind != kindTitle && us[i].kind != kindByline && us[i].kind != kindDate
	}
	for i := range us {
		if us[i].kind != "" || !us[i].headlike || us[i].words > 5 {
			continue
		}
		if cut(i-1) && cut(i+1) && (i > 0 && i < len(us)-1 || i == len(us)-1) {
			us[i].kind = truthlens.RemovedOther
		}
	}
}

// assemble joins the kept units into paragraphs and merges consecutive
// cut units of the same kind into one removed entry.
func assemble(us []unit, c *cleaned) {
	var paras []string
	var parts [][]string // the lines of each removed entry
	c.Removed = []truthlens.Removed{}
	c.Disclosures = []truthlens.Disclosure{}
	lastKind := ""
	for _, u := range us {
		switch u.kind {
		case "":
			paras = append(paras, unglue(u.text))
			lastKind = ""
			continue
		case kindTitle, kindByline, kindDate:
			lastKind = ""
			continue
		}
		if u.disc != "" {
			c.Disclosures = append(c.Disclosures, truthlens.Disclosure{Kind: u.disc, Text: u.text})
		}
		if u.kind == lastKind && len(parts) > 0 {
			parts[len(parts)-1] = append(parts[len(parts)-1], u.text)
			continue
		}
		c.Removed = append(c.Removed, truthlens.Removed{Kind: u.kind})
		parts = append(parts, []string{u.text})
		lastKind = u.kind
	}
	for i := range c.Removed {
		c.Removed[i].Text = strings.Join(parts[i], "\n")
	}
	c.Text = strings.Join(paras, "\n\n")
}

// cleanParagraphs cleans the paragraphs extracted from a page: the same
// line rules as for pasted text, without guessing a headline from the
// first line (the page has its own title; a copy of it is cut).
func cleanParagraphs(paras []string, title string) cleaned {
	us := make([]unit, 0, len(paras))
	for _, p := range paras {
		u := unit{text: p, words: countWords(p)}
		u.headlike = u.words <= 20 && !endsSentence(p)
		us = append(us, u)
	}
	var c cleaned
	if len(us) == 0 {
		c.Removed, c.Disclosures = []truthlens.Removed{}, []truthlens.Disclosure{}
		return c
	}
	classify(us, &c)
	if tw := countWords(title); tw > 0 {
		ft := lineKey(title)
		for i := range us {
			if i > 2 {
				break
			}
			if us[i].kind == "" && us[i].words == tw && lineKey(us[i].text) == ft {
				us[i].kind = kindTitle
			}
		}
	}
	// No related/comment regions here: trafilatura has judged the page's
	// structure already, and sweeping on from a label costs real text.
	dedupe(us, true)
	markOrphans(us)
	assemble(us, &c)
	return c
}
