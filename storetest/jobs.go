package storetest

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	truthlens "github.com/truthlens/truthlens"
)

func enqueue(t *testing.T, s truthlens.Store, kind, key string) int64 {
	t.Helper()
	id, created, err := s.Enqueue(ctx(t), kind, key, []byte(`{"key":"`+key+`"}`))
	must(t, "Enqueue "+key, err)
	if !created {
		t.Fatalf("Enqueue %s: created = false for a new key", key)
	}
	return id
}

func claim(t *testing.T, s truthlens.Store, worker string, kinds []string, lease time.Duration) *truthlens.Job {
	t.Helper()
	j, err := s.Claim(ctx(t), worker, kinds, lease)
	must(t, "Claim by "+worker, err)
	return j
}

func noClaim(t *testing.T, s truthlens.Store, why string) {
	t.Helper()
	j, err := s.Claim(ctx(t), "other", nil, time.Hour)
	if j != nil {
		t.Errorf("%s: claimed job %d (%s, attempts %d)", why, j.ID, j.State, j.Attempts)
	}
	wantCode(t, why, err, truthlens.ENOTFOUND)
}

func jobByID(t *testing.T, s truthlens.Store, id int64) truthlens.Job {
	t.Helper()
	all, err := s.Jobs(ctx(t), "", 0)
	must(t, "Jobs", err)
	for _, j := range all {
		if j.ID == id {
			return j
		}
	}
	t.Fatalf("job %d not listed", id)
	return truthlens.Job{}
}

