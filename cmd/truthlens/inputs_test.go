package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadInputsNeverKillTheBatch runs every kind of bad input between two
// good ones: each gets one error object with a clear message, the good
// ones are printed in order, and the exit status is 1.
func TestBadInputsNeverKillTheBatch(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", fictional)
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), bytes.Repeat([]byte{0, 0xff, 0x10, 0x80}, 256)...)
	elf, err := os.ReadFile("/bin/ls")
	if err != nil || len(elf) > 64<<10 {
		elf = append([]byte("\x7fELF\x02\x01\x01\x00"), bytes.Repeat([]byte{0, 1, 2, 0xfe}, 4096)...)
	}
	big := bytes.Repeat([]byte("The council met again on Tuesday to vote on the barrier. "), maxInputBytes/50)
	os.Mkdir(filepath.Join(dir, "empty-dir"), 0o755)
	writeFile(t, filepath.Join(dir, "empty-dir"), "notes.csv", "a,b")
	cases := []struct {
		name, content, msg string
	}{
		{"missing.txt", "", "no such file"},
		{"empty.txt", "", "empty"},
		{"blank.txt", "  \n\t \r\n  ", "empty"},
		{"image.html", string(png), "binary"},
		{"program.txt", string(elf), "binary"},
		{"nav.html", `<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><footer>© Eastmere Post</footer></body></html>`, "no article"},
		{"huge.txt", string(big), "10 MiB"},
		{"empty-dir", "", "has no *.html"},
	}
	args := []string{"analyze", "--format", "json", "--workers", "3", good}
	for _, c := range cases {
		p := filepath.Join(dir, c.name)
		if c.name != "missing.txt" && c.name != "empty-dir" {
			writeFile(t, dir, c.name, c.content)
		}
		args = append(args, p)
	}
	args = append(args, good)
	code, out, _ := runCLI(t, "", args...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	objs := jsonLines(t, out)
	if len(objs) != len(cases)+2 {
		t.Fatalf("%d objects for %d inputs:\n%s", len(objs), len(cases)+2, out)
	}
	for i, c := range cases {
		o := objs[i+1]
		msg, _ := o["error"].(string)
		if o["input"] != filepath.Join(dir, c.name) || !strings.Contains(msg, c.msg) || len(o) != 2 {
			t.Errorf("%s: got %v, want an error object saying %q", c.name, o, c.msg)
		}
	}
	for _, i := range []int{0, len(objs) - 1} {
		if objs[i]["error"] != nil || objs[i]["input"] != good || objs[i]["scores"] == nil {
			t.Errorf("good input %d: %v", i, objs[i]["error"])
		}
	}
}

// TestInvalidUTF8 checks that text that is not valid UTF-8 is read (as a
// legacy encoding) and that every string in the output is valid UTF-8.
func TestInvalidUTF8(t *testing.T) {
	p := writeFile(t, t.TempDir(), "latin1.txt", "Caf\xe9 owners in Eastmere welcome the barrier\n\nThe owners of the caf\xe9 on the harbour said the council had listened to them. The barrier will cost 4.5 million euros.\n\nBroken bytes \xff\xfe\xc3 end here.")
	code, out, errs := runCLI(t, "", "analyze", "--format", "json", p)
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	if !strings.Contains(out, "Café") {
		t.Errorf("Latin-1 text not decoded: %.300s", out)
	}
	checker{t, "latin1"}.article(jsonLines(t, out)[0])
}

