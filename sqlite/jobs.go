package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

// DefaultMaxAttempts is how many times a job runs before it fails for good.
const DefaultMaxAttempts = storeenc.DefaultMaxAttempts

// Enqueue adds a queued job runnable now unless a job with the same kind
// and key exists (whatever its state), in which case it returns that job's
// id and created=false. An empty key is never deduplicated.
func (db *DB) Enqueue(ctx context.Context, kind, key string, payload []byte) (int64, bool, error) {
	payload, err := storeenc.CheckEnqueue(kind, payload)
	if err != nil {
		return 0, false, err
	}
	var k any = key
	if key == "" {
		k = nil
	}
	now := fmtTime(db.nowUTC())
	var id int64
	created := false
	err = db.inTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO jobs (kind, key, payload, max_attempts, run_at, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, key) DO NOTHING RETURNING id`,
			kind, k, payload, DefaultMaxAttempts, now, now, now).Scan(&id)
		if err == nil {
			created = true
			return nil
		} else if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("sqlite: enqueue %s %s: %w", kind, key, err)
		}
		if err := tx.QueryRowContext(ctx, `SELECT id FROM jobs WHERE kind = ? AND key = ?`, kind, key).Scan(&id); err != nil {
			return fmt.Errorf("sqlite: enqueue %s %s: %w", kind, key, err)
		}
		return nil
	})
	return id, created, err
}

const jobColumns = `id, kind, COALESCE(key, ''), payload, state, attempts, max_attempts, error, run_at, updated_at`

// Claim hands the next runnable job of kinds (any kind when empty) to
// worker: a queued job whose run time has come, or a running job whose
// lease expired (its worker died), earliest run time first. The job becomes
// running, leased until now+lease, with one more attempt. A job whose lease
// expired on its last attempt is marked failed instead. Returns ENOTFOUND
// when nothing is runnable. The single writer makes it atomic.
func (db *DB) Claim(ctx context.Context, worker string, kinds []string, lease time.Duration) (*truthlens.Job, error) {
	now := db.nowUTC()
	kj, _ := json.Marshal(kinds)
	if len(kinds) == 0 {
		kj = []byte("null")
	}
	var job *truthlens.Job
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE jobs SET state = 'failed', locked_until = NULL, updated_at = ?1,
			error = CASE WHEN error = '' THEN 'lease expired: worker ' || worker || ' did not finish' ELSE error END
			WHERE state = 'running' AND locked_until <= ?1 AND attempts >= max_attempts`, fmtTime(now)); err != nil {
			return fmt.Errorf("sqlite: claim: %w", err)
		}
		row := tx.QueryRowContext(ctx, `UPDATE jobs SET state = 'running', attempts = attempts + 1,
			worker = ?1, locked_until = ?2, updated_at = ?3
			WHERE id = (SELECT id FROM jobs
				WHERE ((state = 'queued' AND run_at <= ?3) OR (state = 'running' AND locked_until <= ?3))
				AND (?4 = 'null' OR kind IN (SELECT value FROM json_each(?4)))
				ORDER BY run_at, id LIMIT 1)
			RETURNING `+jobColumns,
			worker, fmtTime(now.Add(lease)), fmtTime(now), string(kj))
		j, err := scanJob(row)
		if errors.Is(err, sql.ErrNoRows) {
			return nil // commit the expired jobs marked failed
		} else if err != nil {
			return fmt.Errorf("sqlite: claim: %w", err)
		}
		job = j
		return nil
	})
	if err != nil {
		return nil, err
	}
	if job == nil {
		return nil, storeenc.NoJob()
	}
	return job, nil
}

// Complete marks job id done.
func (db *DB) Complete(ctx context.Context, id int64) error {
	now := fmtTime(db.nowUTC())
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE jobs SET state = 'done', locked_until = NULL, error = '',
			updated_at = ? WHERE id = ?`, now, id)
		if err != nil {
			return fmt.Errorf("sqlite: complete job %d: %w", id, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("sqlite: complete job %d: %w", id, err)
		} else if n == 0 {
			return storeenc.NotFound("job", id)
		}
		return nil
	})
}

// Fail records errMsg on job id. The job is queued again to run after
// backoff, unless it has used its attempts or backoff is negative (a
// permanent error): then it ends in state failed.
func (db *DB) Fail(ctx context.Context, id int64, errMsg string, backoff time.Duration) error {
	now := db.nowUTC()
	delay, permanent := storeenc.Retry(backoff)
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE jobs SET error = ?1, locked_until = NULL, updated_at = ?2,
			state = CASE WHEN ?5 OR attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
			run_at = CASE WHEN ?5 OR attempts >= max_attempts THEN run_at ELSE ?3 END
			WHERE id = ?4`, storeenc.JobError(errMsg), fmtTime(now), fmtTime(now.Add(delay)), id, permanent)
		if err != nil {
			return fmt.Errorf("sqlite: fail job %d: %w", id, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("sqlite: fail job %d: %w", id, err)
		} else if n == 0 {
			return storeenc.NotFound("job", id)
		}
		return nil
	})
}

// Jobs lists the jobs in state (all states when empty) by id. Limit <= 0
// means no limit.
func (db *DB) Jobs(ctx context.Context, state string, limit int) ([]truthlens.Job, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := db.read.QueryContext(ctx, `SELECT `+jobColumns+` FROM jobs
		WHERE ?1 = '' OR state = ?1 ORDER BY id LIMIT ?2`, state, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: jobs: %w", err)
	}
	defer rows.Close()
	out := []truthlens.Job{}
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: jobs: %w", err)
		}
		out = append(out, *j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: jobs: %w", err)
	}
	return out, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanJob(s scanner) (*truthlens.Job, error) {
	var j truthlens.Job
	var runAt, updated string
	if err := s.Scan(&j.ID, &j.Kind, &j.Key, &j.Payload, &j.State, &j.Attempts, &j.MaxAttempts, &j.Error, &runAt, &updated); err != nil {
		return nil, err
	}
	var err error
	if j.RunAt, err = parseTime(runAt); err != nil {
		return nil, err
	}
	if j.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &j, nil
}

// Heartbeat extends the lease of running job id to now+lease, for a worker
// whose job takes longer than the lease it claimed it with. ENOTFOUND when
// the job is not running (completed, failed, or never existed).
func (db *DB) Heartbeat(ctx context.Context, id int64, lease time.Duration) error {
	now := db.nowUTC()
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE jobs SET locked_until = ?, updated_at = ?
			WHERE id = ? AND state = 'running'`, fmtTime(now.Add(lease)), fmtTime(now), id)
		if err != nil {
			return fmt.Errorf("sqlite: heartbeat job %d: %w", id, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("sqlite: heartbeat job %d: %w", id, err)
		} else if n == 0 {
			return storeenc.NotRunning(id)
		}
		return nil
	})
}

// JobCounts returns how many jobs are in each state (states with none are
// absent), for metrics and status pages.
func (db *DB) JobCounts(ctx context.Context) (map[string]int, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT state, count(*) FROM jobs GROUP BY state`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: job counts: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			return nil, fmt.Errorf("sqlite: job counts: %w", err)
		}
		out[state] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: job counts: %w", err)
	}
	return out, nil
}
