package analyze

import (
	"testing"

	"github.com/truthlens/truthlens/text"
)

// A line copied raw from a CSV/TSV file keeps its field quoting (outer
// marks, inner marks doubled); that must not make the whole line a
// quotation, which would mask the outlet's own words from the
// subjectivity check. A line merely wrapped in one pair of marks is a
// real quotation as far as anyone can tell, and stays one.
func TestCSVQuotedLineIsNotOneQuotation(t *testing.T) {
	line := `"The outrageous plan is a total disaster for ""ordinary"" families, the editorial argues."`
	got := LabelSentences(line, "en", []text.Range{{Start: 0, End: len(line)}})
	if len(got) != 1 || got[0].Text != line {
		t.Fatalf("got %+v", got)
	}
	if !got[0].Subjective || !got[0].Loaded {
		t.Errorf("the outlet's own loaded wording must count: %+v", got[0])
	}
	plain := `"We will not reopen the bridge until it is safe."`
	if got := LabelSentences(plain, "en", []text.Range{{Start: 0, End: len(plain)}}); !got[0].Quote {
		t.Errorf("a line wrapped in one pair of quotation marks is a quotation: %+v", got[0])
	}
}
