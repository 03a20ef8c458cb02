package postgres_test

import (
	"testing"

	"github.com/truthlens/truthlens/postgres"
	"github.com/truthlens/truthlens/storetest"
)

// benchDB is a store on a fresh schema, or skips without
// TRUTHLENS_TEST_POSTGRES.
func benchDB(b *testing.B) *postgres.DB {
	b.Helper()
	db := open(b, freshSchema(b))
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkSaveArticle stores new ~4 KB articles one at a time.
func BenchmarkSaveArticle(b *testing.B) { storetest.BenchSaveArticle(b, benchDB(b)) }

// BenchmarkSearch runs a two-word full-text query over 2,000 articles.
func BenchmarkSearch(b *testing.B) { storetest.BenchSearch(b, benchDB(b)) }

// BenchmarkClaimComplete claims and completes one job at a time.
func BenchmarkClaimComplete(b *testing.B) { storetest.BenchClaimComplete(b, benchDB(b)) }
