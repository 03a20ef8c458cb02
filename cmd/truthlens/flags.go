package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// newFlagSet returns a FlagSet that reports errors instead of exiting.
// Its Usage writes the command's full help to stdout (asked for with -h);
// parse errors are returned as usage errors by parseInterspersed.
func newFlagSet(e *env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() { commandHelp(e.stdout, fs, args) }
	return fs
}

// inputHelp says what an INPUT is (shared by the commands that read them).
const inputHelp = `INPUT is a file, a directory (its *.html, *.htm, *.txt and *.jsonl files,
not recursive, in name order), an http(s) URL, or - for standard input.
HTML versus plain text is detected from the content. A *.jsonl file (or -
with --jsonl) holds one article per line:
  {"id", "url", "source", "title", "published", "html" or "text"}
Output is one JSON object per input (per record), in input order; a bad
input prints {"input": ..., "error": ...} and the exit status is 1.`

// commandHelp writes a command's help: summary, usage, inputs and flags.
func commandHelp(w io.Writer, fs *flag.FlagSet, args string) {
	name := fs.Name()
	if c, ok := commands[name]; ok {
		fmt.Fprintf(w, "truthlens %s — %s\n\n", name, c.summary)
	}
	fmt.Fprintln(w, strings.TrimSpace("Usage: truthlens "+name+" [flags] "+args))
	if strings.Contains(args, "INPUT") {
		fmt.Fprintf(w, "\n%s\n", inputHelp)
	}
	if ex := examples[name]; ex != "" {
		fmt.Fprintf(w, "\nExamples:\n%s", ex)
	}
	fmt.Fprintln(w, "\nFlags:")
	fs.VisitAll(func(f *flag.Flag) {
		typ, usage := flag.UnquoteUsage(f)
		head := "  --" + f.Name
		if typ != "" {
			head += " " + strings.ToUpper(typ)
		}
		if def := f.DefValue; def != "" && def != "false" && def != "0" && !strings.Contains(usage, "default") {
			usage += " (default " + def + ")"
		}
		if len(head) <= 22 {
			fmt.Fprintf(w, "%-24s%s\n", head, usage)
		} else {
			fmt.Fprintf(w, "%s\n%24s%s\n", head, "", usage)
		}
	})
}

// examples are shown in each command's help.
var examples = map[string]string{
	"extract": `  truthlens extract --format json page.html
  curl -s https://example.org/news/1 | truthlens extract -
`,
	"analyze": `  truthlens analyze article.txt
  truthlens analyze --format json dump.jsonl > analyses.jsonl
  truthlens analyze --format html a.html b.html > report.html
`,
	"sentences": `  truthlens sentences article.html
  truthlens sentences --lines --format json sentences.txt
`,
	"headline": `  truthlens headline headlines.txt
  echo "You won't believe what this council did next" | truthlens headline -
`,
	"stories": `  truthlens stories --format json coverage/
  truthlens stories dump.jsonl
`,
}

// parseInterspersed parses flags that may appear before, between or after
// positional arguments ("extract a.html --format json b.html"); "--" ends
// flag parsing. -h prints the command's help to stdout and returns
// flag.ErrHelp; any other parse error is a usage error.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	help := fs.Usage
	fs.Usage = func() {}
	defer func() { fs.Usage = help }()
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				help()
				return nil, err
			}
			return nil, usagef("%v (see 'truthlens %s -h')", err, fs.Name())
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
	fs.Var(f, "format", "output `format`: "+strings.Join(allowed, ", ")+" (default: text on a terminal, else json)")
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

// lineOutput collects the JSON Lines (or text) of a line-oriented command
// (headline, sentences --lines): one input's output block.
type lineOutput struct{ bytes.Buffer }

// json appends v as one JSON line.
func (o *lineOutput) json(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	o.Write(b)
	return o.WriteByte('\n')
}

// result is the block to print, or the input's error: a read error, or no
// line at all (an input without a single non-blank line is an error).
func (o *lineOutput) result(readErr error) ([]byte, error) {
	if readErr != nil {
		return nil, fmt.Errorf("reading lines: %w", readErr)
	}
	if o.Len() == 0 {
		return nil, truthlens.Errorf(truthlens.EINVALID, "no non-blank lines")
	}
	return bytes.TrimSuffix(o.Bytes(), []byte{'\n'}), nil
}
