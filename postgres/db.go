// Package postgres implements truthlens.Store on PostgreSQL with pgx:
// the same contract as the SQLite store (storetest checks both), for
// several servers and workers sharing one database. Jobs are claimed with
// FOR UPDATE SKIP LOCKED, story replacement and WithLock use advisory
// locks, and times come from the database clock.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	truthlens "github.com/truthlens/truthlens"
)

var _ truthlens.Store = (*DB)(nil)

// DB is a truthlens.Store on PostgreSQL.
type DB struct {
	pool   *pgxpool.Pool
	logger *slog.Logger
}

// Open connects to the database at url (postgres://...; libpq parameters
// such as search_path=... are passed on) and applies pending migrations.
func Open(ctx context.Context, url string, logger *slog.Logger) (*DB, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: bad database url: %w", err)
	}
	if !strings.Contains(url, "pool_max_conns") {
		// WithLock keeps one connection while its fn uses others.
		cfg.MaxConns = max(cfg.MaxConns, 8)
	}
	cfg.ConnConfig.RuntimeParams["timezone"] = "UTC"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connect %s:%d: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Port, err)
	}
	db := &DB{pool: pool, logger: logger}
	if err := db.Migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// Pool is the connection pool (for health checks and metrics).
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// Close closes the pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// inTx runs fn in a transaction, committing when it returns nil.
func (db *DB) inTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("postgres: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback(ctx)
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("postgres: commit: %w", err)
	}
	return nil
}

// readTx runs fn in a read-only snapshot (a count and a page agree).
func (db *DB) readTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("postgres: begin: %w", err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // read-only
	return fn(tx)
}

func isNoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }

// nullTime stores the zero time as NULL.
func nullTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

// utc returns the time in UTC, the zero time for NULL.
func utc(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// Advisory lock keys (pg_advisory_xact_lock): one namespace per purpose.
const (
	lockMigrate int64 = 0x7472_7574_686c_0001 // "truthl" + 1
	lockStories int64 = 0x7472_7574_686c_0002
)

// page is the LIMIT and OFFSET clause of a listing: no limit when limit
// <= 0, no offset when offset <= 0.
func page(limit, offset int) string {
	var s string
	if limit > 0 {
		s = fmt.Sprintf(" LIMIT %d", limit)
	}
	if offset > 0 {
		s += fmt.Sprintf(" OFFSET %d", offset)
	}
	return s
}
