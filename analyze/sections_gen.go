package analyze

import (
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

func (st *state) secImplications(w *sectionWriter, ent entities) {
	if len(st.claims) == 0 {
		w.say("The article makes no specific, checkable claim that truthlens could find, so its implications rest on opinion or description rather than on stated facts.")
		return
	}
	c := st.claims[0]
	w.say("The article makes ", plural(len(st.claims), "checkable claim", "checkable claims"), ". It leads with ",
		quoteText(st.s[c.Start:c.End], 180), ".")
	w.cite(c.Start, c.End, "leading claim")
	switch {
	case !st.en:
		// Attribution is found with English reporting verbs only.
	case c.Src.Kind == srcNamed || c.Src.Kind == srcDocument:
		w.say("That claim rests on ", c.Src.Text, ".")
	case c.Src.Kind == srcAnonymous:
		w.say("That claim rests on an unnamed source (", c.Src.Text, ").")
	default:
		w.say("That claim is stated without a source in the same sentence.")
	}
	var who []string
	for _, m := range limit(ent.orgs, 3) {
		who = append(who, m.Name)
		w.cite(m.Start, m.End, "institution")
	}
	for _, m := range limit(ent.companies, 2) {
		who = append(who, m.Name)
		w.cite(m.Start, m.End, "company")
	}
	if sp := st.speakers(); len(sp) > 0 {
		w.say("If these claims hold, they bear on the people quoted (", andList(limit(sp, 4)), ")",
			map[bool]string{true: " and on " + andList(who), false: ""}[len(who) > 0], ".")
	} else if len(who) > 0 {
		w.say("If these claims hold, they bear on ", andList(who), ".")
	}
	if len(ent.countries) > 0 {
		w.say("The countries most involved are ", names(ent.countries, 3), ".")
	}
}

func (st *state) secPerception(w *sectionWriter, a *truthlens.Article) {
	outlet, _, _ := st.techCounts()
	loaded := outlet[truthlens.TechLoadedLanguage] + outlet[truthlens.TechNameCalling]
	var ex []string
	for _, t := range st.techs {
		if t.Quote < 0 && (t.Name == truthlens.TechLoadedLanguage || t.Name == truthlens.TechNameCalling || t.Name == truthlens.TechFear) && len(ex) < 4 {
			ex = append(ex, "“"+st.s[t.Start:t.End]+"”")
			w.cite(t.Start, t.End, t.Name)
		}
	}
	switch {
	case loaded == 0 && outlet[truthlens.TechFear] == 0:
		w.say("The outlet's own wording is neutral: no loaded words, labels or appeals to fear were found outside quotations, so readers are left to react to the reported facts.")
	case loaded <= 2:
		w.say("The outlet's wording is mostly neutral, with a few charged words (", strings.Join(ex, ", "), ") that may colour how readers see the people involved.")
	default:
		w.say("The outlet's own wording is charged (", plural(loaded, "loaded word or label", "loaded words and labels"),
			", e.g. ", strings.Join(ex, ", "), "); readers are likely to take away the outlet's judgement along with the facts.")
	}
	h := a.Headline
	if strings.TrimSpace(h.Original) != "" {
		if h.Clickbait || h.Sensationalism >= 5 {
			w.say("The headline is sensational (", fmtF(h.Sensationalism), "/10) and will shape first impressions more than the body does.")
		} else {
			w.say("The headline is measured (sensationalism ", fmtF(h.Sensationalism), "/10).")
		}
	}
	if n := len(st.quotes); n > 0 {
		w.say("Much of the emotional weight is carried by quotations (", plural(n, "quotation", "quotations"), "), which are the speakers' words, not the outlet's.")
	}
}

func (st *state) secOmissions(w *sectionWriter, doc *truthlens.Document) {
	gaps := 0
	if st.en {
		if r := st.replies(); len(r) == 0 {
			gaps++
			w.say("The article reports no response from the people or organisations it discusses: no denial, no \"declined to comment\", no request for comment.")
		} else {
			sent := st.sentOf(r[0].Start)
			w.say("The article reports ", plural(len(r), "response or request for comment", "responses or requests for comment"), ", e.g. ", quoteText(st.s[sent.Start:sent.End], 140), ".")
			w.cite(sent.Start, sent.End, "right of reply")
		}
		anon, spans := st.anonSentences()
		if len(anon) > 0 {
			gaps++
			sent := st.sentOf(spans[0].Start)
			w.say(plural(len(anon), "sentence relies", "sentences rely"), " on unnamed or vague sources (e.g. ", quoteText(st.s[sent.Start:sent.End], 140), ").")
			w.cite(sent.Start, sent.End, "unnamed source")
		}
	}
	un := 0
	for _, c := range st.claims {
		if c.Src.Kind == srcNone || c.Src.Kind == srcPronoun {
			un++
		}
	}
	if un > 0 && len(st.claims) > 0 && st.en {
		w.say(itoa(un), " of ", itoa(len(st.claims)), " checkable claims do not say in the same sentence where they come from.")
	}
	var miss []string
	if strings.TrimSpace(doc.Byline) == "" {
		miss = append(miss, "a byline")
	}
	if doc.Published == "" {
		miss = append(miss, "a publication date")
	}
	if len(miss) > 0 {
		gaps++
		w.say("The article lacks ", andList(miss), ".")
	}
	if gaps == 0 {
		w.say("No gap was found within the article itself.")
	}
	w.say("What other outlets report and this one leaves out is found by the stories engine when the article is compared with other coverage.")
}

func (st *state) secManipulation(w *sectionWriter) {
	if !st.en {
		w.say("Manipulation techniques are detected with English word lists; they were not looked for in this ", langName(st.lang), " text.")
		return
	}
	outlet, quoted, order := st.techCounts()
	var parts []string
	for _, n := range order {
		if outlet[n] > 0 {
			parts = append(parts, techLabel(n)+" ("+itoa(outlet[n])+")")
		}
	}
	if len(parts) == 0 {
		w.say("No manipulation technique was found in the outlet's own words.")
	} else {
		w.say("In its own words the outlet uses: ", strings.Join(parts, ", "), ".")
		seen := map[string]bool{}
		var ex []string
		for _, t := range st.techs {
			if t.Quote < 0 && !seen[t.Name] && len(ex) < 4 {
				seen[t.Name] = true
				ex = append(ex, techLabel(t.Name)+" "+quoteText(st.s[t.Start:t.End], 60))
				w.cite(t.Start, t.End, t.Name)
			}
		}
		w.say("Examples: ", strings.Join(ex, "; "), ".")
	}
	nq := 0
	for _, c := range quoted {
		nq += c
	}
	if nq > 0 {
		w.say(plural(nq, "further instance appears", "further instances appear"), " inside quotations; they are the speakers' words and do not count against the outlet.")
	}
}

func (st *state) secTruthfulness(w *sectionWriter, a *truthlens.Article) {
	named, docs, anon := 0, 0, 0
	for _, c := range st.claims {
		switch c.Src.Kind {
		case srcNamed:
			named++
		case srcDocument:
			docs++
			w.cite(c.Src.Start, c.Src.End, "document cited")
		case srcAnonymous:
			anon++
		}
	}
	if st.en {
		w.say("Accuracy scores ", fmtF(a.Scores.Accuracy.Value), "/10. Of ", plural(len(st.claims), "checkable claim", "checkable claims"), ", ",
			itoa(named), " cite a named source, ", itoa(docs), " cite documents or records and ", itoa(anon), " rely on unnamed sources.")
	} else {
		w.say("Accuracy scores ", fmtF(a.Scores.Accuracy.Value), "/10 from the checks that do not depend on language (", plural(len(st.claims), "checkable claim", "checkable claims"),
			"); who the claims are attributed to is found with English reporting verbs only and was not assessed for ", langName(st.lang), ".")
	}
	if ns, spans := st.namedSources(); len(ns) > 0 {
		w.say("Named sources include ", andList(limit(ns, 5)), ".")
		for _, sp := range limit(spans, 3) {
			w.cite(sp.Start, sp.End, sp.Note)
		}
	}
	w.say("truthlens does not verify the claims itself; corroboration by independent outlets is added when the stories engine compares coverage.")
}

func (st *state) secConnections(w *sectionWriter, ent entities) {
	w.say("Connections with other reports are computed by the stories engine, which groups this article with other coverage of the same event; on its own the article cannot be compared.")
	if len(ent.media) > 0 {
		w.say("The article refers to the reporting of ", names(ent.media, 5), ".")
		for _, m := range limit(ent.media, 3) {
			w.cite(m.Start, m.End, "other outlet")
		}
	}
	var cites []string
	for _, f := range st.feats {
		if f.src.Kind == srcDocument && len(cites) < 3 {
			cites = append(cites, quoteText(f.src.Text, 60))
			w.cite(f.src.Start, f.src.End, "cited report or document")
		}
	}
	if len(cites) > 0 {
		w.say("The article itself draws on ", andList(cites), ".")
	}
}

func (st *state) secSociety(w *sectionWriter, ent entities) {
	if len(ent.orgs) == 0 && len(ent.companies) == 0 && len(ent.money) == 0 {
		w.say("The article names no institutions, companies or sums of money; no impact on society or the economy can be inferred from the text.")
		return
	}
	if len(ent.orgs) > 0 {
		w.say("Institutions involved: ", names(ent.orgs, 5), ".")
		for _, m := range limit(ent.orgs, 3) {
			w.cite(m.Start, m.End, "institution")
		}
	}
	if len(ent.companies) > 0 {
		w.say("Companies named: ", names(ent.companies, 5), ".")
	}
	if len(ent.money) > 0 {
		w.say("Sums of money stated: ", names(ent.money, 5), ".")
		for _, m := range limit(ent.money, 2) {
			w.cite(m.Start, m.End, "sum of money")
		}
	}
	w.say("The article itself does not quantify wider social or economic effects beyond these figures.")
}

func (st *state) secCommunities(w *sectionWriter, ent entities) {
	if len(ent.communities) == 0 && len(st.speakers()) == 0 {
		w.say("The article names no particular community and quotes no one; no support from specific communities can be inferred.")
		return
	}
	if len(ent.communities) > 0 {
		w.say("Groups the article mentions: ", names(ent.communities, 6), ".")
		for _, m := range limit(ent.communities, 3) {
			w.cite(m.Start, m.End, "group")
		}
	}
	if sp := st.speakers(); len(sp) > 0 {
		w.say("Voices quoted: ", andList(limit(sp, 5)), ".")
	}
	w.say("The article does not report how any community received the news; support or opposition beyond what the quoted voices say would be speculation.")
}

func (st *state) secMarkets(w *sectionWriter, ent entities) {
	if len(ent.companies) == 0 && len(ent.markets) == 0 {
		w.say("The article names no companies or markets; no market reaction can be inferred.")
		return
	}
	if len(ent.companies) > 0 {
		w.say("Companies named: ", names(ent.companies, 5), ".")
		for _, m := range limit(ent.companies, 3) {
			w.cite(m.Start, m.End, "company")
		}
	}
	if len(ent.markets) > 0 {
		w.say("Market terms used: ", names(ent.markets, 5), ".")
		w.cite(ent.markets[0].Start, ent.markets[0].End, "market term")
	}
	if len(ent.money) > 0 {
		w.say("Figures: ", names(ent.money, 4), ".")
	}
	if len(ent.moves) > 0 {
		m := ent.moves[0]
		w.say("It reports market moves: ", quoteText(m.Name, 160), ".")
		w.cite(m.Start, m.End, "market move")
		w.say("Whether the move was caused by the events reported is not established by the text.")
		return
	}
	w.say("The article reports no price movement attributable to this news, so any market reaction is not established by the text.")
}

func (st *state) secGeopolitics(w *sectionWriter, ent entities) {
	switch len(ent.countries) {
	case 0:
		w.say("The article names no country; no geopolitical dimension appears in the text.")
		return
	case 1:
		w.say("The article concerns one country, ", ent.countries[0].Name, "; no cross-border dimension is stated.")
	default:
		var parts []string
		for _, m := range limit(ent.countries, 5) {
			parts = append(parts, m.Name+" ("+plural(m.Count, "mention", "mentions")+")")
		}
		w.say("The article involves several countries: ", strings.Join(parts, ", "), ".")
	}
	for _, m := range limit(ent.countries, 3) {
		w.cite(m.Start, m.End, "country")
	}
	var intl []string
	for _, m := range ent.orgs {
		if isIntl(m.Name) {
			intl = append(intl, m.Name)
		}
	}
	if len(intl) > 0 {
		w.say("International bodies named: ", andList(limit(intl, 4)), ".")
	}
}

func isIntl(name string) bool {
	l := strings.ToLower(name)
	for _, k := range []string{"interpol", "united nations", "nato", "european union", "imf", "world bank", "wto", "who", "consortium", "international", "un ", "eu "} {
		if strings.Contains(l+" ", k) {
			return true
		}
	}
	return false
}

func (st *state) secAI(w *sectionWriter, doc *truthlens.Document) {
	found := false
	for _, d := range doc.Disclosures {
		l := strings.ToLower(d.Text)
		switch {
		case d.Kind == truthlens.DisclosureAIGenerated:
			found = true
			w.say("The article discloses AI involvement: ", quoteText(d.Text, 160), ".")
		case d.Kind == truthlens.DisclosureSyndicated && (strings.Contains(l, "auto-generated") || strings.Contains(l, "automatically generated") || strings.Contains(l, "auto generated")):
			found = true
			w.say("The article says it was generated automatically from a syndicated feed: ", quoteText(d.Text, 160), ".")
		}
		if i := strings.Index(st.s, d.Text); i >= 0 && d.Text != "" {
			w.cite(i, i+len(d.Text), "disclosure")
		}
	}
	if !found {
		w.say("The article carries no disclosure of AI or automated generation; whether AI tools were used cannot be told from the text alone.")
	}
}

func (st *state) secConclusion(w *sectionWriter, a *truthlens.Article) {
	sc := a.Scores
	w.say("Overall ", fmtF(sc.Overall), "/10: objectivity ", fmtF(sc.Objectivity.Value), ", accuracy ",
		fmtF(sc.Accuracy.Value), ", transparency ", fmtF(sc.Transparency.Value), ".")
	var best, worst *truthlens.Check
	for _, s := range []*truthlens.Score{&sc.Objectivity, &sc.Accuracy, &sc.Transparency} {
		for i := range s.Checks {
			c := &s.Checks[i]
			if c.Weight <= 0 {
				continue
			}
			if best == nil || c.Value*c.Weight > best.Value*best.Weight {
				best = c
			}
			if worst == nil || (1-c.Value)*c.Weight > (1-worst.Value)*worst.Weight {
				worst = c
			}
		}
	}
	if best != nil && worst != nil && best != worst {
		w.say("Its strongest point: ", strings.ToLower(best.Label[:1]), best.Label[1:], " (", fmtF(best.Value), "). Its weakest: ",
			strings.ToLower(worst.Label[:1]), worst.Label[1:], " (", fmtF(worst.Value), ", ", worst.Note, ").")
	}
	w.say("These scores judge reporting practice visible in the text, not whether the story is true.")
}

func langName(l string) string {
	if l == "" {
		return "unidentified-language"
	}
	return "\"" + l + "\""
}
