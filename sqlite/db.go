// Package sqlite implements truthlens.Store on an embedded SQLite database
// (modernc.org/sqlite, pure Go): articles with their analysis as versioned
// JSON and an FTS5 index, story groupings, a durable job queue and feeds.
//
// The database runs in WAL mode. All writes go through one connection (a
// *sql.DB with MaxOpenConns(1) whose transactions start IMMEDIATE), so
// writers never deadlock and are serialised even across processes (with
// busy_timeout); reads use a separate pool and never block the writer.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

var _ truthlens.Store = (*DB)(nil)

// DB is a truthlens.Store on SQLite.
type DB struct {
	write  *sql.DB // one connection: every write goes through it
	read   *sql.DB // pool for reads
	logger *slog.Logger
	tmpDir string // removed on Close (in-memory databases)
	locks  locks  // in-process side of WithLock
	// now is the clock; time.Now by default.
	now func() time.Time
}

// Open opens (creating if needed) the database at path and applies the
// pending migrations. A path of "" or ":memory:" gives a private database in
// a temporary file that is removed on Close (a true in-memory database
// cannot be shared by the read pool and the writer).
func Open(ctx context.Context, path string, logger *slog.Logger) (*DB, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	db := &DB{logger: logger, now: time.Now}
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file::memory:") {
		dir, err := os.MkdirTemp("", "truthlens-sqlite-")
		if err != nil {
			return nil, fmt.Errorf("sqlite: temp dir: %w", err)
		}
		db.tmpDir = dir
		path = filepath.Join(dir, "truthlens.db")
	}
	var err error
	if db.write, err = sql.Open("sqlite", dsn(path, false)); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.write.SetMaxOpenConns(1)
	db.write.SetMaxIdleConns(1)
	db.write.SetConnMaxLifetime(0)
	db.write.SetConnMaxIdleTime(0)
	if db.read, err = sql.Open("sqlite", dsn(path, true)); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	db.read.SetMaxOpenConns(n)
	db.read.SetMaxIdleConns(n)
	if err := db.write.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// dsn builds the connection string: WAL, a busy timeout, foreign keys and,
// for the writer, IMMEDIATE transactions (take the write lock at BEGIN, so
// a read-then-write transaction never fails with SQLITE_BUSY midway).
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
	}
	return "file:" + uriPath.Replace(path) + "?" + q.Encode()
}

// uriPath escapes the characters that are special in a file: URI path.
var uriPath = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// Close closes the database (and removes a temporary one).
func (db *DB) Close() error {
	var errs []error
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	if db.tmpDir != "" {
		errs = append(errs, os.RemoveAll(db.tmpDir))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("sqlite: close: %w", err)
	}
	return nil
}

// SetClock replaces the clock used for stored times, job run times and
// leases (tests).
func (db *DB) SetClock(now func() time.Time) { db.now = now }

// nowUTC is the current time in UTC at microsecond precision.
func (db *DB) nowUTC() time.Time { return db.now().UTC().Truncate(time.Microsecond) }

// inTx runs fn in a write transaction, committing when it returns nil.
func (db *DB) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: commit: %w", err)
	}
	return nil
}

// timeLayout is fixed-width so that text order is time order.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func fmtTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// fmtNullTime stores the zero time as NULL.
func fmtNullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return fmtTime(t)
}

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("sqlite: bad stored time %q: %w", s, err)
	}
	return t.UTC(), nil
}

func parseNullTime(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	return parseTime(s.String)
}
