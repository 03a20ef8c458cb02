package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
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
	var k *string
	if key != "" {
		k = &key
	}
	var id int64
	err = db.pool.QueryRow(ctx, `INSERT INTO jobs (kind, key, payload, max_attempts) VALUES ($1, $2, $3, $4)
		ON CONFLICT (kind, key) DO NOTHING RETURNING id`, kind, k, payload, DefaultMaxAttempts).Scan(&id)
	if err == nil {
		return id, true, nil
	} else if !isNoRows(err) {
		return 0, false, fmt.Errorf("postgres: enqueue %s %s: %w", kind, key, err)
	}
	if err := db.pool.QueryRow(ctx, `SELECT id FROM jobs WHERE kind = $1 AND key = $2`, kind, key).Scan(&id); err != nil {
		return 0, false, fmt.Errorf("postgres: enqueue %s %s: %w", kind, key, err)
	}
	return id, false, nil
}

const jobColumns = `id, kind, COALESCE(key, ''), payload, state, attempts, max_attempts, error, run_at, updated_at`

// Claim hands the next runnable job of kinds (any kind when empty) to
// worker: a queued job whose run time has come, or a running job whose
// lease expired (its worker died), earliest run time first. The job becomes
// running, leased until now+lease, with one more attempt. A job whose lease
// expired on its last attempt is marked failed instead. Returns ENOTFOUND
// when nothing is runnable. Workers never wait on each other: rows another
// transaction is claiming are skipped (FOR UPDATE SKIP LOCKED).
func (db *DB) Claim(ctx context.Context, worker string, kinds []string, lease time.Duration) (*truthlens.Job, error) {
	if len(kinds) == 0 {
		kinds = nil
	}
	var job *truthlens.Job
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE jobs SET state = 'failed', locked_until = NULL, updated_at = now(),
			error = CASE WHEN error = '' THEN 'lease expired: worker ' || worker || ' did not finish' ELSE error END
			WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND locked_until <= now()
				AND attempts >= max_attempts FOR UPDATE SKIP LOCKED)`); err != nil {
			return fmt.Errorf("postgres: claim: %w", err)
		}
		j, err := scanJob(tx.QueryRow(ctx, `UPDATE jobs SET state = 'running', attempts = attempts + 1,
			worker = $1, locked_until = now() + $2 * interval '1 microsecond', updated_at = now()
			WHERE id = (SELECT id FROM jobs
				WHERE ((state = 'queued' AND run_at <= now())
					OR (state = 'running' AND locked_until <= now() AND attempts < max_attempts))
				AND ($3::text[] IS NULL OR kind = ANY($3))
				ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
			RETURNING `+jobColumns, worker, lease.Microseconds(), kinds))
		if isNoRows(err) {
			return nil // commit the expired jobs marked failed
		} else if err != nil {
			return fmt.Errorf("postgres: claim: %w", err)
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
	tag, err := db.pool.Exec(ctx, `UPDATE jobs SET state = 'done', locked_until = NULL, error = '',
		updated_at = now() WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("postgres: complete job %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return storeenc.NotFound("job", id)
	}
	return nil
}

// Fail records errMsg on job id. The job is queued again to run after
// backoff, unless it has used its attempts or backoff is negative (a
// permanent error): then it ends in state failed.
func (db *DB) Fail(ctx context.Context, id int64, errMsg string, backoff time.Duration) error {
	delay, permanent := storeenc.Retry(backoff)
	tag, err := db.pool.Exec(ctx, `UPDATE jobs SET error = $1, locked_until = NULL, updated_at = now(),
		state = CASE WHEN $3 OR attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
		run_at = CASE WHEN $3 OR attempts >= max_attempts THEN run_at
			ELSE now() + $2 * interval '1 microsecond' END
		WHERE id = $4`, storeenc.JobError(errMsg), delay.Microseconds(), permanent, id)
	if err != nil {
		return fmt.Errorf("postgres: fail job %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return storeenc.NotFound("job", id)
	}
	return nil
}

// Jobs lists the jobs in state (all states when empty) by id. Limit <= 0
// means no limit.
func (db *DB) Jobs(ctx context.Context, state string, limit int) ([]truthlens.Job, error) {
	rows, err := db.pool.Query(ctx, `SELECT `+jobColumns+` FROM jobs
		WHERE $1 = '' OR state = $1 ORDER BY id`+page(limit, 0), state)
	if err != nil {
		return nil, fmt.Errorf("postgres: jobs: %w", err)
	}
	defer rows.Close()
	out := []truthlens.Job{}
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: jobs: %w", err)
		}
		out = append(out, *j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: jobs: %w", err)
	}
	return out, nil
}

func scanJob(row pgx.Row) (*truthlens.Job, error) {
	var j truthlens.Job
	if err := row.Scan(&j.ID, &j.Kind, &j.Key, &j.Payload, &j.State, &j.Attempts, &j.MaxAttempts, &j.Error, &j.RunAt, &j.UpdatedAt); err != nil {
		return nil, err
	}
	j.RunAt = j.RunAt.UTC()
	j.UpdatedAt = j.UpdatedAt.UTC()
	return &j, nil
}

// Heartbeat extends the lease of running job id to now+lease, for a worker
// whose job takes longer than the lease it claimed it with. ENOTFOUND when
// the job is not running (completed, failed, or never existed).
func (db *DB) Heartbeat(ctx context.Context, id int64, lease time.Duration) error {
	tag, err := db.pool.Exec(ctx, `UPDATE jobs SET locked_until = now() + $1 * interval '1 microsecond',
		updated_at = now() WHERE id = $2 AND state = 'running'`, lease.Microseconds(), id)
	if err != nil {
		return fmt.Errorf("postgres: heartbeat job %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return storeenc.NotRunning(id)
	}
	return nil
}

// JobCounts returns how many jobs are in each state (states with none are
// absent), for metrics and status pages.
func (db *DB) JobCounts(ctx context.Context) (map[string]int, error) {
	rows, err := db.pool.Query(ctx, `SELECT state, count(*) FROM jobs GROUP BY state`)
	if err != nil {
		return nil, fmt.Errorf("postgres: job counts: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			return nil, fmt.Errorf("postgres: job counts: %w", err)
		}
		out[state] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: job counts: %w", err)
	}
	return out, nil
}
