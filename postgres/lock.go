package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

var _ truthlens.Locker = (*DB)(nil)

// lockClass is the first key of the two-key advisory locks taken by
// WithLock (a key space apart from the one-key locks of migrations and
// stories); the second key is hashtext(name).
const lockClass = 0x746c // "tl"

// WithLock runs fn while holding the lock name, which no other goroutine
// or process using the same database holds at the same time. It is a
// session-level advisory lock on a connection set aside for it, so fn may
// use the store freely; if the process dies the lock is released with its
// connection.
func (db *DB) WithLock(ctx context.Context, name string, fn func(ctx context.Context) error) error {
	wait := storeenc.LockPoll
	var conn *pgxpool.Conn
	for {
		// A connection is held only once the lock is taken, so waiters
		// never starve the holder's fn of connections.
		c, err := db.pool.Acquire(ctx)
		if err != nil {
			return fmt.Errorf("postgres: lock %s: %w", name, err)
		}
		var ok bool
		if err := c.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, hashtext($2))`, lockClass, name).Scan(&ok); err != nil {
			// the session state is unknown: end it
			_ = c.Hijack().Close(context.WithoutCancel(ctx))
			return fmt.Errorf("postgres: lock %s: %w", name, err)
		}
		if ok {
			conn = c
			break
		}
		c.Release()
		select {
		case <-time.After(wait):
			wait = storeenc.NextLockPoll(wait)
		case <-ctx.Done():
			return fmt.Errorf("postgres: lock %s: %w", name, ctx.Err())
		}
	}
	defer func() {
		uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		var released bool
		err := conn.QueryRow(uctx, `SELECT pg_advisory_unlock($1, hashtext($2))`, lockClass, name).Scan(&released)
		if err != nil || !released {
			db.logger.Warn("releasing lock: closing its connection", "lock", name, "err", err)
			_ = conn.Hijack().Close(uctx) // ends the session, which frees the lock
			return
		}
		conn.Release()
	}()
	return fn(ctx)
}
