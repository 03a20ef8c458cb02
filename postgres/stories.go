package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

// ReplaceStories deletes, in one transaction, every stored story that
// shares an article with the given ones (or has one of their ids), inserts
// the given stories and points their articles at them. Articles of deleted
// stories that are in no given story are left without a story. Concurrent
// calls (from any process) are serialised by a transaction-level advisory
// lock.
func (db *DB) ReplaceStories(ctx context.Context, stories []truthlens.Story) error {
	if len(stories) == 0 {
		return nil
	}
	if err := storeenc.CheckStories(stories); err != nil {
		return err
	}
	storyIDs, articleIDs := storeenc.StoryIDs(stories)
	return db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockStories); err != nil {
			return fmt.Errorf("postgres: replace stories: lock: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM stories WHERE id = ANY($1)
			OR id IN (SELECT story_id FROM articles WHERE story_id IS NOT NULL AND id = ANY($2))`,
			storyIDs, articleIDs); err != nil {
			return fmt.Errorf("postgres: replace stories: %w", err)
		}
		for _, s := range stories {
			data, err := storeenc.EncodeStory(&s)
			if err != nil {
				return fmt.Errorf("postgres: replace stories: %w", err)
			}
			members := s.Articles
			if members == nil {
				members = []string{}
			}
			if _, err := tx.Exec(ctx, `INSERT INTO stories (id, title, data, article_count, last_activity)
				VALUES ($1, $2, $3, $4, COALESCE((SELECT max(sort_time) FROM articles WHERE id = ANY($5)), now()))`,
				s.ID, storeenc.NoNUL(s.Title), string(data), len(s.Articles), members); err != nil {
				return fmt.Errorf("postgres: replace stories: insert %s: %w", s.ID, err)
			}
			if _, err := tx.Exec(ctx, `UPDATE articles SET story_id = $1 WHERE id = ANY($2)`, s.ID, members); err != nil {
				return fmt.Errorf("postgres: replace stories: link %s: %w", s.ID, err)
			}
		}
		return nil
	})
}

// Story returns the stored story id.
func (db *DB) Story(ctx context.Context, id string) (*truthlens.Story, error) {
	var data string
	err := db.pool.QueryRow(ctx, `SELECT data::text FROM stories WHERE id = $1`, id).Scan(&data)
	if isNoRows(err) {
		return nil, storeenc.NotFound("story", id)
	} else if err != nil {
		return nil, fmt.Errorf("postgres: story %s: %w", id, err)
	}
	s, err := storeenc.DecodeStory(id, []byte(data))
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return s, nil
}

// Stories lists stories by most recent activity (the latest publish or
// stored time of their articles; ties by id) and their total. Limit <= 0
// means no limit.
func (db *DB) Stories(ctx context.Context, limit, offset int) ([]truthlens.Story, int, error) {
	out := []truthlens.Story{}
	var total int
	err := db.readTx(ctx, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM stories`).Scan(&total); err != nil {
			return fmt.Errorf("postgres: count stories: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT id, data::text FROM stories ORDER BY last_activity DESC, id`+page(limit, offset))
		if err != nil {
			return fmt.Errorf("postgres: stories: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id, data string
			if err := rows.Scan(&id, &data); err != nil {
				return fmt.Errorf("postgres: stories: %w", err)
			}
			s, err := storeenc.DecodeStory(id, []byte(data))
			if err != nil {
				return fmt.Errorf("postgres: %w", err)
			}
			out = append(out, *s)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("postgres: stories: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}
