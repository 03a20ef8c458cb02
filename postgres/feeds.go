package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

const feedColumns = `id, url, title, etag, last_modified, last_fetched, next_fetch, failures, error`

// AddFeed registers a feed. When the URL is already registered it returns
// the existing feed together with an ECONFLICT error.
func (db *DB) AddFeed(ctx context.Context, url, title string) (*truthlens.Feed, error) {
	url = storeenc.NoNUL(strings.TrimSpace(url))
	if url == "" {
		return nil, truthlens.Errorf(truthlens.EINVALID, "feed without url")
	}
	f, err := scanFeed(db.pool.QueryRow(ctx, `INSERT INTO feeds (url, title) VALUES ($1, $2)
		ON CONFLICT (url) DO NOTHING RETURNING `+feedColumns, url, storeenc.NoNUL(title)))
	if err == nil {
		return f, nil
	} else if !isNoRows(err) {
		return nil, fmt.Errorf("postgres: add feed %s: %w", url, err)
	}
	f, err = scanFeed(db.pool.QueryRow(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = $1`, url))
	if err != nil {
		return nil, fmt.Errorf("postgres: add feed %s: %w", url, err)
	}
	return f, truthlens.Errorf(truthlens.ECONFLICT, "feed %s already exists", url)
}

// Feeds lists the registered feeds by id.
func (db *DB) Feeds(ctx context.Context) ([]truthlens.Feed, error) {
	rows, err := db.pool.Query(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("postgres: feeds: %w", err)
	}
	defer rows.Close()
	out := []truthlens.Feed{}
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: feeds: %w", err)
		}
		out = append(out, *f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: feeds: %w", err)
	}
	return out, nil
}

// UpdateFeed stores the title and polling state of feed f.ID (its URL is
// not changed).
func (db *DB) UpdateFeed(ctx context.Context, f *truthlens.Feed) error {
	if f == nil {
		return truthlens.Errorf(truthlens.EINVALID, "no feed")
	}
	tag, err := db.pool.Exec(ctx, `UPDATE feeds SET title = $1, etag = $2, last_modified = $3,
		last_fetched = $4, next_fetch = $5, failures = $6, error = $7 WHERE id = $8`,
		storeenc.NoNUL(f.Title), storeenc.NoNUL(f.ETag), storeenc.NoNUL(f.LastModified), nullTime(f.LastFetched), nullTime(f.NextFetch),
		f.Failures, storeenc.NoNUL(f.Error), f.ID)
	if err != nil {
		return fmt.Errorf("postgres: update feed %d: %w", f.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return storeenc.NotFound("feed", f.ID)
	}
	return nil
}

// DeleteFeed removes feed id.
func (db *DB) DeleteFeed(ctx context.Context, id int64) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM feeds WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("postgres: delete feed %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return storeenc.NotFound("feed", id)
	}
	return nil
}

func scanFeed(row pgx.Row) (*truthlens.Feed, error) {
	var f truthlens.Feed
	var fetched, next *time.Time
	if err := row.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &fetched, &next, &f.Failures, &f.Error); err != nil {
		return nil, err
	}
	f.LastFetched = utc(fetched)
	f.NextFetch = utc(next)
	return &f, nil
}
