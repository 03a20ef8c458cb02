package story

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	truthlens "github.com/truthlens/truthlens"
	"pgregory.net/rapid"
)

// Fictional: a ferry strike in the invented harbour town of Lindqvay.
const (
	ferryA = `Ferry crews in the harbour town of Lindqvay stopped work on Friday morning in a dispute over night shift pay, the Lindqvay Courier learned. All 36 crossings to the island of Oskarholm were cancelled. "We asked for talks in January and heard nothing," said union steward Maren Kolby. The ferry company said it regretted the disruption and would meet the union on Monday.`
	ferryB = `All 36 ferry crossings between Lindqvay and Oskarholm were cancelled on Friday as crews stopped work over night shift pay. "We asked for talks in January and nobody answered," said union steward Maren Kolby. Island shops said deliveries of fresh bread had not arrived. The ferry company said it would meet the union on Monday.`
)

func ferryArticles(withHeadline bool) []truthlens.Article {
	arts := []truthlens.Article{
		art("courier", "Lindqvay Courier", "2026-05-08T09:15:00Z", "Lindqvay ferry crews strike over night pay", ferryA,
			[2]string{"Maren Kolby", "We asked for talks in January and heard nothing,"}),
		art("isles", "Isles Gazette", "2026-05-08T11:40:00Z", "Lindqvay ferries halted as crews strike over night pay", ferryB,
			[2]string{"Maren Kolby", "We asked for talks in January and nobody answered,"}),
	}
	if withHeadline {
		// A headline-only record: a day but no time, no text.
		arts = append(arts, headline("radio", "Harbour Radio", "2026-05-08", "Lindqvay ferry crews strike over night pay"))
	}
	return arts
}

func TestHeadlineOnlyMemberChangesNoComparison(t *testing.T) {
	with := storyOf(Group(ferryArticles(true), Options{}), "courier")
	without := storyOf(Group(ferryArticles(false), Options{}), "courier")
	if with == nil || without == nil {
		t.Fatal("the two ferry reports are not one story")
	}
	if !slices.Contains(with.Articles, "radio") {
		t.Fatalf("the headline-only record did not join the story: %v", with.Articles)
	}
	if with.Origin != "courier" {
		t.Errorf("origin %q, want courier (the earliest timed report, with text)", with.Origin)
	}
	if want := []string{"courier", "isles", "radio"}; !slices.Equal(with.Articles, want) {
		t.Errorf("articles %v, want %v (a bare day after the times of that day)", with.Articles, want)
	}
	for _, o := range with.Omissions {
		if o.Article == "radio" {
			t.Errorf("headline-only record listed as omitting %v", o.Missing)
		}
	}
	if len(with.Claims) == 0 || len(with.Quotes) == 0 {
		t.Fatalf("fixture should give claims and quotes: %+v", with)
	}
	// Claims, quotes, omissions and sources are those of the full articles.
	if with.IndependentSources != without.IndependentSources {
		t.Errorf("independent_sources %d with the headline, %d without", with.IndependentSources, without.IndependentSources)
	}
	if d := cmp.Diff(without.Claims, with.Claims); d != "" {
		t.Errorf("claims change with the headline (-without +with):\n%s", d)
	}
	if d := cmp.Diff(without.Quotes, with.Quotes); d != "" {
		t.Errorf("quotes change with the headline (-without +with):\n%s", d)
	}
	if d := cmp.Diff(without.Omissions, with.Omissions); d != "" {
		t.Errorf("omissions change with the headline (-without +with):\n%s", d)
	}
}

func TestHeadlineOnlyStoryCountsSources(t *testing.T) {
	// With no text anywhere, headlines are all a story has: their outlets
	// still count, and the earliest is the origin.
	arts := []truthlens.Article{
		headline("h1", "Harbour Radio", "2026-05-08T07:00:00Z", "Lindqvay ferry crews strike over night pay"),
		headline("h2", "Isles Gazette", "2026-05-08", "Lindqvay ferry crews strike over pay"),
		headline("h3", "Fjord Times", "2026-05-08T10:00:00Z", "Ferry crews strike in Lindqvay over night pay"),
	}
	st := storyOf(Group(arts, Options{}), "h1")
	if st == nil || len(st.Articles) != 3 {
		t.Fatalf("headlines not one story: %+v", st)
	}
	if st.IndependentSources != 3 || st.Origin != "h1" || len(st.Omissions) != 0 {
		t.Errorf("sources %d origin %q omissions %v, want 3, h1, none", st.IndependentSources, st.Origin, st.Omissions)
	}
}

// odoc is a doc for origin tests: published is "" (undated), a day or a time.
func odoc(id, published string, text bool) *doc {
	a := &truthlens.Article{Document: truthlens.Document{ID: id, Published: truthlens.Date(published)}}
	if text {
		a.Text = "Some report text."
	}
	return newDoc(id, a)
}

