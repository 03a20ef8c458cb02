package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A fictional article used by the CLI tests.
const fictional = `Harbour council approves new flood barrier

The council of the fictional town of Eastmere voted 7 to 2 on Tuesday to build a flood barrier costing 4.5 million euros, according to minutes published by the council.

"We cannot wait for the next storm," said Mayor Ines Okafor, who proposed the plan in March.

Opponents said the cost was too high. The regional water agency did not respond to a request for comment.`

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
		logger: slog.New(slog.DiscardHandler)}
	code = run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func jsonLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line is not a JSON object: %v\n%s", err, l)
		}
		out = append(out, m)
	}
	return out
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{{}, {"nosuchcommand"}, {"extract"}, {"extract", "--nosuchflag", "x"}, {"analyze", "--format", "yaml", "x"}} {
		if code, _, _ := runCLI(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestExtractBatchKeepsOrderAndReportsErrors(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := 0; i < 30; i++ {
		args = append(args, writeFile(t, dir, fmt.Sprintf("a%02d.txt", i), strings.Replace(fictional, "Eastmere", fmt.Sprintf("Eastmere%d", i), 1)))
	}
	missing := filepath.Join(dir, "missing.txt")
	args = append(args[:10], append([]string{missing}, args[10:]...)...)
	code, out, _ := runCLI(t, "", append([]string{"extract", "--format", "json", "--workers", "4"}, args...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1 (one input failed)", code)
	}
	objs := jsonLines(t, out)
	if len(objs) != len(args) {
		t.Fatalf("%d objects for %d inputs", len(objs), len(args))
	}
	for i, o := range objs {
		if o["input"] != args[i] {
			t.Fatalf("object %d is for %v, want %s (order lost)", i, o["input"], args[i])
		}
	}
	if objs[10]["error"] == nil || !strings.Contains(objs[10]["error"].(string), "missing.txt") {
		t.Errorf("missing file: %v", objs[10])
	}
	if objs[0]["error"] != nil || !strings.Contains(objs[0]["text"].(string), "flood barrier") {
		t.Errorf("good input: %v", objs[0])
	}
}

func TestFlagsAfterInputs(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.txt", fictional)
	code, out, errs := runCLI(t, "", "extract", p, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if objs := jsonLines(t, out); len(objs) != 1 || objs[0]["input"] != p {
		t.Fatalf("got %v", out)
	}
}

func TestJSONLinesInputsCarryIDs(t *testing.T) {
	rec := func(id, text string) string {
		b, _ := json.Marshal(map[string]string{"id": id, "text": text, "title": "T " + id, "source": "Eastmere Post"})
		return string(b)
	}
	in := rec("first", fictional) + "\nnot json\n" + rec("second", fictional+"\n\nA second ending paragraph for variety.") + "\n"
	code, out, _ := runCLI(t, in, "extract", "--format", "json", "--jsonl", "-")
	if code != 1 {
		t.Errorf("exit %d, want 1 (one bad line)", code)
	}
	objs := jsonLines(t, out)
	if len(objs) != 3 {
		t.Fatalf("want 3 objects, got %d: %s", len(objs), out)
	}
	if objs[0]["id"] != "first" || objs[2]["id"] != "second" || objs[1]["error"] == nil {
		t.Errorf("ids/errors wrong: %s", out)
	}
	for _, o := range objs {
		if o["input"] != "-" {
			t.Errorf("input = %v, want -", o["input"])
		}
	}
}

func TestDirectoryInput(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", fictional)
	writeFile(t, dir, "a.html", "<html><head><title>Eastmere barrier</title></head><body><article><h1>Eastmere barrier</h1><p>"+strings.Repeat("The council of the fictional town voted to build a barrier after three floods in two years. ", 6)+"</p></article></body></html>")
	writeFile(t, dir, "skip.csv", "x")
	code, out, errs := runCLI(t, "", "extract", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	objs := jsonLines(t, out)
	if len(objs) != 2 || !strings.HasSuffix(objs[0]["input"].(string), "a.html") || !strings.HasSuffix(objs[1]["input"].(string), "b.txt") {
		t.Fatalf("directory expansion wrong: %s", out)
	}
}

func TestAnalyzeDeterministic(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.txt", fictional)
	_, out1, _ := runCLI(t, "", "analyze", "--format", "json", "--workers", "1", p)
	_, out2, _ := runCLI(t, "", "analyze", "--format", "json", "--workers", "3", p)
	if out1 != out2 || out1 == "" {
		t.Fatal("analyze output differs between runs")
	}
	o := jsonLines(t, out1)[0]
	for _, k := range []string{"headline", "scores", "summary", "sentences", "quotes", "claims", "techniques", "sections", "engine", "text", "removed", "disclosures"} {
		if _, ok := o[k]; !ok {
			t.Errorf("analyze object lacks %q", k)
		}
	}
}

func TestAnalyzeHTMLReportEscapes(t *testing.T) {
	p := writeFile(t, t.TempDir(), "x.txt", "Title with <script>alert(1)</script>\n\n"+fictional)
	code, out, _ := runCLI(t, "", "analyze", "--format", "html", p)
	if code != 0 || !strings.Contains(out, "<!doctype html>") {
		t.Fatalf("exit %d", code)
	}
	if strings.Contains(out, "<script>alert(1)</script>") {
		t.Fatal("article content not escaped")
	}
}

func TestHeadlineOnePerLine(t *testing.T) {
	code, out, _ := runCLI(t, "You won't believe what this cat did next\n\nCouncil approves flood barrier budget\n", "headline", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	objs := jsonLines(t, out)
	if len(objs) != 2 || objs[0]["line"].(float64) != 1 || objs[1]["line"].(float64) != 3 {
		t.Fatalf("got %s", out)
	}
	for _, k := range []string{"input", "headline", "clickbait", "sensationalism", "suggested", "evidence"} {
		if _, ok := objs[0][k]; !ok {
			t.Errorf("headline object lacks %q", k)
		}
	}
}

func TestSentencesLines(t *testing.T) {
	code, out, _ := runCLI(t, "The council voted 7 to 2.\nThis is a disgraceful, shameful decision!\n", "sentences", "--lines", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	objs := jsonLines(t, out)
	if len(objs) != 2 || objs[1]["line"].(float64) != 2 || objs[1]["text"] != "This is a disgraceful, shameful decision!" {
		t.Fatalf("got %s", out)
	}
	for _, k := range []string{"start", "end", "subjective", "subjectivity", "loaded", "claim", "quote"} {
		if _, ok := objs[0][k]; !ok {
			t.Errorf("sentence object lacks %q", k)
		}
	}
}

func TestStoriesOnHeadlinesAlone(t *testing.T) {
	var in strings.Builder
	for i, h := range []string{"Eastmere council approves flood barrier", "Flood barrier approved by Eastmere council", "Unrelated: local bakery wins prize"} {
		b, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("h%d", i), "title": h, "source": "Outlet " + fmt.Sprint(i), "published": "2026-03-0" + fmt.Sprint(i+1)})
		in.Write(b)
		in.WriteByte('\n')
	}
	code, out, errs := runCLI(t, in.String(), "stories", "--format", "json", "--jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	var res struct {
		Stories []struct {
			Articles []string `json:"articles"`
		} `json:"stories"`
	}
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if res.Stories == nil {
		t.Fatalf("no stories array: %s", out)
	}
}
