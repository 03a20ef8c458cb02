package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

const feedColumns = `id, url, title, etag, last_modified, last_fetched, next_fetch, failures, error`

// AddFeed registers a feed. When the URL is already registered it returns
// the existing feed together with an ECONFLICT error.
func (db *DB) AddFeed(ctx context.Context, url, title string) (*truthlens.Feed, error) {
	url = strings.TrimSpace(url)
	if url == "" {
		return nil, truthlens.Errorf(truthlens.EINVALID, "feed without url")
	}
	var f *truthlens.Feed
	conflict := false
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		row := tx.QueryRowContext(ctx, `INSERT INTO feeds (url, title, created_at) VALUES (?, ?, ?)
			ON CONFLICT (url) DO NOTHING RETURNING `+feedColumns, url, title, fmtTime(db.nowUTC()))
		var err error
		f, err = scanFeed(row)
		if errors.Is(err, sql.ErrNoRows) {
			conflict = true
			f, err = scanFeed(tx.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url))
		}
		if err != nil {
			return fmt.Errorf("sqlite: add feed %s: %w", url, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if conflict {
		return f, truthlens.Errorf(truthlens.ECONFLICT, "feed %s already exists", url)
	}
	return f, nil
}

// Feeds lists the registered feeds by id.
func (db *DB) Feeds(ctx context.Context) ([]truthlens.Feed, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: feeds: %w", err)
	}
	defer rows.Close()
	out := []truthlens.Feed{}
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: feeds: %w", err)
		}
		out = append(out, *f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: feeds: %w", err)
	}
	return out, nil
}

// UpdateFeed stores the title and polling state of feed f.ID (its URL is
// not changed).
func (db *DB) UpdateFeed(ctx context.Context, f *truthlens.Feed) error {
	if f == nil {
		return truthlens.Errorf(truthlens.EINVALID, "no feed")
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE feeds SET title = ?, etag = ?, last_modified = ?,
			last_fetched = ?, next_fetch = ?, failures = ?, error = ? WHERE id = ?`,
			f.Title, f.ETag, f.LastModified, fmtNullTime(f.LastFetched), fmtNullTime(f.NextFetch),
			f.Failures, f.Error, f.ID)
		if err != nil {
			return fmt.Errorf("sqlite: update feed %d: %w", f.ID, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("sqlite: update feed %d: %w", f.ID, err)
		} else if n == 0 {
			return storeenc.NotFound("feed", f.ID)
		}
		return nil
	})
}

// DeleteFeed removes feed id.
func (db *DB) DeleteFeed(ctx context.Context, id int64) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM feeds WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("sqlite: delete feed %d: %w", id, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("sqlite: delete feed %d: %w", id, err)
		} else if n == 0 {
			return storeenc.NotFound("feed", id)
		}
		return nil
	})
}

func scanFeed(s scanner) (*truthlens.Feed, error) {
	var f truthlens.Feed
	var fetched, next sql.NullString
	if err := s.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &fetched, &next, &f.Failures, &f.Error); err != nil {
		return nil, err
	}
	var err error
	if f.LastFetched, err = parseNullTime(fetched); err != nil {
		return nil, err
	}
	if f.NextFetch, err = parseNullTime(next); err != nil {
		return nil, err
	}
	return &f, nil
}
