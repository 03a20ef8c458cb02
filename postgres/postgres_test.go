package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/postgres"
	"github.com/truthlens/truthlens/storetest"
)

// testURL returns the URL of the test database, or skips the test.
func testURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("TRUTHLENS_TEST_POSTGRES")
	if u == "" {
		t.Skip("TRUTHLENS_TEST_POSTGRES not set: PostgreSQL tests skipped")
	}
	return u
}

// freshSchema creates an empty schema, dropped when the test ends, and
// returns the database URL that uses it.
func freshSchema(t testing.TB) string {
	t.Helper()
	base := testURL(t)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "test_" + hex.EncodeToString(b[:])
	conn, err := pgx.Connect(t.Context(), base)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(t.Context(), `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(context.Background(), base)
		if err != nil {
			t.Errorf("connect for clean-up: %v", err)
			return
		}
		defer conn.Close(context.Background())
		if _, err := conn.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("TRUTHLENS_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func open(t testing.TB, u string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(t.Context(), u, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return db
}

func TestContract(t *testing.T) {
	testURL(t)
	storetest.Run(t, func(t *testing.T) truthlens.Store { return open(t, freshSchema(t)) })
}

// TestShared opens the same schema twice, as two processes would.
func TestShared(t *testing.T) {
	u := freshSchema(t)
	a, b := open(t, u), open(t, u)
	t.Cleanup(func() { a.Close(); b.Close() })
	storetest.Shared(t, a, b)
}

func TestMigrateIdempotent(t *testing.T) {
	u := freshSchema(t)
	db := open(t, u)
	if _, _, err := db.SaveArticle(t.Context(), &truthlens.Article{Document: truthlens.Document{Text: "kept\x00"}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatalf("Migrate again: %v", err)
	}
	db.Close()
	db = open(t, u)
	defer db.Close()
	if _, total, err := db.Articles(t.Context(), truthlens.ArticleFilter{}); err != nil || total != 1 {
		t.Errorf("after reopen: total %d, err %v; want the stored article", total, err)
	}
}
