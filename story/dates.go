package story

import (
	"cmp"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// newDoc is the internal view of article a under id, before features.
func newDoc(id string, a *truthlens.Article) *doc {
	d := &doc{id: id, a: a, hasText: strings.TrimSpace(a.Text) != ""}
	d.t, d.day, d.dayOnly = parseDate(a.Published)
	return d
}

// dateLayouts are the publication date forms understood, the day-only
// form last.
var dateLayouts = []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"}

// parseDate reads an RFC 3339 time or a YYYY-MM-DD day. t is unix seconds
// (midnight UTC for a day) or noTime; day is its UTC calendar day, in days
// since 1970-01-01, so that ordering by day and then time agrees with
// ordering by time; dayOnly says the date has no time of day.
func parseDate(d truthlens.Date) (t, day int64, dayOnly bool) {
	s := strings.TrimSpace(string(d))
	if s == "" {
		return noTime, 0, false
	}
	for i, layout := range dateLayouts {
		if p, err := time.Parse(layout, s); err == nil {
			u := p.Unix()
			day := u / 86400
			if u < 0 && u%86400 != 0 {
				day-- // floor, for dates before 1970
			}
			return u, day, i == len(dateLayouts)-1
		}
	}
	return noTime, 0, false
}

// cmpDay orders two docs by publication at day granularity: the earlier
// calendar day first, undated last. It says nothing within one day.
func cmpDay(x, y *doc) int {
	switch xu, yu := x.t == noTime, y.t == noTime; {
	case xu && yu:
		return 0
	case xu:
		return 1
	case yu:
		return -1
	}
	return cmp.Compare(x.day, y.day)
}

// cmpWithinDay orders two docs of one day: timed ones by time, a day-only
// date after them, since "some time that day" cannot claim to be first.
// Together with cmpDay it is a total order.
func cmpWithinDay(x, y *doc) int {
	if x.dayOnly != y.dayOnly {
		if x.dayOnly {
			return 1
		}
		return -1
	}
	return cmp.Compare(x.t, y.t)
}

// earlier compares two docs' publication the way the origin is chosen: at
// day granularity when either has only a day (a day-only date is some
// time that day, so it neither beats nor loses to a same-day time), by
// time otherwise; undated last. Not transitive across a mix of timed and
// day-only dates, so it is used for filtering, never for sorting.
func earlier(x, y *doc) int {
	if c := cmpDay(x, y); c != 0 || x.t == noTime || x.dayOnly || y.dayOnly {
		return c
	}
	return cmp.Compare(x.t, y.t)
}
