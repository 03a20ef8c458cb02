package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"sync"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

var _ truthlens.Locker = (*DB)(nil)

// Lock timing: a held lock expires lockLease after its last renewal (so a
// crashed process frees it); the holder renews it every lockLease/3.
const lockLease = 30 * time.Second

// locks are this process's per-name locks (so goroutines of one process
// queue on a channel instead of polling the database).
type locks struct {
	mu sync.Mutex
	ch map[string]chan struct{}
}

func (l *locks) get(name string) chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ch == nil {
		l.ch = map[string]chan struct{}{}
	}
	c, ok := l.ch[name]
	if !ok {
		c = make(chan struct{}, 1)
		l.ch[name] = c
	}
	return c
}

// WithLock runs fn while holding the lock name, which no other goroutine
// or process using the same database file holds at the same time. The lock
// is a row in the locks table with a lease renewed while fn runs, so fn
// may write to the store (the writer connection is not held).
func (db *DB) WithLock(ctx context.Context, name string, fn func(ctx context.Context) error) error {
	local := db.locks.get(name)
	select {
	case local <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("sqlite: lock %s: %w", name, ctx.Err())
	}
	defer func() { <-local }()

	var tok [12]byte
	_, _ = rand.Read(tok[:])
	owner := hex.EncodeToString(tok[:])
	wait := storeenc.LockPoll
	for {
		ok, err := db.tryLock(ctx, name, owner)
		if err != nil {
			return err
		}
		if ok {
			break
		}
		select {
		case <-time.After(wait):
			wait = storeenc.NextLockPoll(wait)
		case <-ctx.Done():
			return fmt.Errorf("sqlite: lock %s: %w", name, ctx.Err())
		}
	}

	stop := make(chan struct{})
	renewed := make(chan struct{})
	go func() {
		defer close(renewed)
		t := time.NewTicker(lockLease / 3)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if err := db.renewLock(context.WithoutCancel(ctx), name, owner); err != nil {
					db.logger.Warn("renewing lock", "lock", name, "err", err)
				}
			}
		}
	}()
	defer func() {
		close(stop)
		<-renewed
		err := db.inTx(context.WithoutCancel(ctx), func(tx *sql.Tx) error {
			_, err := tx.Exec(`DELETE FROM locks WHERE name = ? AND owner = ?`, name, owner)
			return err
		})
		if err != nil {
			db.logger.Warn("releasing lock", "lock", name, "err", err)
		}
	}()
	return fn(ctx)
}

// tryLock takes the lock if it is free or its lease expired.
func (db *DB) tryLock(ctx context.Context, name, owner string) (bool, error) {
	now := db.nowUTC()
	var n int64
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO locks (name, owner, expires_at) VALUES (?1, ?2, ?3)
			ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
			WHERE locks.expires_at <= ?4`, name, owner, fmtTime(now.Add(lockLease)), fmtTime(now))
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return false, fmt.Errorf("sqlite: lock %s: %w", name, err)
	}
	return n == 1, nil
}

func (db *DB) renewLock(ctx context.Context, name, owner string) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE locks SET expires_at = ? WHERE name = ? AND owner = ?`,
			fmtTime(db.nowUTC().Add(lockLease)), name, owner)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("lock %s was lost", name)
		}
		return nil
	})
}
