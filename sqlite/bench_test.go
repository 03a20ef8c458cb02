package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/truthlens/truthlens/storetest"
)

func benchDB(b *testing.B) *DB {
	b.Helper()
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkSaveArticle stores new ~4 KB articles one at a time.
func BenchmarkSaveArticle(b *testing.B) { storetest.BenchSaveArticle(b, benchDB(b)) }

// BenchmarkSearch runs a two-word full-text query over 2,000 articles.
func BenchmarkSearch(b *testing.B) { storetest.BenchSearch(b, benchDB(b)) }

// BenchmarkClaimComplete claims and completes one job at a time.
func BenchmarkClaimComplete(b *testing.B) { storetest.BenchClaimComplete(b, benchDB(b)) }
