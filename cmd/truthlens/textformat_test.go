package main

import (
	"strings"
	"testing"
)

// TestTextFormatIsForPeople checks that --format text shows the parts a
// reader needs, wrapped, and is not JSON.
func TestTextFormatIsForPeople(t *testing.T) {
	inputs := contractInputs(t)
	code, out, errs := runCLI(t, "", "analyze", "--format", "text", inputs[0])
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"== " + inputs[0], "Title:     Eastmere council approves flood barrier", "OVERALL", "Objectivity", "Accuracy", "Transparency",
		"█", "“disgraceful”", "SUMMARY", "QUOTES (2)", "Ines Okafor: “We cannot wait for the next storm”", "CLAIMS", "TECHNIQUES", "loaded language",
		"IMPLICATIONS OF THE REPORT", "CONCLUSION", "removed from the page"} {
		if !strings.Contains(out, want) {
			t.Errorf("analyze text lacks %q", want)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "  -") && !strings.Contains(l, "×") && !strings.Contains(l, "“") && len([]rune(l)) > 80 {
			t.Errorf("prose line not wrapped: %q", l)
		}
	}
	for _, args := range [][]string{
		{"extract", "--format", "text", inputs[1]},
		{"sentences", "--format", "text", inputs[1]},
		{"stories", "--format", "text", inputs[0], inputs[4]},
	} {
		code, out, errs := runCLI(t, "", args...)
		if code != 0 || strings.TrimSpace(out) == "" || strings.HasPrefix(out, "{") {
			t.Errorf("%v: exit %d %q %s", args, code, out, errs)
		}
	}
	code, out, _ = runCLI(t, "SHOCKING: You will not believe what Eastmere council did!\n", "headline", "--format", "text", "-")
	if code != 0 || !strings.Contains(out, "clickbait yes") || !strings.Contains(out, "suggested:") {
		t.Errorf("headline text: %s", out)
	}
}

func TestStoriesTextWithoutStories(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.txt", fictional)
	code, out, _ := runCLI(t, "", "stories", "--format", "text", p)
	if code != 0 || !strings.Contains(out, "No stories") {
		t.Errorf("exit %d: %q", code, out)
	}
	code, out, _ = runCLI(t, "", "stories", "--format", "json", p)
	if code != 0 || strings.TrimSpace(out) != `{"stories":[]}` {
		t.Errorf("exit %d: %q", code, out)
	}
}

func TestTextFormatErrorsForPeople(t *testing.T) {
	missing := t.TempDir() + "/missing.txt"
	for _, cmd := range []string{"extract", "analyze", "sentences", "headline", "stories"} {
		code, out, _ := runCLI(t, "", cmd, "--format", "text", missing)
		if code != 1 || !strings.Contains(out, "== "+missing+"\nerror: cannot read") || strings.Contains(out, "{") {
			t.Errorf("%s: exit %d %q", cmd, code, out)
		}
	}
}
