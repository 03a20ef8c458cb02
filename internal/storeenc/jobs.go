package storeenc

import (
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// DefaultMaxAttempts is how many times a job runs before it fails for good.
const DefaultMaxAttempts = 5

// CheckEnqueue validates a job to enqueue: it needs a kind (EINVALID
// otherwise). It returns the payload to store, never nil (the column is
// NOT NULL).
func CheckEnqueue(kind string, payload []byte) ([]byte, error) {
	if kind == "" {
		return nil, truthlens.Errorf(truthlens.EINVALID, "job without kind")
	}
	if payload == nil {
		payload = []byte{}
	}
	return payload, nil
}

// Retry reads the backoff given to Fail: a negative backoff is a permanent
// error (the job fails for good, whatever attempts it has left); otherwise
// the job runs again after delay.
func Retry(backoff time.Duration) (delay time.Duration, permanent bool) {
	return max(0, backoff), backoff < 0
}

// NoJob is the ENOTFOUND error of a Claim that found nothing runnable.
func NoJob() error { return truthlens.Errorf(truthlens.ENOTFOUND, "no job to claim") }

// NotRunning is the ENOTFOUND error of a Heartbeat on a job that is not
// running (completed, failed, or never existed).
func NotRunning(id int64) error {
	return truthlens.Errorf(truthlens.ENOTFOUND, "running job %d not found", id)
}
