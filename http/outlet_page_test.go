package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	truthlens "github.com/truthlens/truthlens"
)

// seedOutlet stores n fictional articles of one outlet over about two
// weeks, with scores that differ per metric, and returns the outlet id and
// the articles oldest first.
func seedOutlet(t testing.TB, e *env, n int) (string, []*truthlens.Article) {
	t.Helper()
	topics := []string{"harbour dredging", "tram line", "school roof", "river flood wall", "market hall", "bus fares",
		"library hours", "ferry timetable", "park lighting", "water rates", "bridge repairs", "cycle lanes"}
	var out []*truthlens.Article
	for i := 0; i < n; i++ {
		pub := time.Date(2026, 2, 2, 8, 0, 0, 0, time.UTC).Add(time.Duration(i) * 29 * time.Hour)
		title := fmt.Sprintf("Fictional: Marrowby council votes on %s", topics[i%len(topics)])
		a := &truthlens.Article{Document: truthlens.Document{
			URL: fmt.Sprintf("https://marrowby-gazette.example/news/%d", i), Site: "Marrowby Gazette",
			Title: title, Published: truthlens.Date(pub.Format(time.RFC3339)), Language: "en",
			Text: title + ". The council met on a fictional Tuesday and voted.",
		}}
		f := float64(i)
		a.Scores.Objectivity.Value = 3 + float64(int(f*1.7)%6)
		a.Scores.Accuracy.Value = 5.5 + float64(int(f*2.3)%4)
		a.Scores.Transparency.Value = 2 + float64(int(f*1.3)%7)
		a.Scores.Overall = truthlens.Round2((a.Scores.Objectivity.Value + a.Scores.Accuracy.Value + a.Scores.Transparency.Value) / 3)
		id, _, err := e.store.SaveArticle(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		a.ID = id
		out = append(out, a)
	}
	return truthlens.OutletID("Marrowby Gazette"), out
}

// TestOutletPageChartsFourScores: the chart draws a line per score with a
// legend, one focusable link per article whose <title> gives its date,
// title and four scores, and a data table with the same; no inline script.
func TestOutletPageChartsFourScores(t *testing.T) {
	e := newEnv(t, false)
	outlet, arts := seedOutlet(t, e, 6)
	code, hdr, page := e.do("GET", "/outlets/"+outlet, "")
	if code != 200 {
		t.Fatalf("outlet page: %d\n%s", code, page)
	}
	if !strings.Contains(hdr.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Error("no CSP")
	}
	for _, s := range []string{"overall", "objectivity", "accuracy", "transparency"} {
		if !strings.Contains(page, `<polyline class="tc-line s-`+s+`" points="`) {
			t.Errorf("no %s line", s)
		}
		if !regexp.MustCompile(`<li class="s-` + s + `[^"]*"><svg[^>]*aria-hidden="true">.*?</svg>` + "(?i)" + s + `</li>`).MatchString(page) {
			t.Errorf("legend lacks %s", s)
		}
	}
	if !strings.Contains(page, `<li class="s-overall main">`) {
		t.Error("the legend does not emphasise overall")
	}
	if n := strings.Count(page, `class="tc-pt"`); n != len(arts) {
		t.Errorf("%d chart points, want one per article (%d)", n, len(arts))
	}
	table := page[strings.Index(page, `<details class="tc-data">`):]
	table = table[:strings.Index(table, "</details>")]
	last := -1
	for _, a := range arts {
		sc := a.Scores
		vals := fmt.Sprintf("overall %.1f, objectivity %.1f, accuracy %.1f, transparency %.1f",
			sc.Overall, sc.Objectivity.Value, sc.Accuracy.Value, sc.Transparency.Value)
		date := strings.TrimPrefix(mustTime(t, a.Published).Format("2 Jan 2006"), "0")
		label := date + ", " + a.Title + ": " + vals
		if !strings.Contains(page, `<a href="/articles/`+a.ID+`" class="tc-pt" aria-label="`+label+`"><title>`+label+`</title>`) {
			t.Errorf("no focusable point with title %q", label)
		}
		row := fmt.Sprintf(`<tr><td class="num">%s</td><td><a href="/articles/%s">%s</a></td><td class="num main">%.1f</td><td class="num">%.1f</td><td class="num">%.1f</td><td class="num">%.1f</td></tr>`,
			date, a.ID, a.Title, sc.Overall, sc.Objectivity.Value, sc.Accuracy.Value, sc.Transparency.Value)
		i := strings.Index(table, row)
		if i < 0 {
			t.Errorf("data table lacks row %s", row)
		} else if i < last {
			t.Errorf("data table row of %s is out of date order", a.ID)
		}
		last = i
	}
	if regexp.MustCompile(`<script(?:\s[^>]*)?>[^<]`).MatchString(page) || regexp.MustCompile(`\son[a-z]+=`).MatchString(page) {
		t.Error("inline script on the outlet page")
	}
}

func mustTime(t testing.TB, d truthlens.Date) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, string(d))
	if err != nil {
		t.Fatal(err)
	}
	return v.UTC()
}

// TestArticleListShapeUnchanged: the per-metric scores that listings now
// carry for the outlet chart stay out of the API's article list (its shape
// is fixed by the CLI contract) and out of ArticleSummary's JSON.
func TestArticleListShapeUnchanged(t *testing.T) {
	e := newEnv(t, false)
	seedOutlet(t, e, 2)
	code, _, resp := e.do("GET", "/api/v1/articles?limit=10", "")
	if code != 200 {
		t.Fatalf("list: %d %s", code, resp)
	}
	var list struct {
		Articles []map[string]json.RawMessage `json:"articles"`
	}
	if err := json.Unmarshal([]byte(resp), &list); err != nil || len(list.Articles) != 2 {
		t.Fatalf("list: %v %s", err, resp)
	}
	for _, row := range list.Articles {
		var keys []string
		for k := range row {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if diff := cmp.Diff([]string{"id", "published", "scores", "source", "story", "title", "url"}, keys); diff != "" {
			t.Errorf("list row keys (-want +got):\n%s", diff)
		}
		if s := string(row["scores"]); !regexp.MustCompile(`^\{"overall":[0-9.]+\}$`).MatchString(s) {
			t.Errorf("list row scores = %s, want only overall", s)
		}
	}
	b, err := json.Marshal(truthlens.ArticleSummary{ID: "x", Objectivity: 1, Accuracy: 2, Transparency: 3, Overall: 4})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"id":"x","url":"","source":"","title":"","published":null,"story":null}`; string(b) != want {
		t.Errorf("ArticleSummary JSON = %s, want %s", b, want)
	}
}
