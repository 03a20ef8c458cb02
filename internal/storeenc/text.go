package storeenc

import (
	"strings"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

// NoNUL drops NUL characters, which PostgreSQL text cannot hold.
func NoNUL(s string) string { return strings.ReplaceAll(s, "\x00", "") }

// NotFound is the error both stores return for a missing row: a
// *truthlens.Error with code ENOTFOUND ("article abc not found").
func NotFound(what string, id any) error {
	return truthlens.Errorf(truthlens.ENOTFOUND, "%s %v not found", what, id)
}

// MaxJobError bounds the error text kept on a job.
const MaxJobError = 4000

// JobError is msg as stored on a failed job: valid UTF-8 without NULs, cut
// to MaxJobError bytes on a rune boundary (then ending in "…").
func JobError(msg string) string {
	msg = strings.ToValidUTF8(NoNUL(msg), "\uFFFD")
	if len(msg) <= MaxJobError {
		return msg
	}
	cut := MaxJobError
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return msg[:cut] + "…"
}
