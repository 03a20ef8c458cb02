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
	towns  = []string{"Eastmere", "Westbrook", "Northvale", "Southport", "Highcliff", "Lowmoor", "Redwater", "Greyfield"}
	things = []string{"flood barrier", "tram line", "school", "bridge", "hospital wing", "wind farm", "library", "harbour wall"}
)

// Record is one JSON Lines article.
type Record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Text      string `json:"text"`
}

// Article returns the i-th article of the corpus.
func Article(i int) Record {
	base := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	ev := i / 5
	town := fmt.Sprintf("%s%d", towns[ev%len(towns)], ev)
	thing := things[(ev/len(towns))%len(things)]
	mayor := fmt.Sprintf("Mayor Ada Quill%d", ev)
	text := fmt.Sprintf("The council of %s voted %d to %d on Tuesday to build a %s costing %d.%d million euros, according to minutes published by the council.\n\n"+
		"\"We cannot wait any longer for the %s,\" said %s, who proposed the plan in March.\n\n"+
		"Opponents in %s said the cost of %d.%d million euros was too high.", town, 5+ev%4, 2, thing, 3+ev%7, ev%10, thing, mayor, town, 3+ev%7, ev%10)
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
