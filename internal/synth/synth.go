// Package synth writes deterministic fictional news corpora for crash tests
// and benchmarks: groups of five invented outlets covering one invented
// event each (the second article of each group a verbatim copy of the
// first), every article with its own publish time.
package synth

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

var (
	syllables = []string{"ka", "lo", "mir", "ben", "va", "tor", "sel", "du", "ran", "pe", "gol", "thi", "nor", "wes", "ly", "fen"}
	things    = []string{"flood barrier", "tram line", "school", "bridge", "hospital wing", "wind farm", "library", "harbour wall"}
)

// name makes a distinct invented word for event ev (salt varies the
// syllable order, so a town and a mayor of one event differ). Names carry
// no digits: tokenizers drop numbers, and events must stay distinct.
func name(ev, salt int) string {
	n := ev*7 + salt*131
	var b strings.Builder
	for k := 0; k < 4; k++ {
		b.WriteString(syllables[n%len(syllables)])
		n /= len(syllables)
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// Record is one JSON Lines article.
type Record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Text      string `json:"text"`
}

// Sentence templates: each event draws its own combination, so that events
// do not share whole sentences (real coverage of different events doesn't).
var (
	leads = []string{
		"The council of %[1]s voted %[3]d to 2 on Tuesday to build a %[2]s costing %[4]s million euros, according to minutes published by the council.",
		"Plans for a %[2]s in %[1]s were approved late on Monday after a %[3]d-2 vote, with the bill put at %[4]s million euros in the budget papers.",
		"%[1]s will get a new %[2]s: councillors backed the %[4]s million euro scheme by %[3]d votes to 2 at an evening session.",
		"A %[4]s million euro %[2]s for %[1]s cleared its final hurdle this week when the town assembly endorsed it %[3]d to 2.",
	}
	quotes = []string{
		"\"We cannot wait any longer for the %[2]s,\" said %[5]s, who proposed the plan in March.",
		"\"This %[2]s is overdue and %[1]s deserves it,\" %[5]s told reporters after the vote.",
		"%[5]s said the %[2]s would be finished \"before the next winter\" if contractors kept to schedule.",
		"\"Nobody here doubts we need the %[2]s,\" %[5]s said in a statement.",
	}
	reactions = []string{
		"Opponents in %[1]s said the cost of %[4]s million euros was too high.",
		"Shopkeepers in %[1]s worried that building the %[2]s would close roads for months.",
		"Two councillors who voted against it called the %[4]s million euro price tag unaffordable.",
		"A residents' group in %[1]s asked for a public hearing before any money is spent.",
	}
)

// Article returns the i-th article of the corpus.
func Article(i int) Record {
	base := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	ev := i / 5
	town := name(ev, 0)
	thing := things[ev%len(things)]
	mayor := "Mayor " + name(ev, 1) + " " + name(ev, 2)
	cost := fmt.Sprintf("%d.%d", 3+ev%7, ev%10)
	args := []any{town, thing, 5 + ev%4, cost, mayor}
	text := fmt.Sprintf(leads[ev%len(leads)], args...) + "\n\n" +
		fmt.Sprintf(quotes[(ev/4)%len(quotes)], args...) + "\n\n" +
		fmt.Sprintf(reactions[(ev/16)%len(reactions)], args...)
	if i%5 != 1 { // article 1 of each group is a verbatim copy of article 0
		text += fmt.Sprintf("\n\nOutlet %d adds that the regional agency did not respond to a request for comment about the %s.", i%5, thing)
	}
	return Record{
		ID: fmt.Sprintf("c%05d", i), Title: fmt.Sprintf("%s council approves %s", town, thing),
		Source: fmt.Sprintf("Outlet %d", i%5), Published: base.Add(time.Duration(i) * time.Minute).Format(time.RFC3339),
		URL: fmt.Sprintf("https://outlet%d.example/%s-%d", i%5, strings.ToLower(town), i), Text: text,
	}
}

// WriteCorpus writes n articles as JSON Lines.
func WriteCorpus(w io.Writer, n int) error {
	enc := json.NewEncoder(w)
	for i := 0; i < n; i++ {
		if err := enc.Encode(Article(i)); err != nil {
			return err
		}
	}
	return nil
}
