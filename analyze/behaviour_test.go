package analyze

import (
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/text"
)

func checkOf(t *testing.T, a truthlens.Article, id string) truthlens.Check {
	t.Helper()
	for _, s := range []truthlens.Score{a.Scores.Objectivity, a.Scores.Accuracy, a.Scores.Transparency} {
		for _, c := range s.Checks {
			if c.ID == id {
				return c
			}
		}
	}
	t.Fatalf("no check %s", id)
	return truthlens.Check{}
}

// The validity target in miniature: careful reporting must score well
// above hyper-partisan writing on the same event.
func TestScoresSeparateReliableFromPartisan(t *testing.T) {
	fx := fixtures(t)
	wire, partisan := Analyze(fx["wire"]), Analyze(fx["partisan"])
	inv := Analyze(fx["investigative"])
	t.Logf("wire %.2f investigative %.2f partisan %.2f", wire.Scores.Overall, inv.Scores.Overall, partisan.Scores.Overall)
	if wire.Scores.Overall < partisan.Scores.Overall+3 || inv.Scores.Overall < partisan.Scores.Overall+3 {
		t.Errorf("overall: wire %.2f, investigative %.2f, partisan %.2f: want a gap of 3+", wire.Scores.Overall, inv.Scores.Overall, partisan.Scores.Overall)
	}
	for _, m := range []struct {
		name string
		w, p float64
	}{
		{"objectivity", wire.Scores.Objectivity.Value, partisan.Scores.Objectivity.Value},
		{"accuracy", wire.Scores.Accuracy.Value, partisan.Scores.Accuracy.Value},
		{"transparency", wire.Scores.Transparency.Value, partisan.Scores.Transparency.Value},
	} {
		if m.w <= m.p+1 {
			t.Errorf("%s: wire %.2f vs partisan %.2f", m.name, m.w, m.p)
		}
	}
	for _, id := range []string{chkLoaded, chkNameCalling, chkExclaim, chkCaps, chkAnonymous, chkByline} {
		if w, p := checkOf(t, wire, id).Value, checkOf(t, partisan, id).Value; w <= p {
			t.Errorf("%s: wire %.3f should beat partisan %.3f", id, w, p)
		}
	}
}

// Words inside an attributed quotation are the speaker's: they do not
// lower the outlet's objectivity, and a technique in them says whose it is.
func TestQuoteMasking(t *testing.T) {
	plain := "The council met on Tuesday in the town hall. The mayor spoke to reporters afterwards."
	quoted := "The council met on Tuesday in the town hall. \"These corrupt thugs are destroying our disgraceful town,\" the mayor said."
	outlet := "The council met on Tuesday in the town hall. These corrupt thugs are destroying our disgraceful town, the mayor said."
	p, q, o := Analyze(truthlens.Document{Text: plain, Language: "en"}), Analyze(truthlens.Document{Text: quoted, Language: "en"}), Analyze(truthlens.Document{Text: outlet, Language: "en"})
	if len(q.Quotes) == 0 {
		t.Skip("quote finder found no quotation (package quotes not landed?)")
	}
	for _, id := range []string{chkLoaded, chkNameCalling} {
		if pv, qv := checkOf(t, p, id).Value, checkOf(t, q, id).Value; qv != pv {
			t.Errorf("%s: quoted loaded words changed the outlet's value %.3f -> %.3f", id, pv, qv)
		}
		if ov := checkOf(t, o, id).Value; ov >= checkOf(t, q, id).Value {
			t.Errorf("%s: unquoted loaded words should count (%.3f)", id, ov)
		}
	}
	found := false
	for _, tc := range q.Techniques {
		if strings.Contains(tc.Note, "the mayor") || strings.Contains(tc.Note, "quotation") {
			found = true
		}
	}
	if !found {
		t.Errorf("techniques inside the quotation are not noted as the speaker's: %+v", q.Techniques)
	}
	for _, s := range q.Sentences[1:] {
		if !s.Quote {
			t.Errorf("sentence %q not flagged quote", s.Text)
		}
	}
}

// Unknown languages: language-dependent checks do not apply (weight 0,
// note says why); language-independent ones still count.
func TestUnknownLanguage(t *testing.T) {
	doc := fixtures(t)["german"]
	a := Analyze(doc)
	for _, id := range []string{chkLoaded, chkAnonymous, chkReply, chkAttributed} {
		c := checkOf(t, a, id)
		if c.Weight != 0 || !strings.Contains(c.Note, "not applicable: language de") {
			t.Errorf("%s: weight %v note %q", id, c.Weight, c.Note)
		}
	}
	for _, id := range []string{chkSpecifics, chkByline, chkDate, chkExclaim} {
		if c := checkOf(t, a, id); c.Weight == 0 {
			t.Errorf("%s should apply in any language: %q", id, c.Note)
		}
	}
	doc.Language = "xx"
	a = Analyze(doc)
	if c := checkOf(t, a, chkSubjective); c.Weight != 0 || !strings.Contains(c.Note, "language xx") {
		t.Errorf("subjective on xx: %+v", c)
	}
}

