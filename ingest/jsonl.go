// Package ingest turns sources (JSON Lines dumps, directories, feeds, OPML,
// WARC archives) into extract.Source values and feeds them to the store.
package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// Record is one line of a JSON Lines dump: only Text or HTML is required
// for analysis; a record with a Title alone is a headline (enough for
// story grouping).
type Record struct {
	ID        string          `json:"id"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
	Title     string          `json:"title"`
	Published json.RawMessage `json:"published"`
	HTML      string          `json:"html"`
	Text      string          `json:"text"`
}

// MaxLine is the longest JSON Lines record accepted (one article).
const MaxLine = 32 << 20

// PublishedDate normalises the record's published field: an RFC 3339 or
// YYYY-MM-DD string is kept, a number is read as Unix milliseconds (or
// seconds when small), anything else is dropped.
func (r Record) PublishedDate() truthlens.Date {
	raw := bytes.TrimSpace(r.Published)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	if raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return ""
		}
		return NormalizeDate(s)
	}
	n, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		return ""
	}
	return unixDate(n)
}

func unixDate(n float64) truthlens.Date {
	var t time.Time
	if n > 1e11 { // milliseconds
		t = time.UnixMilli(int64(n))
	} else {
		t = time.Unix(int64(n), 0)
	}
	return truthlens.Date(t.UTC().Format(time.RFC3339))
}

// NormalizeDate accepts common date spellings and returns the contract form
// (RFC 3339, or YYYY-MM-DD), or "" when it cannot read s.
func NormalizeDate(s string) truthlens.Date {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s); err == nil {
		return truthlens.Date(s)
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822} {
		if t, err := time.Parse(layout, s); err == nil {
			return truthlens.Date(t.Format(time.RFC3339))
		}
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil && n > 1e8 {
		return unixDate(n)
	}
	return ""
}

// ReadJSONL calls fn for every non-blank line of r with its 1-based line
// number; a line that is not a JSON object is passed with a non-nil error
// (and the batch goes on). fn returning an error stops the reading.
func ReadJSONL(r io.Reader, fn func(line int, rec Record, err error) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	line := 0
	for {
		b, err := readLine(br)
		if len(b) > 0 || err == nil {
			line++
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var rec Record
			var perr error
			if len(t) > MaxLine {
				perr = fmt.Errorf("line %d: record larger than %d bytes", line, MaxLine)
			} else if e := json.Unmarshal(t, &rec); e != nil {
				perr = fmt.Errorf("line %d: not a JSON object: %v", line, e)
			} else if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.HTML) == "" && strings.TrimSpace(rec.Title) == "" {
				perr = fmt.Errorf("line %d: record has no text, html or title", line)
			}
			if e := fn(line, rec, perr); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// readLine reads one line of any length, without its newline, capped at
// MaxLine+1 bytes (the rest of an over-long line is skipped).
func readLine(br *bufio.Reader) ([]byte, error) {
	var out []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(out) <= MaxLine {
			out = append(out, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(out, "\r\n"), err
	}
}
