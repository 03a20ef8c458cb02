package storeenc

import (
	"errors"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

func TestRetry(t *testing.T) {
	for _, c := range []struct {
		backoff, delay time.Duration
		permanent      bool
	}{
		{time.Minute, time.Minute, false},
		{0, 0, false},
		{-1, 0, true},
		{-time.Hour, 0, true},
	} {
		d, p := Retry(c.backoff)
		if d != c.delay || p != c.permanent {
			t.Errorf("Retry(%v) = %v, %v; want %v, %v", c.backoff, d, p, c.delay, c.permanent)
		}
	}
}

func TestCheckEnqueue(t *testing.T) {
	p, err := CheckEnqueue("fetch", nil)
	if err != nil || p == nil || len(p) != 0 {
		t.Errorf("CheckEnqueue(nil payload) = %v, %v; want empty non-nil", p, err)
	}
	if p, _ := CheckEnqueue("fetch", []byte("{}")); string(p) != "{}" {
		t.Errorf("payload changed: %s", p)
	}
	var e *truthlens.Error
	if _, err := CheckEnqueue("", []byte("{}")); !errors.As(err, &e) || e.Code != truthlens.EINVALID {
		t.Errorf("CheckEnqueue without kind = %v, want EINVALID", err)
	}
}

func TestJobErrors(t *testing.T) {
	for _, err := range []error{NoJob(), NotRunning(3)} {
		var e *truthlens.Error
		if !errors.As(err, &e) || e.Code != truthlens.ENOTFOUND {
			t.Errorf("%v is not ENOTFOUND", err)
		}
	}
}