func TestClaimsAndAttribution(t *testing.T) {
	cases := []struct {
		s     string
		claim bool
		src   string
		kind  string
	}{
		{"The company reported a loss of $5 million in 2023, according to its annual report.", true, "its annual report", srcDocument},
		{"Unemployment fell to 4.1 percent in March, the statistics office said.", true, "the statistics office", srcNamed},
		{"I think this is a terrible idea.", false, "", ""},
		{"Will prices rise next year?", false, "", ""},
		{"Prices will probably rise next year.", false, "", ""},
		{"Court records show that Smith was convicted in 2019.", true, "Court records", srcDocument},
		{"Documents seen by the Tribune suggest the deal was signed in secret.", true, "Documents seen by the Tribune", srcDocument},
		{"Police arrested 12 people after the protest, officials said.", true, "officials", srcAnonymous},
		{"A spokesperson for Interpol said 40 notices were issued in 2022.", true, "A spokesperson for Interpol", srcNamed},
		{"Joe Biden signed the bill.", true, "", ""},
		{"This is a sad day.", false, "", ""},
	}
	for _, c := range cases {
		st := defaultDeps.newState(c.s, "en", nil)
		if len(st.labels) != 1 {
			t.Fatalf("%q: %d sentences", c.s, len(st.labels))
		}
		if st.labels[0].Claim != c.claim {
			t.Errorf("%q: claim %v, want %v", c.s, st.labels[0].Claim, c.claim)
		}
		if c.kind != "" && (st.feats[0].src.Text != c.src || st.feats[0].src.Kind != c.kind) {
			t.Errorf("%q: source %q (%s), want %q (%s)", c.s, st.feats[0].src.Text, st.feats[0].src.Kind, c.src, c.kind)
		}
	}
}

func TestSummaryAndSections(t *testing.T) {
	for name, doc := range fixtures(t) {
		a := Analyze(doc)
		if len(a.Sections) != len(truthlens.SectionIDs) {
			t.Fatalf("%s: %d sections", name, len(a.Sections))
		}
		for i, s := range a.Sections {
			if s.ID != truthlens.SectionIDs[i] || s.Title == "" || s.Body == "" || s.Generator != "rules" {
				t.Errorf("%s: section %d = %+v", name, i, s)
			}
		}
		paras := strings.Split(a.Summary, "\n\n")
		if doc.Text == "" {
			if a.Summary != "" {
				t.Errorf("%s: summary of nothing: %q", name, a.Summary)
			}
			continue
		}
		if len(paras) > 2 {
			t.Errorf("%s: %d summary paragraphs", name, len(paras))
		}
		folded := strings.Join(strings.Fields(doc.Text), " ")
		for _, p := range paras {
			if !strings.Contains(folded, p) && !allSentencesIn(p, folded) {
				t.Errorf("%s: summary paragraph not extractive: %q", name, p)
			}
		}
	}
	wire := Analyze(fixtures(t)["wire"])
	if !strings.Contains(wire.Summary, "did not respond") && !strings.Contains(wire.Summary, "declined to comment") {
		t.Errorf("wire summary lacks the response: %q", wire.Summary)
	}
	for _, s := range wire.Sections {
		if s.ID == "connections" && !strings.Contains(s.Body, "stories engine") {
			t.Errorf("connections: %q", s.Body)
		}
	}
}

func allSentencesIn(p, text string) bool {
	for _, s := range strings.SplitAfter(p, ". ") {
		if !strings.Contains(text, strings.TrimSpace(s)) {
			return false
		}
	}
	return true
}

func TestSyndicatedAIDisclosure(t *testing.T) {
	a := Analyze(fixtures(t)["syndicated"])
	for _, s := range a.Sections {
		if s.ID == "ai_involvement" && !strings.Contains(s.Body, "automatically") {
			t.Errorf("ai_involvement: %q", s.Body)
		}
	}
	if c := checkOf(t, a, chkDisclose); c.Weight == 0 || c.Value != 1 {
		t.Errorf("disclosure check: %+v", c)
	}
}

// With given ranges (`sentences --lines`) every line stands alone: an
// unbalanced quote mark must not turn the lines between into a quotation.
func TestLinesAreIndependent(t *testing.T) {
	s := "He called the plan \"a disgrace and walked out.\nThe council met on Tuesday in the hall.\nPrices rose by 4 percent, officials said.\""
	var rs []text.Range
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			rs = append(rs, text.Range{Start: start, End: i})
			start = i + 1
		}
	}
	labels := LabelSentences(s, "en", rs)
	if len(labels) != 3 {
		t.Fatalf("%d labels", len(labels))
	}
	for _, l := range labels {
		if l.Quote {
			t.Errorf("line %q flagged as a quotation", l.Text)
		}
	}
}

// "He said" takes the person named before.
func TestPronounAttribution(t *testing.T) {
	s := "Mayor Helen Ostrova said the bridge would close in May. She said repairs would cost $48 million, according to the plan."
	st := defaultDeps.newState(s, "en", nil)
	if len(st.feats) != 2 {
		t.Fatalf("%d sentences", len(st.feats))
	}
	if got := st.feats[1].src; got.Kind != srcDocument && got.Text != st.feats[0].src.Text {
		t.Errorf("second source %+v", got)
	}
	s = "Mayor Helen Ostrova spoke on Monday. She said repairs would cost $48 million."
	st = defaultDeps.newState(s, "en", nil)
	if st.feats[1].src.Kind == srcNamed {
		t.Errorf("no named source before, yet %+v", st.feats[1].src)
	}
	s = "Mayor Helen Ostrova said the bridge would close. She said repairs would cost $48 million."
	st = defaultDeps.newState(s, "en", nil)
	if got := st.feats[1].src; got.Kind != srcNamed || got.Text != "Mayor Helen Ostrova" || s[got.Start:got.End] != "She" {
		t.Errorf("pronoun not resolved: %+v", got)
	}
}

// A headline repeated as the first line of the text is not the lead.
func TestSummarySkipsRepeatedHeadline(t *testing.T) {
	doc := fixtures(t)["wire"]
	doc.Text = doc.Title + "\n\n" + doc.Text
	a := Analyze(doc)
	if strings.HasPrefix(a.Summary, doc.Title) {
		t.Errorf("summary starts with the headline: %q", a.Summary)
	}
}
