package analyze

import (
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

// The speaker of "X said ..." is X, never the clause that follows the verb.
func TestAttributionSubjectNotClause(t *testing.T) {
	text := "Councillor Dan Whitfield, who voted against the plan, said the city had not considered a new crossing in 2024. " +
		"She said the work would cost 120,000 pounds. " +
		"Tallis & Reed inspected the bridge on 3 March, said Priya Anand, the engineer. " +
		"Officials said on Tuesday that 40 homes were affected."
	a := Analyze(truthlens.Document{Title: "Council votes", Language: "en", Text: text})
	want := map[string]string{
		"Councillor Dan Whitfield": "Councillor Dan Whitfield",
		"She said":                 "Councillor Dan Whitfield", // a pronoun takes the last named source
		"Tallis & Reed":            "Priya Anand",
		"Officials said":           "Officials",
	}
	for _, c := range a.Claims {
		for prefix, w := range want {
			if len(c.Text) >= len(prefix) && c.Text[:len(prefix)] == prefix {
				if c.AttributedTo != w {
					t.Errorf("%q attributed to %q, want %q", c.Text, c.AttributedTo, w)
				}
				delete(want, prefix)
			}
		}
	}
	for p := range want {
		t.Errorf("no claim starting %q", p)
	}
}
