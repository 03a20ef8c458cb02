package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

// SaveArticle stores a unless an article with the same ArticleKey exists,
// in which case it returns the existing id and created=false. The id is
// truthlens.ArticleID of the key. Safe under concurrent calls.
func (db *DB) SaveArticle(ctx context.Context, a *truthlens.Article) (string, bool, error) {
	if a == nil {
		return "", false, truthlens.Errorf(truthlens.EINVALID, "no article")
	}
	key := truthlens.ArticleKey(a.Document)
	id := truthlens.ArticleID(key)
	row, err := storeenc.EncodeArticle(a, id, key)
	if err != nil {
		return "", false, fmt.Errorf("sqlite: save article: %w", err)
	}
	now := db.nowUTC()
	sortTime := now // a publish date after the stored time is not believed
	if !row.PublishedAt.IsZero() && row.PublishedAt.Before(now) {
		sortTime = row.PublishedAt
	}
	created := false
	err = db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO articles (id, key, url, outlet_id, outlet, title,
			published, published_at, sort_time, objectivity, accuracy, transparency, overall,
			engine, format, analysis, links, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`,
			row.ID, row.Key, row.URL, row.OutletID, row.Outlet, row.Title,
			row.Published, fmtNullTime(row.PublishedAt), fmtTime(sortTime),
			row.Objectivity, row.Accuracy, row.Transparency, row.Overall,
			row.Engine, storeenc.AnalysisFormat, string(row.Analysis), string(row.Links), fmtTime(now), fmtTime(now))
		if err != nil {
			return fmt.Errorf("sqlite: save article: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("sqlite: save article: %w", err)
		} else if n == 1 {
			rowid, err := res.LastInsertId()
			if err != nil {
				return fmt.Errorf("sqlite: save article: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`,
				rowid, storeenc.SearchDoc(a.Title, ""), storeenc.SearchDoc("", a.Text)); err != nil {
				return fmt.Errorf("sqlite: index article: %w", err)
			}
			created = true
			return nil
		}
		err = tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE key = ?`, key).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("sqlite: save article: id %s already used by another key", id)
		} else if err != nil {
			return fmt.Errorf("sqlite: save article: %w", err)
		}
		return nil
	})
	if err != nil {
		return "", false, err
	}
	return id, created, nil
}

// UpdateArticle replaces the stored analysis (and derived columns) of the
// article id; its key, id, story and creation time are kept.
func (db *DB) UpdateArticle(ctx context.Context, id string, a *truthlens.Article) error {
	if a == nil {
		return truthlens.Errorf(truthlens.EINVALID, "no article")
	}
	row, err := storeenc.EncodeArticle(a, id, "")
	if err != nil {
		return fmt.Errorf("sqlite: update article: %w", err)
	}
	now := db.nowUTC()
	return db.inTx(ctx, func(tx *sql.Tx) error {
		var rowid int64
		err := tx.QueryRowContext(ctx, `UPDATE articles SET url = ?, outlet_id = ?, outlet = ?, title = ?,
			published = ?, published_at = ?, sort_time = COALESCE(min(?, created_at), created_at),
			objectivity = ?, accuracy = ?, transparency = ?, overall = ?,
			engine = ?, format = ?, analysis = ?, links = ?, updated_at = ?
			WHERE id = ? RETURNING rowid`,
			row.URL, row.OutletID, row.Outlet, row.Title,
			row.Published, fmtNullTime(row.PublishedAt), fmtNullTime(row.PublishedAt),
			row.Objectivity, row.Accuracy, row.Transparency, row.Overall,
			row.Engine, storeenc.AnalysisFormat, string(row.Analysis), string(row.Links), fmtTime(now), id).Scan(&rowid)
		if errors.Is(err, sql.ErrNoRows) {
			return storeenc.NotFound("article", id)
		} else if err != nil {
			return fmt.Errorf("sqlite: update article %s: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM articles_fts WHERE rowid = ?`, rowid); err != nil {
			return fmt.Errorf("sqlite: reindex article %s: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`,
			rowid, storeenc.SearchDoc(a.Title, ""), storeenc.SearchDoc("", a.Text)); err != nil {
			return fmt.Errorf("sqlite: reindex article %s: %w", id, err)
		}
		return nil
	})
}

// Article returns the stored article id with ID and Story set.
func (db *DB) Article(ctx context.Context, id string) (*truthlens.Article, error) {
	var analysis, links string
	var story sql.NullString
	err := db.read.QueryRowContext(ctx, `SELECT analysis, links, story_id FROM articles WHERE id = ?`, id).
		Scan(&analysis, &links, &story)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, storeenc.NotFound("article", id)
	} else if err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	a, err := storeenc.DecodeArticle(id, []byte(analysis), []byte(links), nullString(story))
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return a, nil
}

// Articles lists article summaries, newest first (by publish date, else
// stored time, never later than the stored time; ties by id), and the total matching f. Source matches an
// outlet id or name; Query is a full-text search over title and text
// (every word must occur). Limit <= 0 means no limit.
func (db *DB) Articles(ctx context.Context, f truthlens.ArticleFilter) ([]truthlens.ArticleSummary, int, error) {
	var where []string
	var args []any
	if f.Source != "" {
		where = append(where, `outlet_id = ?`)
		args = append(args, truthlens.OutletID(f.Source))
	}
	if terms := storeenc.SearchTerms(f.Query); len(terms) > 0 {
		where = append(where, `rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`)
		args = append(args, ftsQuery(terms))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	tx, err := db.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: articles: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles`+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlite: count articles: %w", err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+storeenc.SummaryColumns+`
		FROM articles`+cond+` ORDER BY sort_time DESC, id LIMIT ? OFFSET ?`,
		append(args, limit, max(0, f.Offset))...)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: articles: %w", err)
	}
	defer rows.Close()
	out := []truthlens.ArticleSummary{}
	for rows.Next() {
		var s truthlens.ArticleSummary
		var published, created string
		var story sql.NullString
		if err := rows.Scan(storeenc.SummaryDest(&s, &published, &story, &created)...); err != nil {
			return nil, 0, fmt.Errorf("sqlite: articles: %w", err)
		}
		s.Published = truthlens.Date(published)
		s.Story = nullString(story)
		if s.Created, err = parseTime(created); err != nil {
			return nil, 0, err
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("sqlite: articles: %w", err)
	}
	return out, total, nil
}

// RecentArticles returns the full articles whose publish date (else stored
// time; a publish date later than the stored time counts as the stored
// time) is at or after since, oldest first.
func (db *DB) RecentArticles(ctx context.Context, since time.Time) ([]truthlens.Article, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id, analysis, links, story_id FROM articles
		WHERE sort_time >= ? ORDER BY sort_time, id`, fmtTime(since))
	if err != nil {
		return nil, fmt.Errorf("sqlite: recent articles: %w", err)
	}
	defer rows.Close()
	out := []truthlens.Article{}
	for rows.Next() {
		var id, analysis, links string
		var story sql.NullString
		if err := rows.Scan(&id, &analysis, &links, &story); err != nil {
			return nil, fmt.Errorf("sqlite: recent articles: %w", err)
		}
		a, err := storeenc.DecodeArticle(id, []byte(analysis), []byte(links), nullString(story))
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		out = append(out, *a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: recent articles: %w", err)
	}
	return out, nil
}

func nullString(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	v := s.String
	return &v
}

// ftsQuery is the FTS5 MATCH expression for terms (storeenc.SearchTerms,
// so never FTS syntax): each one quoted, all required.
func ftsQuery(terms []string) string {
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = `"` + t + `"`
	}
	return strings.Join(q, " ")
}
