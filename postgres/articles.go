package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

// SaveArticle stores a unless an article with the same ArticleKey exists,
// in which case it returns the existing id and created=false. The id is
// truthlens.ArticleID of the key. Safe under concurrent calls from any
// number of processes (INSERT ... ON CONFLICT DO NOTHING, then SELECT).
func (db *DB) SaveArticle(ctx context.Context, a *truthlens.Article) (string, bool, error) {
	if a == nil {
		return "", false, truthlens.Errorf(truthlens.EINVALID, "no article")
	}
	key := storeenc.NoNUL(truthlens.ArticleKey(a.Document))
	id := truthlens.ArticleID(key)
	row, err := storeenc.EncodeArticle(a, id, key)
	if err != nil {
		return "", false, fmt.Errorf("postgres: save article: %w", err)
	}
	tag, err := db.pool.Exec(ctx, `INSERT INTO articles (id, key, url, outlet_id, outlet, title,
		published, published_at, sort_time, objectivity, accuracy, transparency, overall,
		engine, format, analysis, links, search, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, LEAST($8, now()), $9, $10, $11, $12,
		$13, $14, $15, $16, to_tsvector('simple', $17), now(), now())
		ON CONFLICT DO NOTHING`,
		row.ID, row.Key, storeenc.NoNUL(row.URL), storeenc.NoNUL(row.OutletID), storeenc.NoNUL(row.Outlet), storeenc.NoNUL(row.Title),
		storeenc.NoNUL(row.Published), nullTime(row.PublishedAt),
		row.Objectivity, row.Accuracy, row.Transparency, row.Overall,
		storeenc.NoNUL(row.Engine), storeenc.AnalysisFormat, string(row.Analysis), string(row.Links), storeenc.SearchDoc(a.Title, a.Text))
	if err != nil {
		return "", false, fmt.Errorf("postgres: save article: %w", err)
	}
	if tag.RowsAffected() == 1 {
		return id, true, nil
	}
	err = db.pool.QueryRow(ctx, `SELECT id FROM articles WHERE key = $1`, key).Scan(&id)
	if isNoRows(err) {
		return "", false, fmt.Errorf("postgres: save article: id %s already used by another key", id)
	} else if err != nil {
		return "", false, fmt.Errorf("postgres: save article: %w", err)
	}
	return id, false, nil
}

// UpdateArticle replaces the stored analysis (and derived columns) of the
// article id; its key, id, story and creation time are kept.
func (db *DB) UpdateArticle(ctx context.Context, id string, a *truthlens.Article) error {
	if a == nil {
		return truthlens.Errorf(truthlens.EINVALID, "no article")
	}
	row, err := storeenc.EncodeArticle(a, id, "")
	if err != nil {
		return fmt.Errorf("postgres: update article: %w", err)
	}
	tag, err := db.pool.Exec(ctx, `UPDATE articles SET url = $1, outlet_id = $2, outlet = $3, title = $4,
		published = $5, published_at = $6, sort_time = LEAST($6, created_at),
		objectivity = $7, accuracy = $8, transparency = $9, overall = $10,
		engine = $11, format = $12, analysis = $13, links = $14, search = to_tsvector('simple', $15),
		updated_at = now() WHERE id = $16`,
		storeenc.NoNUL(row.URL), storeenc.NoNUL(row.OutletID), storeenc.NoNUL(row.Outlet), storeenc.NoNUL(row.Title),
		storeenc.NoNUL(row.Published), nullTime(row.PublishedAt),
		row.Objectivity, row.Accuracy, row.Transparency, row.Overall,
		storeenc.NoNUL(row.Engine), storeenc.AnalysisFormat, string(row.Analysis), string(row.Links),
		storeenc.SearchDoc(a.Title, a.Text), id)
	if err != nil {
		return fmt.Errorf("postgres: update article %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return storeenc.NotFound("article", id)
	}
	return nil
}

// Article returns the stored article id with ID and Story set.
func (db *DB) Article(ctx context.Context, id string) (*truthlens.Article, error) {
	var analysis, links string
	var story *string
	err := db.pool.QueryRow(ctx, `SELECT analysis::text, links::text, story_id FROM articles WHERE id = $1`, id).
		Scan(&analysis, &links, &story)
	if isNoRows(err) {
		return nil, storeenc.NotFound("article", id)
	} else if err != nil {
		return nil, fmt.Errorf("postgres: article %s: %w", id, err)
	}
	a, err := storeenc.DecodeArticle(id, []byte(analysis), []byte(links), story)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
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
		args = append(args, truthlens.OutletID(f.Source))
		where = append(where, `outlet_id = $`+strconv.Itoa(len(args)))
	}
	if terms := storeenc.SearchTerms(f.Query); len(terms) > 0 {
		args = append(args, strings.Join(terms, " "))
		where = append(where, `search @@ plainto_tsquery('simple', $`+strconv.Itoa(len(args))+`)`)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	out := []truthlens.ArticleSummary{}
	var total int
	err := db.readTx(ctx, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM articles`+cond, args...).Scan(&total); err != nil {
			return fmt.Errorf("postgres: count articles: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT `+storeenc.SummaryColumns+`
			FROM articles`+cond+` ORDER BY sort_time DESC, id`+page(f.Limit, f.Offset), args...)
		if err != nil {
			return fmt.Errorf("postgres: articles: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var s truthlens.ArticleSummary
			var published string
			if err := rows.Scan(storeenc.SummaryDest(&s, &published, &s.Story, &s.Created)...); err != nil {
				return fmt.Errorf("postgres: articles: %w", err)
			}
			s.Published = truthlens.Date(published)
			s.Created = s.Created.UTC()
			out = append(out, s)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("postgres: articles: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// RecentArticles returns the full articles whose publish date (else stored
// time; a publish date later than the stored time counts as the stored
// time) is at or after since, oldest first.
func (db *DB) RecentArticles(ctx context.Context, since time.Time) ([]truthlens.Article, error) {
	rows, err := db.pool.Query(ctx, `SELECT id, analysis::text, links::text, story_id FROM articles
		WHERE sort_time >= $1 ORDER BY sort_time, id`, since.UTC())
	if err != nil {
		return nil, fmt.Errorf("postgres: recent articles: %w", err)
	}
	defer rows.Close()
	out := []truthlens.Article{}
	for rows.Next() {
		var id, analysis, links string
		var story *string
		if err := rows.Scan(&id, &analysis, &links, &story); err != nil {
			return nil, fmt.Errorf("postgres: recent articles: %w", err)
		}
		a, err := storeenc.DecodeArticle(id, []byte(analysis), []byte(links), story)
		if err != nil {
			return nil, fmt.Errorf("postgres: %w", err)
		}
		out = append(out, *a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: recent articles: %w", err)
	}
	return out, nil
}
