package storeenc

import "time"

// LockPoll is the first wait between tries of a WithLock lock held
// elsewhere; NextLockPoll doubles it up to a second.
const LockPoll = 50 * time.Millisecond

// NextLockPoll is the wait after wait before the next try of a lock.
func NextLockPoll(wait time.Duration) time.Duration { return min(2*wait, time.Second) }
