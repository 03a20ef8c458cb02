package analyze

import (
	"sort"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// sectionTitles are the titles of the analysis sections, by id.
var sectionTitles = map[string]string{
	"implications":      "Implications of the Report",
	"public_perception": "Public Perception",
	"omissions":         "Potential Omissions",
	"manipulation":      "Manipulative Elements",
	"truthfulness":      "Truthfulness of the Claims",
	"connections":       "Connection with Other Reports",
	"society_economy":   "Impact on Society and Economy",
	"communities":       "Support from Specific Communities",
	"markets":           "Market Reactions",
	"geopolitics":       "Geopolitical Considerations",
	"ai_involvement":    "AI Involvement in Reporting",
	"conclusion":        "Conclusion",
}

// sectionWriter accumulates one section's sentences and evidence.
type sectionWriter struct {
	st   *state
	body []string
	ev   []truthlens.Span
}

func (w *sectionWriter) say(parts ...string) { w.body = append(w.body, strings.Join(parts, "")) }

func (w *sectionWriter) cite(start, end int, note string) {
	if end > start && len(w.ev) < maxEvidence {
		w.ev = append(w.ev, w.st.span(start, end, note))
	}
}

// sections writes the twelve sections from the evidence, in contract order.
func (st *state) sections(doc *truthlens.Document, a *truthlens.Article) []truthlens.Section {
	ent := st.entities()
	empty := strings.TrimSpace(st.s) == ""
	out := make([]truthlens.Section, 0, len(truthlens.SectionIDs))
	for _, id := range truthlens.SectionIDs {
		w := &sectionWriter{st: st}
		if empty {
			w.say("The article has no text to analyse.")
		} else {
			st.writeSection(w, id, doc, a, ent)
		}
		ev := w.ev
		if ev == nil {
			ev = []truthlens.Span{}
		}
		out = append(out, truthlens.Section{ID: id, Title: sectionTitles[id],
			Body: strings.Join(w.body, " "), Evidence: ev, Generator: "rules"})
	}
	return out
}

// writeSection writes the body and evidence of section id.
func (st *state) writeSection(w *sectionWriter, id string, doc *truthlens.Document, a *truthlens.Article, ent entities) {
	switch id {
	case "implications":
		st.secImplications(w, ent)
	case "public_perception":
		st.secPerception(w, a)
	case "omissions":
		st.secOmissions(w, doc)
	case "manipulation":
		st.secManipulation(w)
	case "truthfulness":
		st.secTruthfulness(w, a)
	case "connections":
		st.secConnections(w, ent)
	case "society_economy":
		st.secSociety(w, ent)
	case "communities":
		st.secCommunities(w, ent)
	case "markets":
		st.secMarkets(w, ent)
	case "geopolitics":
		st.secGeopolitics(w, ent)
	case "ai_involvement":
		st.secAI(w, doc)
	case "conclusion":
		st.secConclusion(w, a)
	}
}

// quoteText shortens a piece of the text for a section body.
func quoteText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return "“" + s + "”"
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
	}
	for cut > 0 && cut < len(s) && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return "“" + s[:cut] + " …”"
}

// names joins up to n mention names: "A, B and C".
func names(ms []mention, n int) string {
	var ss []string
	for _, m := range limit(ms, n) {
		ss = append(ss, m.Name)
	}
	return andList(ss)
}

func andList(ss []string) string {
	switch len(ss) {
	case 0:
		return ""
	case 1:
		return ss[0]
	}
	return strings.Join(ss[:len(ss)-1], ", ") + " and " + ss[len(ss)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}

// techCounts counts the outlet's and the speakers' techniques by name.
func (st *state) techCounts() (outlet, quoted map[string]int, names []string) {
	outlet, quoted = map[string]int{}, map[string]int{}
	seen := map[string]bool{}
	for _, t := range st.techs {
		if t.Quote >= 0 {
			quoted[t.Name]++
		} else {
			outlet[t.Name]++
		}
		if !seen[t.Name] {
			seen[t.Name] = true
			names = append(names, t.Name)
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return outlet[names[i]] > outlet[names[j]] })
	return outlet, quoted, names
}

func techLabel(name string) string { return strings.ReplaceAll(name, "_", " ") }
