package app

import (
	"context"
	"fmt"
	"testing"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
	"github.com/truthlens/truthlens/internal/synth"
	"github.com/truthlens/truthlens/sqlite"
)

// BenchmarkRecluster measures one story regrouping over n stored articles
// (load, group, corroborate, write back): the step a bulk import ends with.
func BenchmarkRecluster(b *testing.B) {
	for _, n := range []int{1000, 2000, 4000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ctx := context.Background()
			db, err := sqlite.Open(ctx, "", nil)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			s := &Service{Store: db, DeferStories: true}
			for i := 0; i < n; i++ {
				r := synth.Article(i)
				if _, _, err := s.Submit(ctx, extract.Source{Input: r.ID, URL: r.URL, Site: r.Source, Title: r.Title,
					Published: truthlens.Date(r.Published), Kind: "text", Body: []byte(r.Text)}); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := s.Recluster(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
