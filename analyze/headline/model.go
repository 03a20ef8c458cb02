package headline

import (
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"sync"
)

// Model is a logistic-regression clickbait classifier over hashed features,
// with weights quantised to int8 (weight = Scale * Weights[i]). It is
// trained by internal/train/clickbait and committed as model.json.
type Model struct {
	Name     string        `json:"name"`
	Source   string        `json:"source"`
	Licence  string        `json:"licence"`
	Features FeatureConfig `json:"features"`
	Bias     float64       `json:"bias"`
	Scale    float64       `json:"scale"`
	// Metrics records how the model was measured when it was trained.
	Metrics map[string]float64 `json:"metrics,omitempty"`
	// Weights is the int8 table, base64 encoded in the file.
	Weights []int8 `json:"-"`
	Packed  string `json:"weights"`
}

//go:embed model.json
var modelJSON []byte

var (
	modelOnce sync.Once
	model     *Model
	modelErr  error
)

// loadModel decodes the embedded model once.
func loadModel() (*Model, error) {
	modelOnce.Do(func() { model, modelErr = DecodeModel(modelJSON) })
	return model, modelErr
}

// DecodeModel parses a model file.
func DecodeModel(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("headline: decode model: %w", err)
	}
	raw, err := base64.StdEncoding.DecodeString(m.Packed)
	if err != nil {
		return nil, fmt.Errorf("headline: decode model weights: %w", err)
	}
	if m.Features.Bits < 4 || m.Features.Bits > 24 || len(raw) != 1<<m.Features.Bits {
		return nil, fmt.Errorf("headline: model has %d weights for %d bits", len(raw), m.Features.Bits)
	}
	m.Weights = make([]int8, len(raw))
	for i, b := range raw {
		m.Weights[i] = int8(b)
	}
	m.Packed = ""
	return &m, nil
}

// Encode writes the model file (indented metadata, packed weights).
func (m *Model) Encode() ([]byte, error) {
	raw := make([]byte, len(m.Weights))
	for i, w := range m.Weights {
		raw[i] = byte(w)
	}
	c := *m
	c.Packed = base64.StdEncoding.EncodeToString(raw)
	b, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("headline: encode model: %w", err)
	}
	return append(b, '\n'), nil
}

// Quantize sets Weights and Scale from float weights.
func (m *Model) Quantize(w []float64) {
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = math.Max(maxAbs, math.Abs(v))
	}
	m.Scale = 1
	if maxAbs > 0 {
		m.Scale = maxAbs / 127
	}
	m.Weights = make([]int8, len(w))
	for i, v := range w {
		m.Weights[i] = int8(math.Round(v / m.Scale))
	}
}

// Score returns the raw logit of the feature indices idx.
func (m *Model) Score(idx []uint32) float64 {
	if len(idx) == 0 {
		return m.Bias
	}
	var s int64
	for _, i := range idx {
		s += int64(m.Weights[i])
	}
	return m.Bias + m.Scale*float64(s)/math.Sqrt(float64(len(idx)))
}

// Probability returns the clickbait probability of title.
func (m *Model) Probability(title string) float64 {
	return sigmoid(m.Score(Features(title, m.Features)))
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
