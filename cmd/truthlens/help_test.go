package main

import (
	"strings"
	"testing"
)

func TestHelpGoesToStdoutAndExits0(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"--help"}, {"help"}} {
		code, out, _ := runCLI(t, "", args...)
		if code != 0 || !strings.Contains(out, "analyze") || !strings.Contains(out, "Exit status") {
			t.Errorf("%v: exit %d, help %q", args, code, out)
		}
	}
	for _, cmd := range []string{"extract", "analyze", "sentences", "headline", "stories"} {
		for _, args := range [][]string{{cmd, "-h"}, {cmd, "--help"}, {"help", cmd}, {cmd, "x.txt", "-h"}} {
			code, out, errs := runCLI(t, "", args...)
			if code != 0 || errs != "" {
				t.Errorf("%v: exit %d, stderr %q", args, code, errs)
			}
			for _, want := range []string{"Usage: truthlens " + cmd, "INPUT is a file", "--format FORMAT", "--workers", "Examples:"} {
				if !strings.Contains(out, want) {
					t.Errorf("%v: help lacks %q:\n%s", args, want, out)
				}
			}
		}
	}
}

func TestUsageErrorsSayWhatIsWrong(t *testing.T) {
	cases := []struct {
		args []string
		msg  string
	}{
		{[]string{"analyze", "--bogus", "a.txt"}, "flag provided but not defined: -bogus"},
		{[]string{"analyze", "--format", "yaml", "a.txt"}, "must be one of json, text, html"},
		{[]string{"extract", "--format", "html", "a.txt"}, "must be one of json, text"},
		{[]string{"analyze", "--workers", "many", "a.txt"}, "invalid value"},
		{[]string{"stories"}, "no INPUT given"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
	}
	for _, c := range cases {
		code, out, errs := runCLI(t, "", c.args...)
		if code != 2 || out != "" || !strings.Contains(errs, c.msg) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", c.args, code, out, errs, c.msg)
		}
		if strings.Count(errs, c.msg) > 1 {
			t.Errorf("%v: message repeated: %q", c.args, errs)
		}
	}
	if code, _, errs := runCLI(t, ""); code != 2 || !strings.Contains(errs, "Usage:") {
		t.Errorf("no arguments: exit %d %q", code, errs)
	}
}
