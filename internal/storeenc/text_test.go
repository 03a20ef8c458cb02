package storeenc

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

func TestJobError(t *testing.T) {
	if got := JobError("bad\x00 \xff input"); got != "bad \uFFFD input" {
		t.Errorf("JobError = %q", got)
	}
	long := strings.Repeat("é", MaxJobError) // 2 bytes each
	got := JobError(long)
	if !utf8.ValidString(got) || !strings.HasSuffix(got, "…") || len(got) > MaxJobError+len("…") {
		t.Errorf("JobError of %d bytes: %d bytes, valid %v", len(long), len(got), utf8.ValidString(got))
	}
	if short := strings.Repeat("a", MaxJobError); JobError(short) != short {
		t.Error("JobError cut a message of exactly MaxJobError bytes")
	}
}

func TestNotFound(t *testing.T) {
	var e *truthlens.Error
	err := NotFound("job", int64(7))
	if !errors.As(err, &e) || e.Code != truthlens.ENOTFOUND || !strings.Contains(err.Error(), "job 7 not found") {
		t.Errorf("NotFound = %v", err)
	}
}
