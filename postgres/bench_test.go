package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

func benchArticle(i int) *truthlens.Article {
	text := strings.Repeat(fmt.Sprintf("Sentence %d about the harbour council and its ferry plans. ", i), 60)
	return &truthlens.Article{Document: truthlens.Document{
		URL: fmt.Sprintf("https://bench.example.com/a/%d", i), Site: fmt.Sprintf("Outlet %d", i%10),
		Title: fmt.Sprintf("Article %d", i), Text: text, Published: "2026-03-01"}}
}

// BenchmarkSaveArticle stores new ~4 KB articles one at a time.
func BenchmarkSaveArticle(b *testing.B) {
	db := open(b, freshSchema(b))
	defer db.Close()
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, _, err := db.SaveArticle(ctx, benchArticle(i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkClaimComplete claims and completes one job at a time.
func BenchmarkClaimComplete(b *testing.B) {
	db := open(b, freshSchema(b))
	defer db.Close()
	ctx := context.Background()
	for i := range b.N {
		if _, _, err := db.Enqueue(ctx, "bench", fmt.Sprint(i), []byte("{}")); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for range b.N {
		j, err := db.Claim(ctx, "w", []string{"bench"}, time.Minute)
		if err != nil {
			b.Fatal(err)
		}
		if err := db.Complete(ctx, j.ID); err != nil {
			b.Fatal(err)
		}
	}
}
