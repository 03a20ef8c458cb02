package sqlite_test

import (
	"os"
	"path/filepath"
	"testing"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/sqlite"
	"github.com/truthlens/truthlens/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) truthlens.Store {
		db, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "test.db"), nil)
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestContractMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	storetest.Run(t, func(t *testing.T) truthlens.Store {
		db, err := sqlite.Open(t.Context(), ":memory:", nil)
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

// TestShared opens the same file twice, as two processes would.
func TestShared(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	var stores []truthlens.Store
	for range 2 {
		db, err := sqlite.Open(t.Context(), path, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		stores = append(stores, db)
	}
	storetest.Shared(t, stores[0], stores[1])
}

func TestMigrateIdempotent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := sqlite.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.SaveArticle(t.Context(), &truthlens.Article{Document: truthlens.Document{Text: "kept"}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatalf("Migrate again: %v", err)
	}
	db.Close()
	db, err = sqlite.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	if _, total, err := db.Articles(t.Context(), truthlens.ArticleFilter{}); err != nil || total != 1 {
		t.Errorf("after reopen: total %d, err %v; want the stored article", total, err)
	}
}

// A path may hold characters that are special in URIs.
func TestOddPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "my news#1 %20?.db")
	db, err := sqlite.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not created at %q: %v", path, err)
	}
}
