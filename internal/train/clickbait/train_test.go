package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/truthlens/truthlens/analyze/headline"
)

// toyExamples is a small separable set of fictional headlines.
func toyExamples(cfg headline.FeatureConfig) []example {
	var exs []example
	for _, t := range []string{
		"You Won't Believe These 9 Cats", "This Dog Is The Cutest Thing Ever",
		"21 Things You Need To Know About Pizza", "Which Snack Are You",
		"Here's Why Everyone Loves This Goat", "17 Photos That Will Make You Smile",
	} {
		exs = append(exs, example{title: t, idx: headline.Features(t, cfg), y: 1})
	}
	for _, t := range []string{
		"Council approves budget for new bridge", "Port strike ends after two weeks",
		"Central bank holds interest rates", "Minister resigns over housing report",
		"Flood warnings issued for river valley", "Court rejects appeal in fraud case",
	} {
		exs = append(exs, example{title: t, idx: headline.Features(t, cfg), y: 0})
	}
	return exs
}

func TestTrainDeterministicAndFits(t *testing.T) {
	cfg := headline.FeatureConfig{Bits: 12, CharMin: 3, CharMax: 5}
	exs := toyExamples(cfg)
	p := params{Epochs: 20, Rate: 4, L2: 1e-3, Seed: 7}
	w1, b1 := train(exs, cfg.Bits, p)
	w2, b2 := train(exs, cfg.Bits, p)
	if !slices.Equal(w1, w2) || b1 != b2 {
		t.Fatal("training is not deterministic")
	}
	if acc := accuracy(exs, w1, b1); acc < 1 {
		t.Fatalf("training accuracy on a separable toy set = %v, want 1", acc)
	}
	m := &headline.Model{Features: cfg, Bias: b1}
	m.Quantize(w1)
	if acc := quantAccuracy(exs, m); acc < 1 {
		t.Fatalf("quantised accuracy = %v, want 1", acc)
	}
	mean, folds := crossValidate(exs, 3, cfg.Bits, p)
	if len(folds) != 3 || mean < 0 || mean > 1 {
		t.Fatalf("crossValidate = %v, %v", mean, folds)
	}
}

func TestRunWritesReproducibleModel(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, exs []example, y float64) {
		var b []byte
		for _, e := range exs {
			if e.y == y {
				b = append(b, e.title+"\n"...)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	exs := toyExamples(headline.FeatureConfig{Bits: 10})
	write("clickbait_dev.txt", exs, 1)
	write("non_clickbait_dev.txt", exs, 0)
	out1, out2 := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	for _, out := range []string{out1, out2} {
		if err := run([]string{"-data", dir, "-out", out, "-bits", "10"}); err != nil {
			t.Fatal(err)
		}
	}
	a, _ := os.ReadFile(out1)
	b, _ := os.ReadFile(out2)
	if len(a) == 0 || string(a) != string(b) {
		t.Fatal("two runs wrote different model files")
	}
	m, err := headline.DecodeModel(a)
	if err != nil {
		t.Fatal(err)
	}
	if p := m.Probability("You Won't Believe These 9 Cats"); p < 0.5 {
		t.Fatalf("trained toy model gives a training clickbait p = %v", p)
	}
}