// TestJSONLinesBadRecords: a line that is not JSON, a JSON value that is
// not an object, a record with neither text nor html, and a record with
// text that is only white space each give one error object; the good
// records around them are printed in order with their ids.
func TestJSONLinesBadRecords(t *testing.T) {
	in := `{"id":"a","text":` + jsonString(fictional) + `}` + "\n" +
		"{not json\n" +
		"[1, 2]\n" +
		`{"id":"h","title":"A headline alone"}` + "\n" +
		`{"id":"w","text":"   "}` + "\n" +
		"\n" +
		`{"id":"b","html":"<html><body><article><p>` + strings.Repeat("The council of the fictional town voted to build a barrier after three floods. ", 4) + `</p></article></body></html>"}` + "\n"
	for _, viaFile := range []bool{false, true} {
		args := []string{"analyze", "--format", "json", "--jsonl", "-"}
		input := "-"
		if viaFile {
			input = writeFile(t, t.TempDir(), "dump.jsonl", in)
			args = []string{"analyze", "--format", "json", input}
		}
		code, out, _ := runCLI(t, in, args...)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		objs := jsonLines(t, out)
		if len(objs) != 6 {
			t.Fatalf("%d objects, want 6:\n%s", len(objs), out)
		}
		if objs[0]["id"] != "a" || objs[0]["error"] != nil || objs[5]["id"] != "b" || objs[5]["error"] != nil {
			t.Errorf("good records: %v / %v", objs[0]["error"], objs[5]["error"])
		}
		for i, want := range map[int]string{1: "line 2", 2: "line 3", 3: "line 4", 4: "line 5"} {
			msg, _ := objs[i]["error"].(string)
			if !strings.Contains(msg, want) || objs[i]["input"] != input {
				t.Errorf("record %d: %v, want an error naming %s", i, objs[i], want)
			}
		}
		if objs[3]["id"] != "h" || objs[4]["id"] != "w" {
			t.Errorf("error objects of records with an id carry it: %v %v", objs[3], objs[4])
		}
	}
}

func TestStdinPlainAndJSONLines(t *testing.T) {
	code, out, errs := runCLI(t, fictional, "extract", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	o := jsonLines(t, out)
	if len(o) != 1 || o[0]["input"] != "-" || o[0]["title"] != "Harbour council approves new flood barrier" {
		t.Errorf("stdin text: %s", out)
	}
	// stdin holding JSON Lines without --jsonl is one (odd) text input, not
	// an error; with --jsonl it is one object per record.
	jl := `{"id":"r1","text":` + jsonString(fictional) + `}` + "\n" + `{"id":"r2","text":` + jsonString(fictional) + `}` + "\n"
	_, out, _ = runCLI(t, jl, "extract", "--format", "json", "--jsonl", "-")
	if o := jsonLines(t, out); len(o) != 2 || o[0]["id"] != "r1" || o[1]["id"] != "r2" {
		t.Errorf("stdin JSON Lines: %s", out)
	}
	code, out, _ = runCLI(t, "", "extract", "--format", "json", "-")
	if o := jsonLines(t, out); code != 1 || len(o) != 1 || o[0]["error"] == nil {
		t.Errorf("empty stdin: exit %d %s", code, out)
	}
}

func TestDirectoryIsNotRecursiveAndSorted(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.TXT", fictional)
	writeFile(t, dir, "a.htm", "<html><head><title>Eastmere barrier</title></head><body><article><p>"+strings.Repeat("The council of the fictional town voted to build a barrier after three floods in two years. ", 5)+"</p></article></body></html>")
	writeFile(t, dir, "c.jsonl", `{"id":"c1","text":`+jsonString(fictional)+`}`+"\n")
	writeFile(t, dir, "d.md", fictional)
	os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755)
	writeFile(t, filepath.Join(dir, "sub.txt"), "e.txt", fictional)
	code, out, errs := runCLI(t, "", "extract", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, errs, out)
	}
	var got []string
	for _, o := range jsonLines(t, out) {
		got = append(got, filepath.Base(o["input"].(string))+fmt.Sprint(o["id"]))
	}
	if want := "a.htm<nil> b.TXT<nil> c.jsonlc1"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

