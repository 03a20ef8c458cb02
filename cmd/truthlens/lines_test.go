package main

import (
	"strings"
	"testing"
)

// TestLineCommandsOnOddText: a byte order mark, CRLF line ends and
// Windows-1252 bytes are read as text, offsets stay exact in the printed
// UTF-8, and binary data is one error object.
func TestLineCommandsOnOddText(t *testing.T) {
	in := "\xef\xbb\xbfCouncil approves barrier\r\nCaf\xe9 owners DESTROY critics\r\n"
	code, out, errs := runCLI(t, in, "headline", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("headline: exit %d: %s", code, errs)
	}
	objs := jsonLines(t, out)
	if len(objs) != 2 || objs[0]["headline"] != "Council approves barrier" || objs[1]["headline"] != "Café owners DESTROY critics" {
		t.Fatalf("headline: %s", out)
	}
	for _, o := range objs {
		h, _ := o["headline"].(string)
		checker{t, "headline"}.spans(o, "", "evidence", h, true)
	}
	code, out, _ = runCLI(t, in, "sentences", "--lines", "--format", "json", "-")
	objs = jsonLines(t, out)
	if code != 0 || len(objs) != 2 || objs[0]["text"] != "Council approves barrier" || objs[1]["text"] != "Café owners DESTROY critics" {
		t.Fatalf("sentences --lines: exit %d %s", code, out)
	}
	for _, o := range objs {
		checker{t, "sentences --lines"}.sentence(o, "", o["text"].(string))
	}
	binary := "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + strings.Repeat("\x00\x01\xfe", 300)
	for _, cmd := range [][]string{{"headline"}, {"sentences", "--lines"}, {"sentences"}, {"extract"}} {
		code, out, _ := runCLI(t, binary, append(append(cmd, "--format", "json"), "-")...)
		objs := jsonLines(t, out)
		if msg, _ := objs[0]["error"].(string); code != 1 || len(objs) != 1 || !strings.Contains(msg, "binary") {
			t.Errorf("%v on binary data: exit %d %s", cmd, code, out)
		}
	}
}

func TestJSONLinesWithByteOrderMark(t *testing.T) {
	in := "\xef\xbb\xbf" + `{"id":"a","text":"The council voted on Tuesday to build a barrier costing 4 million euros. The mayor said it was needed."}` + "\n"
	code, out, errs := runCLI(t, in, "extract", "--format", "json", "--jsonl", "-")
	if o := jsonLines(t, out); code != 0 || len(o) != 1 || o[0]["id"] != "a" {
		t.Errorf("exit %d: %s %s", code, out, errs)
	}
}

// TestHeadlineOfRecordsAndPages: a JSON Lines record gives its title (with
// its id and line), a web page its headline, never lines of markup.
func TestHeadlineOfRecordsAndPages(t *testing.T) {
	dir := t.TempDir()
	jl := writeFile(t, dir, "d.jsonl", `{"id":"a","title":"SHOCK: Council DESTROYS critics","text":"Body line one.\nBody line two."}`+"\n"+`{"id":"b","text":"no title here"}`+"\n")
	page := writeFile(t, dir, "p.html", fictionalHTML)
	code, out, _ := runCLI(t, "", "headline", "--format", "json", jl, page)
	objs := jsonLines(t, out)
	if code != 1 || len(objs) != 3 {
		t.Fatalf("exit %d: %s", code, out)
	}
	if objs[0]["id"] != "a" || objs[0]["line"] != 1.0 || objs[0]["headline"] != "SHOCK: Council DESTROYS critics" {
		t.Errorf("record: %v", objs[0])
	}
	if msg, _ := objs[1]["error"].(string); objs[1]["id"] != "b" || !strings.Contains(msg, "line 2") {
		t.Errorf("record without title: %v", objs[1])
	}
	if objs[2]["headline"] != "Eastmere council approves flood barrier" || objs[2]["line"] != 1.0 {
		t.Errorf("page: %v", objs[2])
	}
	code, out, _ = runCLI(t, "", "sentences", "--lines", "--format", "json", jl)
	if objs := jsonLines(t, out); code != 0 || len(objs) != 3 || objs[0]["id"] != "a" || objs[1]["text"] != "Body line two." {
		t.Errorf("sentences --lines on records: exit %d %s", code, out)
	}
}
