package main

import (
	"math"
	"math/rand/v2"

	"github.com/truthlens/truthlens/analyze/headline"
)

// example is one headline with its hashed features and label (1 = clickbait).
type example struct {
	title string
	idx   []uint32
	y     float64
}

// params are the training hyper-parameters.
type params struct {
	Epochs int
	Rate   float64 // initial learning rate
	L2     float64 // L2 penalty per update, applied to the touched weights
	Seed   uint64
}

// train fits a logistic regression by stochastic gradient descent over the
// examples in a shuffled order drawn from p.Seed, so the result depends only
// on the examples, their order and the parameters.
func train(exs []example, bits uint, p params) (w []float64, bias float64) {
	w = make([]float64, 1<<bits)
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(p.Seed, p.Seed^0x9e3779b97f4a7c15))
	t := 0.0
	n := float64(len(exs))
	for epoch := 0; epoch < p.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			ex := exs[k]
			z, x := margin(ex.idx, w, bias)
			g := sigmoid(z) - ex.y
			lr := p.Rate / (1 + t/n)
			for _, i := range ex.idx {
				w[i] -= lr * (g*x + p.L2*w[i])
			}
			bias -= lr * g
			t++
		}
	}
	return w, bias
}

// margin is the model's score z of the features idx, each with the value x
// (1/sqrt of their count, so long and short headlines weigh alike).
func margin(idx []uint32, w []float64, bias float64) (z, x float64) {
	x = 1 / math.Sqrt(float64(max(len(idx), 1)))
	z = bias
	for _, i := range idx {
		z += w[i] * x
	}
	return z, x
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// accuracy of the float model on exs at threshold 0.5.
func accuracy(exs []example, w []float64, bias float64) float64 {
	if len(exs) == 0 {
		return 0
	}
	ok := 0
	for _, ex := range exs {
		if z, _ := margin(ex.idx, w, bias); (z > 0) == (ex.y > 0.5) {
			ok++
		}
	}
	return float64(ok) / float64(len(exs))
}

// quantAccuracy is the accuracy of the quantised model that is committed.
func quantAccuracy(exs []example, m *headline.Model) float64 {
	ok := 0
	for _, ex := range exs {
		if (m.Score(ex.idx) > 0) == (ex.y > 0.5) {
			ok++
		}
	}
	return float64(ok) / float64(len(exs))
}

// crossValidate returns the mean accuracy over k folds of exs (in their
// given order) and the accuracy of each fold.
func crossValidate(exs []example, k int, bits uint, p params) (float64, []float64) {
	folds := make([]float64, k)
	sum := 0.0
	for f := 0; f < k; f++ {
		var tr, te []example
		for i, ex := range exs {
			if i%k == f {
				te = append(te, ex)
			} else {
				tr = append(tr, ex)
			}
		}
		w, b := train(tr, bits, p)
		folds[f] = accuracy(te, w, b)
		sum += folds[f]
	}
	return sum / float64(k), folds
}