func TestURLInputsRefuseLoopbackUnlessAllowed(t *testing.T) {
	page := "<html><head><title>Eastmere council approves flood barrier</title></head><body><article><h1>Eastmere council approves flood barrier</h1><p>" +
		strings.Repeat("The council of the fictional town of Eastmere voted to build a flood barrier after three floods in two years. ", 4) + "</p></article></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	url := srv.URL + "/news/1"

	code, out, _ := runCLI(t, "", "extract", "--format", "json", url)
	o := jsonLines(t, out)
	msg, _ := o[0]["error"].(string)
	if code != 1 || len(o) != 1 || o[0]["input"] != url || !strings.Contains(msg, "--allow-private") && !strings.Contains(strings.ToLower(msg), "private") {
		t.Errorf("loopback URL without --allow-private: exit %d %s", code, out)
	}

	code, out, errs := runCLI(t, "", "analyze", "--format", "json", "--allow-private", url, srv.URL+"/missing")
	o = jsonLines(t, out)
	if code != 1 || len(o) != 2 {
		t.Fatalf("exit %d, %d objects: %s %s", code, len(o), out, errs)
	}
	if o[0]["error"] != nil || o[0]["url"] != url || o[0]["title"] != "Eastmere council approves flood barrier" {
		t.Errorf("fetched page: %v", o[0]["error"])
	}
	checker{t, "url"}.article(o[0])
	if msg, _ := o[1]["error"].(string); !strings.Contains(msg, "404") {
		t.Errorf("missing page: %v", o[1])
	}
}

// TestPanicIsContained checks that a panic while processing one input
// becomes that input's error and the batch goes on in order.
func TestPanicIsContained(t *testing.T) {
	var got []string
	err := processOrdered(context.Background(), 3,
		func(emit func(item)) {
			for i := 0; i < 20; i++ {
				emit(item{Input: fmt.Sprint(i)})
			}
		},
		func(_ context.Context, it item) (string, error) {
			if it.Input == "7" {
				var m map[string]int
				m["boom"]++ // nil map write: a runtime panic
			}
			if it.Input == "9" {
				panic("deliberate")
			}
			return "ok " + it.Input, nil
		},
		func(it item, v string, err error) error {
			if err != nil {
				got = append(got, it.Input+": "+err.Error())
			} else {
				got = append(got, v)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 20 || got[0] != "ok 0" || got[19] != "ok 19" {
		t.Fatalf("results lost or out of order: %v", got)
	}
	if !strings.HasPrefix(got[7], "7: internal error") || !strings.Contains(got[9], "deliberate") || got[8] != "ok 8" {
		t.Errorf("panics not contained: %q %q %q", got[7], got[8], got[9])
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestEmptyJSONLinesAndURLScheme(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "empty.jsonl", "")
	b := writeFile(t, dir, "blank.jsonl", "\n  \n")
	code, out, _ := runCLI(t, "", "extract", "--format", "json", a, b)
	objs := jsonLines(t, out)
	if code != 1 || len(objs) != 2 || objs[0]["input"] != a || objs[1]["input"] != b {
		t.Fatalf("empty JSON Lines files: exit %d %s", code, out)
	}
	for _, o := range objs {
		if msg, _ := o["error"].(string); !strings.Contains(msg, "empty") {
			t.Errorf("error %q does not say the input is empty", msg)
		}
	}
	if code, out, _ := runCLI(t, "", "extract", "--format", "json", "--jsonl", "-"); code != 1 || !strings.Contains(out, "empty") {
		t.Errorf("empty stdin JSON Lines: exit %d %s", code, out)
	}
	// an upper-case scheme is a URL (refused: loopback), not a file name
	code, out, _ = runCLI(t, "", "extract", "--format", "json", "HTTP://127.0.0.1:1/x")
	if msg, _ := jsonLines(t, out)[0]["error"].(string); code != 1 || !strings.Contains(msg, "loopback") {
		t.Errorf("HTTP:// input: %s", out)
	}
}

// TestKindFromContentNotName: HTML in a .txt file is a web page, text in
// a .html file is text.
func TestKindFromContentNotName(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "page.txt", fictionalHTML)
	b := writeFile(t, dir, "plain.html", fictional)
	code, out, errs := runCLI(t, "", "extract", "--format", "json", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	objs := jsonLines(t, out)
	if objs[0]["site"] != "Eastmere Post" || strings.Contains(objs[0]["text"].(string), "<p>") {
		t.Errorf("HTML in .txt read as text: %v", objs[0])
	}
	if objs[1]["title"] != "Harbour council approves new flood barrier" || !strings.Contains(objs[1]["text"].(string), "4.5 million euros") {
		t.Errorf("text in .html: %v", objs[1])
	}
}
