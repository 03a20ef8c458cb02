package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

// ReplaceStories deletes, in one transaction, every stored story that
// shares an article with the given ones (or has one of their ids), inserts
// the given stories and points their articles at them. Articles of deleted
// stories that are in no given story are left without a story. The single
// writer serialises concurrent calls.
func (db *DB) ReplaceStories(ctx context.Context, stories []truthlens.Story) error {
	if len(stories) == 0 {
		return nil
	}
	if err := storeenc.CheckStories(stories); err != nil {
		return err
	}
	storyIDs, articleIDs := storeenc.StoryIDs(stories)
	sj, _ := json.Marshal(storyIDs)
	aj, _ := json.Marshal(articleIDs)
	now := fmtTime(db.nowUTC())
	return db.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id IN (SELECT value FROM json_each(?))
			OR id IN (SELECT story_id FROM articles WHERE story_id IS NOT NULL
			AND id IN (SELECT value FROM json_each(?)))`, string(sj), string(aj)); err != nil {
			return fmt.Errorf("sqlite: replace stories: %w", err)
		}
		for _, s := range stories {
			data, err := storeenc.EncodeStory(&s)
			if err != nil {
				return fmt.Errorf("sqlite: replace stories: %w", err)
			}
			members, _ := json.Marshal(s.Articles)
			if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, title, data, article_count, last_activity, created_at)
				VALUES (?, ?, ?, ?, COALESCE((SELECT max(sort_time) FROM articles
				WHERE id IN (SELECT value FROM json_each(?))), ?), ?)`,
				s.ID, s.Title, string(data), len(s.Articles), string(members), now, now); err != nil {
				return fmt.Errorf("sqlite: replace stories: insert %s: %w", s.ID, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ?
				WHERE id IN (SELECT value FROM json_each(?))`, s.ID, string(members)); err != nil {
				return fmt.Errorf("sqlite: replace stories: link %s: %w", s.ID, err)
			}
		}
		return nil
	})
}

// Story returns the stored story id.
func (db *DB) Story(ctx context.Context, id string) (*truthlens.Story, error) {
	var data string
	err := db.read.QueryRowContext(ctx, `SELECT data FROM stories WHERE id = ?`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, storeenc.NotFound("story", id)
	} else if err != nil {
		return nil, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	s, err := storeenc.DecodeStory(id, []byte(data))
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return s, nil
}

// Stories lists stories by most recent activity (the latest publish or
// stored time of their articles; ties by id) and their total. Limit <= 0
// means no limit.
func (db *DB) Stories(ctx context.Context, limit, offset int) ([]truthlens.Story, int, error) {
	tx, err := db.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: stories: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM stories`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlite: count stories: %w", err)
	}
	if limit <= 0 {
		limit = -1
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, data FROM stories ORDER BY last_activity DESC, id LIMIT ? OFFSET ?`,
		limit, max(0, offset))
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: stories: %w", err)
	}
	defer rows.Close()
	out := []truthlens.Story{}
	for rows.Next() {
		var id, data string
		if err := rows.Scan(&id, &data); err != nil {
			return nil, 0, fmt.Errorf("sqlite: stories: %w", err)
		}
		s, err := storeenc.DecodeStory(id, []byte(data))
		if err != nil {
			return nil, 0, fmt.Errorf("sqlite: %w", err)
		}
		out = append(out, *s)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("sqlite: stories: %w", err)
	}
	return out, total, nil
}
