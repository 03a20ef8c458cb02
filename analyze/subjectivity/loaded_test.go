package subjectivity

import "testing"

// TestLoadedPairs shows the loaded rule on fictional news sentences in the
// style of expert-labelled media-bias sets: each event reported once with
// loaded wording and once plainly.
func TestLoadedPairs(t *testing.T) {
	pairs := []struct{ biased, neutral string }{
		{"The radical mayor rammed through a so-called climate plan that will cripple local businesses.",
			"The mayor passed a climate plan that sets new limits on emissions from local businesses."},
		{"Senator Hale lashed out at reporters in a bizarre tirade on Tuesday.",
			"Senator Hale criticised reporters at a news conference on Tuesday."},
		{"The regime's propaganda machine spewed lies about the protests.",
			"The government's media office issued statements about the protests."},
		{"Illegal aliens are flooding across the border in staggering numbers.",
			"The number of migrants crossing the border rose by 12 percent in May."},
		{"The disgraced former minister shamelessly blamed everyone but himself.",
			"The former minister said others were responsible for the decision."},
		{"Far-right extremists hijacked the rally with their hateful rhetoric.",
			"Members of a nationalist group spoke at the rally."},
		{"The insane new tax is an absolute disaster for hardworking families.",
			"The new tax will cost a family of four about 300 dollars a year, the treasury estimates."},
		{"Lawmakers caved to the gun lobby once again, ignoring the will of the people.",
			"Lawmakers rejected the gun bill by 52 votes to 48."},
		{"The company's greedy executives pocketed obscene bonuses while workers suffered.",
			"The company's executives received bonuses averaging 2 million dollars."},
		{"Critics slammed the bill as a reckless giveaway to the rich.",
			"Critics said the bill would mainly benefit high earners."},
	}
	for _, p := range pairs {
		if r := Classify(p.biased, "en", nil); !r.Loaded {
			t.Errorf("want loaded: %q (%.2f, cues %v)", p.biased, r.Subjectivity, r.Spans)
		}
		if r := Classify(p.neutral, "en", nil); r.Loaded {
			t.Errorf("want not loaded: %q (%.2f, cues %v)", p.neutral, r.Subjectivity, r.Spans)
		}
	}
}
