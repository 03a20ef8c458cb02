package main

import (
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// newFlagSet returns a FlagSet that reports errors instead of exiting.
func newFlagSet(e *env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: truthlens %s [flags] %s\n\nFlags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseInterspersed parses flags that may appear before, between or after
// positional arguments ("extract a.html --format json b.html"); "--" ends
// flag parsing.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, err
			}
			return nil, usagef("%v", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// flag stops at the first non-flag; "--" is consumed by Parse.
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// outputFormat is the --format flag: json, text or html.
type outputFormat struct {
	value   string
	allowed []string
}

func (f *outputFormat) String() string { return f.value }
func (f *outputFormat) Set(s string) error {
	for _, a := range f.allowed {
		if s == a {
			f.value = s
			return nil
		}
	}
	return fmt.Errorf("must be one of %s", strings.Join(f.allowed, ", "))
}

// formatFlag registers --format with the default: text on a terminal, JSON
// Lines otherwise (so pipes get machine-readable output).
func formatFlag(fs *flag.FlagSet, e *env, allowed ...string) *outputFormat {
	f := &outputFormat{value: "json", allowed: allowed}
	if e.stdoutIsTTY {
		f.value = "text"
	}
	fs.Var(f, "format", "output format: "+strings.Join(allowed, ", ")+" (default: text on a terminal, else json)")
	return f
}

// version is the module version when built from a tagged module, else
// the VCS revision, else "devel"; the engine version is always included.
func version() string {
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		} else {
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" && len(s.Value) >= 12 {
					v = s.Value[:12]
				}
			}
		}
	}
	return v + " (engine " + truthlens.Engine + ")"
}

// writeLine writes b and a newline.
func writeLine(w io.Writer, b []byte) error {
	if _, err := w.Write(b); err != nil {
		return err
	}
	_, err := w.Write([]byte{'\n'})
	return err
}
