package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// The store benchmarks, shared so that every backend is measured on the
// same work:
//
//	func BenchmarkSaveArticle(b *testing.B) { storetest.BenchSaveArticle(b, open(b)) }
//
// Each takes an empty store; the caller closes it.

// BenchArticle is the i-th benchmark article: ~4 KB of text, ten outlets,
// a distinct URL (so a distinct id) per i.
func BenchArticle(i int) *truthlens.Article {
	text := strings.Repeat(fmt.Sprintf("Sentence %d about the harbour council and its ferry plans. ", i), 60)
	return &truthlens.Article{Document: truthlens.Document{
		URL: fmt.Sprintf("https://bench.example.com/a/%d", i), Site: fmt.Sprintf("Outlet %d", i%10),
		Title: fmt.Sprintf("Article %d", i), Text: text, Published: "2026-03-01"}}
}

// BenchSaveArticle stores new ~4 KB articles one at a time.
func BenchSaveArticle(b *testing.B, s truthlens.Store) {
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, _, err := s.SaveArticle(ctx, BenchArticle(i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchSearch runs a two-word full-text query over 2,000 articles.
func BenchSearch(b *testing.B, s truthlens.Store) {
	ctx := context.Background()
	for i := range 2000 {
		if _, _, err := s.SaveArticle(ctx, BenchArticle(i)); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if _, _, err := s.Articles(ctx, truthlens.ArticleFilter{Query: "ferry 1234", Limit: 50}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchClaimComplete claims and completes one job at a time.
func BenchClaimComplete(b *testing.B, s truthlens.Store) {
	ctx := context.Background()
	for i := range b.N {
		if _, _, err := s.Enqueue(ctx, "bench", fmt.Sprint(i), []byte("{}")); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for range b.N {
		j, err := s.Claim(ctx, "w", []string{"bench"}, time.Minute)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Complete(ctx, j.ID); err != nil {
			b.Fatal(err)
		}
	}
}
