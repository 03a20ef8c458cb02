package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"

	"github.com/truthlens/truthlens/internal/storeenc"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are the embedded schema changes in version order.
func migrations() ([]storeenc.Migration, error) {
	ms, err := storeenc.Migrations(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return ms, nil
}

// Migrate applies the pending migrations, each in its own transaction. It
// is safe to run from several processes at once: the write lock taken at
// BEGIN IMMEDIATE serialises them and each re-checks what is applied.
func (db *DB) Migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("sqlite: create schema_migrations: %w", err)
	}
	for _, m := range ms {
		err := db.inTx(ctx, func(tx *sql.Tx) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&n); err != nil {
				return fmt.Errorf("sqlite: migration %s: %w", m.Name, err)
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
				return fmt.Errorf("sqlite: migration %s: %w", m.Name, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.Version, m.Name, fmtTime(db.nowUTC())); err != nil {
				return fmt.Errorf("sqlite: migration %s: %w", m.Name, err)
			}
			db.logger.InfoContext(ctx, "applied migration", "db", "sqlite", "migration", m.Name)
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
