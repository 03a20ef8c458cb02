package analyze

import (
	"testing"

	"github.com/truthlens/truthlens/text"
)

// A line copied raw from a CSV/TSV file keeps its field quoting; the
// outer marks must not make the whole line a quotation (which would mask
// the outlet's own words from the subjectivity check).
func TestCSVQuotedLineIsNotOneQuotation(t *testing.T) {
	for _, line := range []string{
		`"The outrageous plan is a total disaster for families, the editorial argues."`,
		`"The outrageous plan is a total disaster for ""ordinary"" families, the editorial argues."`,
	} {
		got := LabelSentences(line, "en", []text.Range{{Start: 0, End: len(line)}})
		if len(got) != 1 || got[0].Text != line {
			t.Fatalf("got %+v", got)
		}
		if !got[0].Subjective || !got[0].Loaded {
			t.Errorf("the outlet's own loaded wording must count: %+v", got[0])
		}
	}
	line := `"The council approved the budget on Tuesday, the minutes show."`
	if got := LabelSentences(line, "en", []text.Range{{Start: 0, End: len(line)}}); got[0].Quote {
		t.Errorf("the CSV field quoting was taken for a quotation: %+v", got[0])
	}
}
