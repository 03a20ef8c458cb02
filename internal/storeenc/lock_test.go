package storeenc

import (
	"testing"
	"time"
)

func TestNextLockPoll(t *testing.T) {
	var got []time.Duration
	for w := LockPoll; len(got) < 7; w = NextLockPoll(w) {
		got = append(got, w)
	}
	want := []time.Duration{50, 100, 200, 400, 800, 1000, 1000}
	for i := range want {
		if got[i] != want[i]*time.Millisecond {
			t.Fatalf("lock polls %v, want %v ms", got, want)
		}
	}
}
