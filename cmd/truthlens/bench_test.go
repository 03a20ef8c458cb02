package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/truthlens/truthlens/analyze"
	"github.com/truthlens/truthlens/extract"
)

// benchRecords are n fictional ~800-word text records as JSON Lines.
func benchRecords(n int) []byte {
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		var text strings.Builder
		for p := 0; text.Len() < 4800; p++ {
			if p > 0 {
				text.WriteString("\n\n")
			}
			fmt.Fprintf(&text, "The council of the fictional town of Eastmere%d voted %d to 2 on Tuesday to build a flood barrier costing %d.5 million euros, according to minutes published by the council. ", i, 5+p%4, p)
			fmt.Fprintf(&text, "\"We cannot wait for the next storm,\" said Mayor Ines Okafor, who proposed the plan in March %d. ", 2000+p)
			text.WriteString("Critics called it a disgraceful waste of money. The regional water agency did not respond to a request for comment. ")
			fmt.Fprintf(&text, "Engineers estimate the barrier will take %d years to build, according to a report by the agency.", 2+p%3)
		}
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint("b", i), "title": fmt.Sprintf("Eastmere%d council approves flood barrier", i), "source": "Eastmere Post", "text": text.String()})
		b.Write(rec)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// BenchmarkAnalyzeCLI is `truthlens analyze --jsonl -` on one worker, per
// article: compare with BenchmarkEngine to see what the CLI adds.
func BenchmarkAnalyzeCLI(b *testing.B) {
	in := benchRecords(200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e := &env{stdin: bytes.NewReader(in), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }, logger: slog.New(slog.DiscardHandler)}
		if code := run(context.Background(), e, []string{"analyze", "--format", "json", "--workers", "1", "--jsonl", "-"}); code != 0 {
			b.Fatal(code)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*200)/1000, "ms/article")
}

// BenchmarkEngine is extraction and analysis alone on the same articles.
func BenchmarkEngine(b *testing.B) {
	in := benchRecords(200)
	var texts []string
	for _, l := range bytes.Split(bytes.TrimSpace(in), []byte("\n")) {
		var r struct{ Title, Text string }
		json.Unmarshal(l, &r)
		texts = append(texts, r.Title+"\n\n"+r.Text)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			doc, err := extract.Extract(extract.Source{Body: []byte(t), Kind: "text"}, extract.Options{})
			if err != nil {
				b.Fatal(err)
			}
			a := analyze.Analyze(doc)
			if len(a.Sections) == 0 {
				b.Fatal("no sections")
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*200)/1000, "ms/article")
}
