package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// testLocker checks truthlens.Locker on one store, when it implements it.
func testLocker(t *testing.T, open opener) {
	s := open(t)
	l, ok := s.(truthlens.Locker)
	if !ok {
		t.Skip("store does not implement truthlens.Locker")
	}
	t.Run("Exclusive", func(t *testing.T) { lockExclusive(t, l, l) })

	t.Run("WritesInside", func(t *testing.T) {
		// the store stays usable for writes while the lock is held
		err := l.WithLock(ctx(t), "stories", func(ctx context.Context) error {
			id, _, err := s.SaveArticle(ctx, article("https://lock.example.com/1", "L", "t", "x", day(0), 5))
			if err != nil {
				return err
			}
			return s.ReplaceStories(ctx, []truthlens.Story{story("ls", id)})
		})
		must(t, "WithLock with writes", err)
	})

	t.Run("ErrorAndCancel", func(t *testing.T) {
		boom := errors.New("boom")
		if err := l.WithLock(ctx(t), "x", func(context.Context) error { return boom }); !errors.Is(err, boom) {
			t.Errorf("WithLock returned %v, want fn's error", err)
		}
		held, release := make(chan struct{}), make(chan struct{})
		done := make(chan error, 1)
		go func() {
			done <- l.WithLock(context.Background(), "x", func(context.Context) error {
				close(held)
				<-release
				return nil
			})
		}()
		<-held
		c, cancel := context.WithTimeout(ctx(t), 100*time.Millisecond)
		defer cancel()
		ran := false
		err := l.WithLock(c, "x", func(context.Context) error { ran = true; return nil })
		if ran || !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("WithLock on a held lock with a deadline: ran %v, err %v", ran, err)
		}
		// another name is not blocked
		must(t, "WithLock other name", l.WithLock(ctx(t), "y", func(context.Context) error { return nil }))
		close(release)
		must(t, "holder", <-done)
		must(t, "WithLock after release", l.WithLock(ctx(t), "x", func(context.Context) error { return nil }))
	})
}

// lockExclusive runs critical sections through a and b at once and fails
// if two ever overlap.
func lockExclusive(t *testing.T, a, b truthlens.Locker) {
	t.Helper()
	var inside, overlaps, runs atomic.Int32
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range 6 {
		l := a
		if i%2 == 1 {
			l = b
		}
		wg.Go(func() {
			errs[i] = l.WithLock(ctx(t), "stories", func(context.Context) error {
				if inside.Add(1) > 1 {
					overlaps.Add(1)
				}
				time.Sleep(5 * time.Millisecond)
				inside.Add(-1)
				runs.Add(1)
				return nil
			})
		})
	}
	wg.Wait()
	must(t, "WithLock", errors.Join(errs...))
	if overlaps.Load() != 0 || runs.Load() != 6 {
		t.Errorf("%d overlapping critical sections in %d runs", overlaps.Load(), runs.Load())
	}
}

// Shared checks two stores opened on the same database (as two processes
// would): deduplication, exclusive job claims and, for Lockers, the lock.
func Shared(t *testing.T, a, b truthlens.Store) {
	t.Run("SaveSameArticle", func(t *testing.T) {
		var wg sync.WaitGroup
		created := make([]bool, 8)
		errs := make([]error, 8)
		for i := range 8 {
			s := []truthlens.Store{a, b}[i%2]
			wg.Go(func() {
				_, created[i], errs[i] = s.SaveArticle(ctx(t), article("https://shared.example.com/x", "S", "t", "x", day(0), 5))
			})
		}
		wg.Wait()
		must(t, "SaveArticle", errors.Join(errs...))
		n := 0
		for _, c := range created {
			if c {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d saves created the article, want 1", n)
		}
	})
	t.Run("ClaimExclusive", func(t *testing.T) {
		for i := range 12 {
			enqueue(t, a, "shared", fmt.Sprint(i))
		}
		var mu sync.Mutex
		seen := map[int64]bool{}
		var dup []int64
		var wg sync.WaitGroup
		for w := range 4 {
			s := []truthlens.Store{a, b}[w%2]
			wg.Go(func() {
				for {
					j, err := s.Claim(ctx(t), fmt.Sprint("w", w), []string{"shared"}, time.Hour)
					if err != nil {
						if truthlens.ErrorCode(err) != truthlens.ENOTFOUND {
							t.Errorf("Claim: %v", err)
						}
						return
					}
					mu.Lock()
					if seen[j.ID] {
						dup = append(dup, j.ID)
					}
					seen[j.ID] = true
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(seen) != 12 || len(dup) > 0 {
			t.Errorf("claimed %d distinct jobs (want 12), handed out twice: %v", len(seen), dup)
		}
	})
	la, oka := a.(truthlens.Locker)
	lb, okb := b.(truthlens.Locker)
	if oka && okb {
		t.Run("Lock", func(t *testing.T) { lockExclusive(t, la, lb) })
	}
}
