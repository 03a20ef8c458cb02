package story

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// synthCorpus generates n deterministic fictional articles in stories of 1
// to 40 articles over 30 days: each story has its own names and words, all
// share a Zipf-distributed general vocabulary, and about one article in
// ten is a lightly edited copy of another of its story. It returns the
// articles and each one's story number.
func synthCorpus(n int, withText bool) ([]truthlens.Article, []int) {
	r := rand.New(rand.NewPCG(42, 7))
	syl := []string{"ka", "lo", "mer", "vin", "ta", "su", "ber", "don", "ri", "gal", "pen", "tor", "mi", "sha", "vel", "qu", "zan", "or", "el", "bru"}
	word := func(k int) string {
		var b strings.Builder
		for i := 0; i < k; i++ {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		return b.String()
	}
	general := make([]string, 5000)
	for i := range general {
		general[i] = word(2 + r.IntN(2))
	}
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(general)-1))
	gen := func() string { return general[zipf.Uint64()] }
	base := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	var arts []truthlens.Article
	var gold []int
	for s := 0; len(arts) < n; s++ {
		size := 1 + int(r.ExpFloat64()*6)
		if size > 40 {
			size = 40
		}
		names := make([]string, 8)
		for i := range names {
			names[i] = strings.ToUpper(word(1)[:1]) + word(3)
		}
		t0 := base.Add(time.Duration(r.Int64N(int64(30 * 24 * time.Hour))))
		var texts []string
		for k := 0; k < size && len(arts) < n; k++ {
			var title, text []string
			for i := 0; i < 8; i++ {
				if i%2 == 0 {
					title = append(title, names[r.IntN(len(names))])
				} else {
					title = append(title, gen())
				}
			}
			body := ""
			if withText {
				if len(texts) > 0 && r.IntN(10) == 0 {
					// a lightly edited copy of an earlier article
					body = texts[r.IntN(len(texts))] + " Copyright " + word(2) + "."
				} else {
					for i := 0; i < 120; i++ {
						if r.IntN(10) < 3 {
							text = append(text, names[r.IntN(len(names))])
						} else {
							text = append(text, gen())
						}
						if i%15 == 14 {
							text[len(text)-1] += "."
						}
					}
					body = strings.Join(text, " ")
				}
				texts = append(texts, body)
			}
			at := t0.Add(time.Duration(r.Int64N(int64(24 * time.Hour))))
			arts = append(arts, truthlens.Article{Document: truthlens.Document{
				ID:        fmt.Sprintf("a%07d", len(arts)),
				Site:      fmt.Sprintf("Outlet %d", r.IntN(300)),
				Title:     strings.Join(title, " "),
				Published: truthlens.Date(at.Format(time.RFC3339)),
				Text:      body,
			}})
			gold = append(gold, s)
		}
	}
	return arts, gold
}

func benchGroup(b *testing.B, n int) {
	arts, _ := synthCorpus(n, true)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Group(arts, Options{})
	}
}

// Scale: go test ./story -run '^$' -bench Group -benchtime 1x -benchmem
func BenchmarkGroup10k(b *testing.B)  { benchGroup(b, 10_000) }
func BenchmarkGroup30k(b *testing.B)  { benchGroup(b, 30_000) }
func BenchmarkGroup100k(b *testing.B) { benchGroup(b, 100_000) }
