package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzAnalyzeStdin feeds arbitrary bytes to analyze and the line commands:
// every output line must be a JSON object for input "-", either an error
// object or one that keeps the contract (offsets, [] not null, sections),
// and the exit status is 0 or 1.
func FuzzAnalyzeStdin(f *testing.F) {
	f.Add(fictional)
	f.Add(fictionalHTML)
	f.Add(fictionalGerman)
	f.Add("“Quoted” she said.\n\n\"Unclosed quote, said Mr. X\n\n«Nous» a déclaré M. Y.")
	f.Add("<html><body><article><p>\"A\" said B. " + strings.Repeat("x ", 50) + "</p></article></body></html>")
	f.Add("\xef\xbb\xbfSHOCK!!!\r\n\r\nWHY?? \x00\xff")
	f.Fuzz(func(t *testing.T, in string) {
		for _, args := range [][]string{
			{"analyze", "--format", "json", "--workers", "1", "-"},
			{"headline", "--format", "json", "-"},
			{"sentences", "--lines", "--format", "json", "-"},
		} {
			code, out, errs := runCLI(t, in, args...)
			if code != 0 && code != 1 {
				t.Fatalf("%v: exit %d: %s", args, code, errs)
			}
			for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
				var o map[string]any
				if err := json.Unmarshal([]byte(l), &o); err != nil {
					t.Fatalf("%v: not JSON: %q", args, l)
				}
				if o["input"] != "-" {
					t.Fatalf("%v: input %v", args, o["input"])
				}
				if msg, isErr := o["error"].(string); isErr {
					if msg == "" || strings.Contains(msg, "internal error") {
						t.Fatalf("%v: error %q", args, msg)
					}
					continue
				}
				c := checker{t, args[0]}
				switch args[0] {
				case "analyze":
					c.article(o)
				case "headline":
					c.headline(o)
					h, _ := o["headline"].(string)
					c.spans(o, "", "evidence", h, true)
				default:
					txt, _ := o["text"].(string)
					c.sentence(o, "", txt)
				}
			}
		}
	})
}
