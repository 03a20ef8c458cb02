package sqlite

import (
	"testing"
	"time"

	"github.com/truthlens/truthlens/internal/storeenc"
)

func TestFTSQuery(t *testing.T) {
	if got := ftsQuery(storeenc.SearchTerms(`a "b" OR c*`)); got != `"a" "b" "or" "c"` {
		t.Errorf("ftsQuery = %s", got)
	}
}

// Stored times are fixed-width text, so text order is time order.
func TestTimeText(t *testing.T) {
	a := time.Date(2026, 3, 1, 12, 30, 0, 0, time.FixedZone("", 2*3600))
	b := a.Add(1500 * time.Microsecond)
	sa, sb := fmtTime(a), fmtTime(b)
	if sa != "2026-03-01T10:30:00.000000Z" || len(sb) != len(sa) || sb <= sa {
		t.Errorf("fmtTime: %q, %q", sa, sb)
	}
	got, err := parseTime(sb)
	if err != nil || !got.Equal(b) || got.Location() != time.UTC {
		t.Errorf("parseTime(%q) = %v, %v", sb, got, err)
	}
	if _, err := parseTime("2026-03-01"); err == nil {
		t.Error("parseTime accepted a date without time")
	}
	if fmtNullTime(time.Time{}) != nil {
		t.Error("fmtNullTime(zero) is not NULL")
	}
}
