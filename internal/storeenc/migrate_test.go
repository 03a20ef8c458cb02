package storeenc

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestMigrationsOrder(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/10_later.sql":   {Data: []byte("ten")},
		"migrations/0002_locks.sql": {Data: []byte("two")},
		"migrations/0001_init.sql":  {Data: []byte("one")},
		"migrations/README.md":      {Data: []byte("not a migration")},
		"other/0003_elsewhere.sql":  {Data: []byte("not here")},
	}
	ms, err := Migrations(fsys, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, strings.Join([]string{m.Name, m.SQL}, "="))
	}
	if want := "0001_init.sql=one 0002_locks.sql=two 10_later.sql=ten"; strings.Join(got, " ") != want {
		t.Errorf("Migrations = %q, want %q", got, want)
	}
	if ms[0].Version != 1 || ms[2].Version != 10 {
		t.Errorf("versions %d, %d", ms[0].Version, ms[2].Version)
	}
}

func TestMigrationsRejects(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"migration init.sql: name must be NNNN_name.sql": {"m/init.sql": {}},
		"migration 0000_x.sql: name must be":             {"m/0000_x.sql": {}},
		"migration v1_x.sql: name must be":               {"m/v1_x.sql": {}},
		"duplicate migration version 2":                  {"m/0002_a.sql": {}, "m/2_b.sql": {}},
	} {
		if _, err := Migrations(fsys, "m"); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("err = %v, want %q", err, name)
		}
	}
	if ms, err := Migrations(fstest.MapFS{}, "m"); err != nil || len(ms) != 0 {
		t.Errorf("no migrations: %v, %v", ms, err)
	}
}
