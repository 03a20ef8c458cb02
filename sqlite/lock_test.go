package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// A lock left by a crashed process (never renewed) is taken over once its
// lease has passed, and a renewal by the old owner then fails.
func TestLockLeaseExpiry(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock.db")
	a, err := Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	ok, err := a.tryLock(t.Context(), "stories", "crashed")
	if err != nil || !ok {
		t.Fatalf("tryLock = %v, %v", ok, err)
	}
	if err := a.renewLock(t.Context(), "stories", "crashed"); err != nil {
		t.Errorf("renewLock by the owner: %v", err)
	}
	short, cancel := context.WithTimeout(t.Context(), 150*time.Millisecond)
	defer cancel()
	err = b.WithLock(short, "stories", func(context.Context) error { return nil })
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WithLock on a live lock: %v, want a deadline error", err)
	}

	b.SetClock(func() time.Time { return time.Now().Add(lockLease + time.Second) })
	ran := false
	if err := b.WithLock(t.Context(), "stories", func(context.Context) error { ran = true; return nil }); err != nil || !ran {
		t.Fatalf("WithLock after the lease passed: ran %v, err %v", ran, err)
	}
	if err := a.renewLock(t.Context(), "stories", "crashed"); err == nil {
		t.Error("renewLock by the old owner succeeded after the lock was released")
	}
}
