package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// storyRecords are fictional JSON Lines records about two events, with a
// syndicated copy, differing quotes and a headline-only record.
func storyRecords() []string {
	rec := func(m map[string]any) string {
		b, _ := json.Marshal(m)
		return string(b)
	}
	flood := func(outlet, quote, extra string) string {
		return "The council of the fictional town of Eastmere voted 7 to 2 on Tuesday to build a flood barrier costing 4.5 million euros, the " + outlet + " learned.\n\n" +
			"\"" + quote + ",\" said Mayor Ines Okafor, who proposed the plan in March.\n\n" +
			"Engineers said construction would take two years. " + extra
	}
	rail := func(outlet, extra string) string {
		return "Rail workers in the fictional province of Norland walked out on Monday in a dispute over pay, halting 400 trains, the " + outlet + " reported.\n\n" +
			"\"We have waited three years for a fair offer,\" said union leader Tomas Berg.\n\n" + extra
	}
	return []string{
		rec(map[string]any{"id": "post-1", "source": "Eastmere Post", "title": "Eastmere council approves flood barrier", "published": "2026-03-03T09:00:00Z",
			"text": flood("Eastmere Post", "We cannot wait for the next storm", "Opponents said the cost was too high.")}),
		rec(map[string]any{"id": "wire-1", "source": "Norland Wire", "title": "Eastmere votes for 4.5 million euro barrier", "published": "2026-03-03T11:00:00Z",
			"text": flood("Norland Wire", "We cannot wait for another storm", "The regional water agency did not respond to a request for comment.")}),
		rec(map[string]any{"id": "copy-1", "source": "Valley Daily", "title": "Eastmere council approves flood barrier", "published": "2026-03-03T12:00:00Z",
			"text": flood("Eastmere Post", "We cannot wait for the next storm", "Opponents said the cost was too high.") + "\n\nThis article first appeared in the Eastmere Post."}),
		rec(map[string]any{"id": "head-1", "source": "Coast FM", "title": "Eastmere council approves flood barrier plan", "published": "2026-03-03"}),
		rec(map[string]any{"id": "rail-1", "source": "Norland Wire", "title": "Norland rail workers strike over pay", "published": "2026-03-02T07:00:00Z",
			"text": rail("Norland Wire", "The rail operator said it would meet the union on Thursday.")}),
		rec(map[string]any{"id": "rail-2", "source": "Capital Times", "title": "Trains halted as Norland rail staff walk out", "published": "2026-03-02T09:30:00Z",
			"text": rail("Capital Times", "Commuters faced long queues for buses. The operator said 400 trains were cancelled.")}),
		rec(map[string]any{"id": "bake-1", "source": "Valley Daily", "title": "Eastmere bakery wins national bread prize", "published": "2026-03-01",
			"text": "A bakery in the fictional town of Eastmere won the national bread prize on Saturday for its rye loaf.\n\nThe owners said they would use the prize money to train apprentices."}),
	}
}

func TestStoriesIndependentOfInputOrder(t *testing.T) {
	recs := storyRecords()
	in := strings.Join(recs, "\n") + "\n"
	code, want, errs := runCLI(t, in, "stories", "--format", "json", "--jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Stories []struct {
			Articles []string `json:"articles"`
		} `json:"stories"`
	}
	if err := json.Unmarshal([]byte(want), &res); err != nil || len(res.Stories) == 0 {
		t.Fatalf("no stories: %v %s", err, want)
	}
	// reversed, rotated and interleaved orders, on 1 and 4 workers
	orders := [][]int{{6, 5, 4, 3, 2, 1, 0}, {3, 4, 5, 6, 0, 1, 2}, {1, 3, 5, 0, 2, 4, 6}}
	for i, ord := range orders {
		var b strings.Builder
		for _, k := range ord {
			b.WriteString(recs[k] + "\n")
		}
		_, got, _ := runCLI(t, b.String(), "stories", "--format", "json", "--jsonl", "--workers", fmt.Sprint(1+3*(i%2)), "-")
		if got != want {
			t.Errorf("order %v changes the stories:\n%s\nwant\n%s", ord, got, want)
		}
	}
}

func TestOutputIdenticalAcrossWorkersAndGOMAXPROCS(t *testing.T) {
	inputs := contractInputs(t)
	jl := writeFile(t, t.TempDir(), "stories.jsonl", strings.Join(storyRecords(), "\n")+"\n")
	inputs = append(inputs, jl)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, cmd := range []string{"analyze", "extract", "sentences", "stories"} {
		var first string
		for _, procs := range []int{1, 4} {
			runtime.GOMAXPROCS(procs)
			for _, workers := range []string{"1", "4"} {
				code, out, errs := runCLI(t, "", append([]string{cmd, "--format", "json", "--workers", workers}, inputs...)...)
				// the headline-only record is an error except for stories
				if want := map[bool]int{true: 0, false: 1}[cmd == "stories"]; code != want {
					t.Fatalf("%s: exit %d, want %d: %s", cmd, code, want, errs)
				}
				if first == "" {
					first = out
				} else if out != first {
					t.Errorf("%s: output differs with GOMAXPROCS=%d --workers %s", cmd, procs, workers)
				}
			}
		}
	}
}
