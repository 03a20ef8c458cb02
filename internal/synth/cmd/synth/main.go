// Command synth writes a deterministic fictional corpus as JSON Lines, for
// benchmarks: go run ./internal/synth/cmd/synth -n 10000 > corpus.jsonl
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/truthlens/truthlens/internal/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	if err := synth.WriteCorpus(w, *n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