func testJobs(t *testing.T, open opener) {
	t.Run("EnqueueIdempotent", func(t *testing.T) {
		s := open(t)
		before := time.Now().Add(-time.Minute)
		id := enqueue(t, s, "fetch", "https://a.example/1")
		id2, created, err := s.Enqueue(ctx(t), "fetch", "https://a.example/1", []byte("other"))
		must(t, "Enqueue again", err)
		if created || id2 != id {
			t.Errorf("same key again: id, created = %d, %v; want %d, false", id2, created, id)
		}
		other := enqueue(t, s, "analyze", "https://a.example/1") // keys are per kind
		if other == id {
			t.Error("another kind with the same key got the same job")
		}
		j := jobByID(t, s, id)
		if j.Kind != "fetch" || j.Key != "https://a.example/1" || j.State != truthlens.JobQueued ||
			j.Attempts != 0 || j.MaxAttempts != 5 || !bytes.Equal(j.Payload, []byte(`{"key":"https://a.example/1"}`)) ||
			j.RunAt.Before(before) || j.UpdatedAt.IsZero() || j.RunAt.Location() != time.UTC {
			t.Errorf("queued job = %+v", j)
		}
		queued, err := s.Jobs(ctx(t), truthlens.JobQueued, 1)
		must(t, "Jobs(queued, 1)", err)
		if len(queued) != 1 || queued[0].ID != id {
			t.Errorf("Jobs(queued, 1) = %+v, want job %d", queued, id)
		}
	})

	t.Run("ClaimComplete", func(t *testing.T) {
		s := open(t)
		first := enqueue(t, s, "fetch", "k1")
		feed := enqueue(t, s, "feed", "k2")
		second := enqueue(t, s, "fetch", "k3")
		j := claim(t, s, "w1", []string{"fetch"}, time.Hour)
		if j.ID != first || j.State != truthlens.JobRunning || j.Attempts != 1 || string(j.Payload) != `{"key":"k1"}` {
			t.Errorf("first claim = %+v, want job %d running with 1 attempt", j, first)
		}
		if j2 := claim(t, s, "w2", []string{"fetch", "other"}, time.Hour); j2.ID != second {
			t.Errorf("second claim = job %d, want %d", j2.ID, second)
		}
		if j3 := claim(t, s, "w3", nil, time.Hour); j3.ID != feed {
			t.Errorf("claim of any kind = job %d, want %d", j3.ID, feed)
		}
		noClaim(t, s, "all jobs leased")
		must(t, "Complete", s.Complete(ctx(t), first))
		if got := jobByID(t, s, first); got.State != truthlens.JobDone {
			t.Errorf("completed job state %q", got.State)
		}
		done, err := s.Jobs(ctx(t), truthlens.JobDone, 0)
		must(t, "Jobs(done)", err)
		running, err := s.Jobs(ctx(t), truthlens.JobRunning, 0)
		must(t, "Jobs(running)", err)
		if len(done) != 1 || len(running) != 2 || running[0].ID >= running[1].ID {
			t.Errorf("Jobs: %d done, running %+v", len(done), running)
		}
		// a completed job is not enqueued again by its key
		if _, created, err := s.Enqueue(ctx(t), "fetch", "k1", nil); err != nil || created {
			t.Errorf("Enqueue of a done key: created %v, err %v", created, err)
		}
		noClaim(t, s, "done job")
	})

	t.Run("LeaseExpiry", func(t *testing.T) {
		s := open(t)
		id := enqueue(t, s, "fetch", "k")
		j := claim(t, s, "dead-worker", nil, time.Millisecond)
		time.Sleep(20 * time.Millisecond)
		j2 := claim(t, s, "w2", nil, time.Hour)
		if j2.ID != id || j.ID != id || j2.Attempts != 2 || j2.State != truthlens.JobRunning {
			t.Errorf("re-claim after lease expiry = %+v, want job %d with 2 attempts", j2, id)
		}
		noClaim(t, s, "lease of an hour")
	})

	t.Run("RetryBackoffFailed", func(t *testing.T) {
		s := open(t)
		id := enqueue(t, s, "fetch", "k")
		claim(t, s, "w", nil, time.Hour)
		must(t, "Fail", s.Fail(ctx(t), id, "timeout 1", time.Hour))
		j := jobByID(t, s, id)
		if j.State != truthlens.JobQueued || j.Error != "timeout 1" || j.Attempts != 1 ||
			j.RunAt.Before(time.Now().Add(50*time.Minute)) {
			t.Errorf("after Fail with backoff = %+v, want queued in an hour with the error", j)
		}
		noClaim(t, s, "backing off")
		// another job runs meanwhile
		enqueue(t, s, "fetch", "unrelated")
		if o := claim(t, s, "w", []string{"fetch"}, time.Hour); o.Key != "unrelated" {
			t.Errorf("claimed %q while k backs off", o.Key)
		}
		// force k runnable again: fail it with zero backoff each time
		must(t, "Fail again", s.Fail(ctx(t), id, "timeout 1b", 0))
		for attempt := 2; attempt <= 5; attempt++ {
			j := claim(t, s, "w", nil, time.Hour)
			if j.ID != id || j.Attempts != attempt {
				t.Fatalf("attempt %d: claimed %+v", attempt, j)
			}
			must(t, "Fail", s.Fail(ctx(t), id, fmt.Sprintf("timeout %d", attempt), 0))
		}
		j = jobByID(t, s, id)
		if j.State != truthlens.JobFailed || j.Error != "timeout 5" || j.Attempts != 5 {
			t.Errorf("after max attempts = %+v, want failed with error %q", j, "timeout 5")
		}
		noClaim(t, s, "failed job")
		failed, err := s.Jobs(ctx(t), truthlens.JobFailed, 10)
		must(t, "Jobs(failed)", err)
		if len(failed) != 1 || failed[0].ID != id || failed[0].Error != "timeout 5" {
			t.Errorf("Jobs(failed) = %+v", failed)
		}
	})

	t.Run("PermanentFailure", func(t *testing.T) {
		s := open(t)
		id := enqueue(t, s, "analyze", "k")
		claim(t, s, "w", nil, time.Hour)
		must(t, "Fail permanent", s.Fail(ctx(t), id, "not an article", -1))
		if j := jobByID(t, s, id); j.State != truthlens.JobFailed || j.Attempts != 1 || j.Error != "not an article" {
			t.Errorf("after Fail with negative backoff = %+v, want failed at once", j)
		}
		noClaim(t, s, "permanently failed job")

		// a huge error is kept, cut to a bounded size
		id2 := enqueue(t, s, "analyze", "k2")
		claim(t, s, "w", nil, time.Hour)
		must(t, "Fail with a huge error", s.Fail(ctx(t), id2, strings.Repeat("é", 100000), -1))
		if j := jobByID(t, s, id2); len(j.Error) < 100 || len(j.Error) > 10000 || !utf8.ValidString(j.Error) {
			t.Errorf("huge error stored as %d bytes (valid UTF-8: %v)", len(j.Error), utf8.ValidString(j.Error))
		}
	})

	t.Run("LeaseExpiryOnLastAttempt", func(t *testing.T) {
		s := open(t)
		id := enqueue(t, s, "fetch", "k")
		for attempt := 1; attempt < 5; attempt++ {
			claim(t, s, "w", nil, time.Hour)
			must(t, "Fail", s.Fail(ctx(t), id, "boom", 0))
		}
		claim(t, s, "dies", nil, time.Millisecond)
		time.Sleep(20 * time.Millisecond)
		noClaim(t, s, "lease expired on the last attempt")
		j := jobByID(t, s, id)
		if j.State != truthlens.JobFailed || j.Attempts != 5 || j.Error == "" {
			t.Errorf("job whose last lease expired = %+v, want failed with an error", j)
		}
		if !strings.Contains(j.Error, "boom") && !strings.Contains(j.Error, "lease") {
			t.Errorf("error %q says neither the last error nor the lease", j.Error)
		}
	})

	t.Run("HeartbeatAndCounts", func(t *testing.T) {
		s := open(t)
		hb, ok := s.(interface {
			Heartbeat(ctx context.Context, id int64, lease time.Duration) error
		})
		if !ok {
			t.Skip("store has no Heartbeat")
		}
		id := enqueue(t, s, "fetch", "slow")
		wantCode(t, "Heartbeat of a queued job", hb.Heartbeat(ctx(t), id, time.Hour), truthlens.ENOTFOUND)
		claim(t, s, "w", nil, time.Millisecond)
		must(t, "Heartbeat", hb.Heartbeat(ctx(t), id, time.Hour))
		time.Sleep(20 * time.Millisecond)
		noClaim(t, s, "lease extended by a heartbeat")
		enqueue(t, s, "fetch", "other")
		must(t, "Complete", s.Complete(ctx(t), id))
		wantCode(t, "Heartbeat of a done job", hb.Heartbeat(ctx(t), id, time.Hour), truthlens.ENOTFOUND)
		wantCode(t, "Heartbeat of a missing job", hb.Heartbeat(ctx(t), 424242, time.Hour), truthlens.ENOTFOUND)

		jc, ok := s.(interface {
			JobCounts(ctx context.Context) (map[string]int, error)
		})
		if !ok {
			t.Skip("store has no JobCounts")
		}
		counts, err := jc.JobCounts(ctx(t))
		must(t, "JobCounts", err)
		if diff := cmp.Diff(map[string]int{truthlens.JobDone: 1, truthlens.JobQueued: 1}, counts); diff != "" {
			t.Errorf("JobCounts (-want +got):\n%s", diff)
		}
	})
}