func TestChooseOrigin(t *testing.T) {
	type c struct {
		name  string
		docs  []*doc
		score map[string]float64
		copy  map[string]string
		want  string
	}
	for _, tc := range []c{
		{name: "bare day does not beat a same-day time", docs: []*doc{odoc("day", "2026-05-08", true), odoc("timed", "2026-05-08T15:00:00Z", true)}, want: "timed"},
		{name: "text beats headline-only of the same day", docs: []*doc{odoc("head", "2026-05-08T06:00:00Z", false), odoc("text", "2026-05-08", true)}, want: "text"},
		{name: "text beats headline-only of the same time", docs: []*doc{odoc("head", "2026-05-08", false), odoc("text", "2026-05-08", true)}, want: "text"},
		{name: "headline-only of an earlier day stays first", docs: []*doc{odoc("head", "2026-05-07", false), odoc("text", "2026-05-08T01:00:00Z", true)}, want: "head"},
		{name: "earlier time beats later time", docs: []*doc{odoc("late", "2026-05-08T10:00:00Z", true), odoc("early", "2026-05-08T09:00:00Z", true), odoc("day", "2026-05-08", false)}, want: "early"},
		{name: "dated beats undated", docs: []*doc{odoc("undated", "", true), odoc("dated", "2026-05-09", false)}, want: "dated"},
		{name: "citations come first", docs: []*doc{odoc("early", "2026-05-08T09:00:00Z", true), odoc("cited", "2026-05-09T09:00:00Z", true)}, score: map[string]float64{"cited": 1}, want: "cited"},
		{name: "citation tie broken by day, then text", docs: []*doc{odoc("a", "2026-05-08T09:00:00Z", false), odoc("b", "2026-05-08", true), odoc("c", "2026-05-07", true)}, score: map[string]float64{"a": 1, "b": 1}, want: "b"},
		{name: "a copy is never the origin", docs: []*doc{odoc("orig", "2026-05-08T12:00:00Z", true), odoc("cp", "2026-05-08T08:00:00Z", true)}, copy: map[string]string{"cp": "orig"}, want: "orig"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for rot := range tc.docs { // any input order
				m := append(slices.Clone(tc.docs[rot:]), tc.docs[:rot]...)
				slices.SortStableFunc(m, originalFirst)
				idx := map[string]int{}
				for i, d := range m {
					idx[d.id] = i
				}
				score := make([]float64, len(m))
				for id, s := range tc.score {
					score[idx[id]] = s
				}
				of := map[int]int{}
				for a, b := range tc.copy {
					of[idx[a]] = idx[b]
				}
				if got := m[chooseOrigin(m, of, score)].id; got != tc.want {
					t.Errorf("rotation %d: origin %s, want %s", rot, got, tc.want)
				}
			}
		})
	}
}

// TestOriginProperties: whatever the dates, the origin is never later than
// another equally cited member, nor headline-only when an equally early,
// equally cited member has text, and it does not depend on input order.
func TestOriginProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 7).Draw(t, "n")
		var docs []*doc
		for i := range n {
			pub := ""
			switch rapid.IntRange(0, 2).Draw(t, "kind") {
			case 1:
				pub = fmt.Sprintf("2026-05-%02d", rapid.IntRange(7, 9).Draw(t, "day"))
			case 2:
				pub = fmt.Sprintf("2026-05-%02dT%02d:00:00Z", rapid.IntRange(7, 9).Draw(t, "day"), rapid.IntRange(0, 23).Draw(t, "hour"))
			}
			d := odoc(fmt.Sprintf("d%d", i), pub, rapid.Bool().Draw(t, "text"))
			docs = append(docs, d)
		}
		scores := map[string]float64{}
		for _, d := range docs {
			scores[d.id] = float64(rapid.IntRange(0, 1).Draw(t, "score"))
		}
		pick := func(in []*doc) *doc {
			m := slices.Clone(in)
			slices.SortStableFunc(m, originalFirst)
			s := make([]float64, len(m))
			for i, d := range m {
				s[i] = scores[d.id]
			}
			return m[chooseOrigin(m, map[int]int{}, s)]
		}
		o := pick(docs)
		for _, d := range docs {
			if scores[d.id] > scores[o.id] {
				t.Fatalf("%s is cited more than origin %s", d.id, o.id)
			}
			if scores[d.id] < scores[o.id] {
				continue
			}
			if earlier(d, o) < 0 {
				t.Fatalf("%s (%s) is earlier than origin %s (%s)", d.id, d.a.Published, o.id, o.a.Published)
			}
			if earlier(d, o) == 0 && earlier(o, d) == 0 && d.hasText && !o.hasText {
				t.Fatalf("headline-only origin %s over %s with text", o.id, d.id)
			}
		}
		rev := slices.Clone(docs)
		slices.Reverse(rev)
		if p := pick(rev); p.id != o.id {
			t.Fatalf("origin %s in one order, %s in another", o.id, p.id)
		}
	})
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		day     string
		dayOnly bool
	}{
		{"2026-05-08", "2026-05-08", true},
		{"2026-05-08T23:30:00Z", "2026-05-08", false},
		{"2026-05-09T01:00:00+03:00", "2026-05-08", false}, // UTC day, consistent with time order
		{"1969-12-31T23:00:00Z", "1969-12-31", false},
	} {
		tm, day, dayOnly := parseDate(truthlens.Date(tc.in))
		if tm == noTime {
			t.Fatalf("%s: not parsed", tc.in)
		}
		got := fmt.Sprint(day)
		want, _, _ := parseDate(truthlens.Date(tc.day))
		if day != want/86400 || dayOnly != tc.dayOnly {
			t.Errorf("%s: day %s dayOnly %v, want day of %s, %v", tc.in, got, dayOnly, tc.day, tc.dayOnly)
		}
	}
	if tm, _, _ := parseDate(""); tm != noTime {
		t.Error("empty date parsed")
	}
}
