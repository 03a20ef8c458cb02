// Command clickbait trains the headline clickbait classifier of
// analyze/headline from the "Stop Clickbait" data set (Chakraborty et al.,
// ASONAM 2016, MIT licence): one headline a line in clickbait_dev.txt and
// non_clickbait_dev.txt. It writes analyze/headline/model.json.
//
// The output is reproducible: lines are read in file order, shuffled with
// a fixed seed, and trained by plain SGD, so the same data and flags give
// the same file byte for byte (on the same architecture).
//
//	go run ./internal/train/clickbait -data ../shared/data/clickbait -cv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/truthlens/truthlens/analyze/headline"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "clickbait:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fl := flag.NewFlagSet("clickbait", flag.ContinueOnError)
	data := fl.String("data", "../shared/data/clickbait", "folder with clickbait_dev.txt and non_clickbait_dev.txt")
	out := fl.String("out", "analyze/headline/model.json", "model file to write (empty: do not write)")
	cv := fl.Bool("cv", false, "report 5-fold cross-validated and 80/20 hold-out accuracy")
	bits := fl.Uint("bits", 18, "log2 of the hashed weight table size")
	charMin := fl.Int("char-min", 3, "shortest character n-gram (0: none)")
	charMax := fl.Int("char-max", 5, "longest character n-gram")
	useCase := fl.Bool("case", false, "add a Title Case feature")
	epochs := fl.Int("epochs", 12, "SGD epochs")
	rate := fl.Float64("rate", 4, "initial learning rate")
	l2 := fl.Float64("l2", 1e-3, "L2 penalty")
	seed := fl.Uint64("seed", 1, "shuffle seed")
	if err := fl.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	cfg := headline.FeatureConfig{Bits: *bits, CharMin: *charMin, CharMax: *charMax, Case: *useCase, Lists: headline.ListsFingerprint()}
	p := params{Epochs: *epochs, Rate: *rate, L2: *l2, Seed: *seed}

	var exs []example
	for _, f := range []struct {
		name string
		y    float64
	}{{"clickbait_dev.txt", 1}, {"non_clickbait_dev.txt", 0}} {
		lines, err := readLines(filepath.Join(*data, f.name))
		if err != nil {
			return err
		}
		for _, l := range lines {
			exs = append(exs, example{title: l, idx: headline.Features(l, cfg), y: f.y})
		}
	}
	if len(exs) == 0 {
		return fmt.Errorf("no headlines in %s", *data)
	}
	// One fixed shuffle decides the folds and the 80/20 split.
	rng := rand.New(rand.NewPCG(*seed, 42))
	rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
	log.Info("data", "headlines", len(exs))

	metrics := map[string]float64{"train_headlines": float64(len(exs))}
	if *cv {
		mean, folds := crossValidate(exs, 5, *bits, p)
		log.Info("5-fold cross-validation", "accuracy", fmt.Sprintf("%.4f", mean), "folds", fmt.Sprintf("%.4f", folds))
		metrics["cv5_accuracy"] = round4(mean)
		cut := len(exs) * 8 / 10
		w, b := train(exs[:cut], *bits, p)
		hm := &headline.Model{Features: cfg, Bias: b}
		hm.Quantize(w)
		hold, holdQ := accuracy(exs[cut:], w, b), quantAccuracy(exs[cut:], hm)
		log.Info("80/20 hold-out", "accuracy", fmt.Sprintf("%.4f", hold), "quantised", fmt.Sprintf("%.4f", holdQ))
		metrics["holdout20_accuracy"] = round4(holdQ)
	}
	if *out == "" {
		return nil
	}
	w, b := train(exs, *bits, p)
	m := &headline.Model{
		Name:     "clickbait-logreg-hashed",
		Source:   `"Stop Clickbait" data set, Chakraborty et al., ASONAM 2016 (dev half)`,
		Licence:  "MIT",
		Features: cfg,
		Bias:     b,
		Metrics:  metrics,
	}
	m.Quantize(w)
	metrics["train_accuracy"] = round4(quantAccuracy(exs, m))
	enc, err := m.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, enc, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	log.Info("wrote model", "path", *out, "bytes", len(enc), "train_accuracy", metrics["train_accuracy"])
	return nil
}

func round4(x float64) float64 { return float64(int64(x*10000+0.5)) / 10000 }

// readLines returns the non-empty trimmed lines of a file, in order.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read headlines: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}
