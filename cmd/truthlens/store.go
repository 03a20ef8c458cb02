package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/sqlite"
)

// storeConfig are the flags that choose the database: embedded SQLite at
// --db, or PostgreSQL at --database-url (or TRUTHLENS_DATABASE_URL).
type storeConfig struct {
	dbPath      string
	databaseURL string
}

func (c *storeConfig) register(fs *flag.FlagSet, e *env) {
	fs.StringVar(&c.dbPath, "db", "truthlens.db", "embedded SQLite database file")
	fs.StringVar(&c.databaseURL, "database-url", e.getenv("TRUTHLENS_DATABASE_URL"), "PostgreSQL URL (postgres://...); overrides --db")
}

// openPostgres is set by store_postgres.go.
var openPostgres func(ctx context.Context, url string, logger *slog.Logger) (truthlens.Store, error)

// open opens the configured store and applies migrations.
func (c *storeConfig) open(ctx context.Context, logger *slog.Logger) (truthlens.Store, error) {
	if u := c.databaseURL; u != "" {
		if !strings.HasPrefix(u, "postgres://") && !strings.HasPrefix(u, "postgresql://") {
			return nil, usagef("--database-url must start with postgres:// or postgresql://")
		}
		if openPostgres == nil {
			return nil, fmt.Errorf("this build has no PostgreSQL support")
		}
		return openPostgres(ctx, u, logger)
	}
	db, err := sqlite.Open(ctx, c.dbPath, logger)
	if err != nil {
		return nil, err
	}
	return db, nil
}

// describe names the store for log lines without leaking a password.
func (c *storeConfig) describe() string {
	if c.databaseURL != "" {
		u := c.databaseURL
		if at := strings.LastIndex(u, "@"); at >= 0 {
			if i := strings.Index(u, "://"); i >= 0 && i < at {
				u = u[:i+3] + "…@" + u[at+1:]
			}
		}
		return "PostgreSQL " + u
	}
	return "SQLite " + c.dbPath
}
