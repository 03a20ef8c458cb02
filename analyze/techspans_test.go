package analyze

import (
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

// spansOf runs Analyze on text and returns "technique: text" for every
// listed technique, with " (quoted)" for a speaker's.
func spansOf(text string) []string {
	a := Analyze(truthlens.Document{Text: text, Language: "en"})
	var out []string
	for _, t := range a.Techniques {
		s := t.Technique + ": " + t.Text
		if t.Note != "" {
			s += " (quoted)"
		}
		out = append(out, s)
	}
	return out
}

// The span rules of the technique detector, one behaviour per case: what
// must be listed and what must not.
func TestTechniqueSpans(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"label takes the word it labels",
			"The so-called experts met again on Monday in the capital.",
			[]string{"loaded_language: so-called experts"}, nil},
		{"clause technique from the clause start to the sentence end",
			"Prices rose simply because of the new tax on imported fuel.",
			[]string{"causal_oversimplification: Prices rose simply because of the new tax on imported fuel"}, nil},
		{"loaded words inside a quotation are the speaker's",
			`"This is highway robbery and a disgusting betrayal," said Senator Tom Ortega.`,
			[]string{"loaded_language: highway robbery (quoted)", "loaded_language: disgusting (quoted)"}, nil},
		{"a fearful prediction about us",
			"If the plan goes ahead, our towns will be poisoned and your children will suffer.",
			[]string{"fear: If the plan goes ahead, our towns will be poisoned and your children will suffer"}, nil},
		{"a reported prediction is not the outlet's fear",
			"The company said it would cut jobs, and we could see more losses, the chief executive told analysts.",
			nil, []string{"fear: The company said"}},
		{"a claim reported only to be doubted",
			"Tanner claims he wants to help farmers, but his donors tell a different story.",
			[]string{"doubt: Tanner claims he wants to help farmers, but his donors tell a different story"}, nil},
		{"a doubting question takes the claim before it",
			"Supporters say the pact will lower prices. But who really benefits?",
			[]string{"doubt: Supporters say the pact will lower prices. But who really benefits"}, nil},
		{"a punchy verdict sentence",
			"The board voted to close the library on Friday. Shameful.",
			[]string{"loaded_language: Shameful"}, nil},
		{"a listed word making up a verdict sentence is listed once",
			"The board voted to close the library. Outrageous. Build the wall!",
			[]string{"loaded_language: Outrageous", "slogans: Build the wall"}, nil},
		{"a short news sentence is not a verdict",
			"The court heard the case on Monday. Verhoeven denied any wrongdoing.",
			nil, []string{"Verhoeven denied"}},
		{"evaluative and strongly negative words",
			"The minister gave a cynical and incoherent answer to a horrific question.",
			[]string{"loaded_language: cynical", "loaded_language: incoherent", "loaded_language: horrific"}, nil},
		{"the adverb of an evaluative adjective",
			"The minister incoherently defended the plan on Monday.",
			[]string{"loaded_language: incoherently"}, nil},
		{"a negated emotive word describes what did not happen",
			"Residents were evacuated after a gas leak, and nobody was hurt.",
			nil, []string{"loaded_language: hurt"}},
		{"a strong intensifier takes the word it boosts",
			"The rollout was utterly chaotic from the first day.",
			[]string{"exaggeration: utterly chaotic"}, nil},
		{"an evaluative superlative carried to 'ever'",
			"It is the most cynical budget this state has ever seen, and it passed.",
			[]string{"exaggeration: the most cynical budget this state has ever seen"}, nil},
		{"a record superlative is plain reporting",
			"Rainfall in March was the highest ever recorded at the airport.",
			nil, []string{"exaggeration"}},
		{"a short exclamation is a slogan",
			"The crowd marched to the town hall on Sunday. Send them all home!",
			[]string{"slogans: Send them all home"}, nil},
		{"a VADER-negative word used literally is not loaded",
			"Two people suffered minor injuries in the crash, police said.",
			nil, []string{"loaded_language: suffered"}},
		{"plain reporting lists nothing",
			"The council approved the budget on Tuesday by seven votes to two. Nobody was injured in the fire.",
			nil, []string{""}},
	}
	for _, c := range cases {
		got := spansOf(c.text)
		seen := map[string]bool{}
		for _, g := range got {
			if seen[g] {
				t.Errorf("%s: %q listed twice", c.name, g)
			}
			seen[g] = true
		}
		joined := strings.Join(got, "\n")
		for _, w := range c.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%s: %q not listed; got\n%s", c.name, w, joined)
			}
		}
		for _, n := range c.not {
			for _, g := range got {
				if n == "" || strings.Contains(g, n) {
					t.Errorf("%s: %q listed", c.name, g)
				}
			}
		}
	}
}

// Spans a speaker uses do not lower the outlet's scores: the derived and
// quoted techniques are listed but not counted by obj.loaded.
func TestListedTechniquesNotCounted(t *testing.T) {
	text := `"This is a disgusting betrayal," said the protest leader. The minister gave a cynical answer.`
	a := Analyze(truthlens.Document{Text: text, Language: "en"})
	if len(a.Techniques) < 2 {
		t.Fatalf("techniques %+v", a.Techniques)
	}
	for _, c := range a.Scores.Objectivity.Checks {
		if c.ID == chkLoaded && len(c.Evidence) != 0 {
			t.Errorf("obj.loaded counts listed-only spans: %+v", c.Evidence)
		}
	}
}
