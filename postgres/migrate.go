package postgres

import (
	"context"
	"embed"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/truthlens/truthlens/internal/storeenc"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are the embedded schema changes in version order.
func migrations() ([]storeenc.Migration, error) {
	ms, err := storeenc.Migrations(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return ms, nil
}

// Migrate applies the pending migrations, each in its own transaction
// under an advisory lock, so that servers and workers starting at once
// apply each migration exactly once.
func (db *DB) Migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	for _, m := range ms {
		err := db.inTx(ctx, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockMigrate); err != nil {
				return fmt.Errorf("postgres: migration lock: %w", err)
			}
			if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
				version    integer PRIMARY KEY,
				name       text NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
				return fmt.Errorf("postgres: create schema_migrations: %w", err)
			}
			var done bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1)`, m.Version).Scan(&done); err != nil {
				return fmt.Errorf("postgres: migration %s: %w", m.Name, err)
			}
			if done {
				return nil
			}
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return fmt.Errorf("postgres: migration %s: %w", m.Name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
				return fmt.Errorf("postgres: migration %s: %w", m.Name, err)
			}
			db.logger.InfoContext(ctx, "applied migration", "db", "postgres", "migration", m.Name)
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
