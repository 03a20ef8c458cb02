package sqlite_test

import (
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
