package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// WARCRecord is one WARC record. For "response" records with an HTTP
// payload, HTTPStatus, HTTPContentType and Body are the parsed HTTP
// response (body de-chunked and decompressed).
type WARCRecord struct {
	Type            string // response, request, metadata, warcinfo, resource, ...
	TargetURI       string
	Date            string
	ContentType     string // the WARC record's Content-Type
	HTTPStatus      int
	HTTPContentType string
	Body            []byte
	Offset          int64 // byte offset of the record in the (uncompressed) stream
}

// IsHTMLResponse reports whether the record is a successful HTTP response
// carrying an HTML page: the records worth extracting.
func (r *WARCRecord) IsHTMLResponse() bool {
	if r.Type != "response" || r.HTTPStatus < 200 || r.HTTPStatus > 299 {
		return false
	}
	ct := strings.ToLower(r.HTTPContentType)
	return ct == "" || strings.Contains(ct, "html")
}

// MaxWARCRecord bounds one record's content block.
const MaxWARCRecord = 64 << 20

// ErrNotWARC is returned when the stream does not start with a WARC record.
var ErrNotWARC = errors.New("not a WARC file (no WARC/1.x header)")

// ReadWARC reads a WARC 1.0/1.1 stream, plain or gzip-compressed (one
// member per record or one for the whole file), and calls fn for every
// record. A malformed HTTP payload is passed to fn as that record's error
// and reading goes on; a broken record framing ends the reading with an
// error (the rest of the stream cannot be trusted).
func ReadWARC(r io.Reader, fn func(rec WARCRecord, err error) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("warc: gzip: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	cr := &countingReader{r: br}
	rd := bufio.NewReaderSize(cr, 1<<16)
	first := true
	for {
		start := cr.n - int64(rd.Buffered())
		line, err := readHeaderLine(rd)
		if err == io.EOF && line == "" {
			return nil
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("warc: at byte %d: %w", start, err)
		}
		if line == "" { // blank lines between records
			if err == io.EOF {
				return nil
			}
			continue
		}
		if !strings.HasPrefix(line, "WARC/") {
			if first {
				return ErrNotWARC
			}
			return fmt.Errorf("warc: at byte %d: expected a WARC/1.x line, got %q", start, clip(line, 40))
		}
		first = false
		hdr, err := readHeaders(rd)
		if err != nil {
			return fmt.Errorf("warc: record at byte %d: %w", start, err)
		}
		n, err := strconv.ParseInt(strings.TrimSpace(hdr.Get("Content-Length")), 10, 64)
		if err != nil || n < 0 {
			return fmt.Errorf("warc: record at byte %d: bad Content-Length %q", start, hdr.Get("Content-Length"))
		}
		rec := WARCRecord{
			Type:        strings.ToLower(hdr.Get("WARC-Type")),
			TargetURI:   strings.Trim(hdr.Get("WARC-Target-URI"), "<> "),
			Date:        hdr.Get("WARC-Date"),
			ContentType: hdr.Get("Content-Type"),
			Offset:      start,
		}
		if n > MaxWARCRecord {
			if _, err := io.CopyN(io.Discard, rd, n); err != nil {
				return fmt.Errorf("warc: record at byte %d: truncated: %w", start, err)
			}
			if err := fn(rec, fmt.Errorf("record of %d bytes is larger than the %d MiB limit", n, MaxWARCRecord>>20)); err != nil {
				return err
			}
			continue
		}
		block := make([]byte, n)
		if _, err := io.ReadFull(rd, block); err != nil {
			return fmt.Errorf("warc: record at byte %d: truncated content block: %w", start, err)
		}
		var perr error
		if rec.Type == "response" && strings.Contains(strings.ToLower(rec.ContentType), "application/http") {
			perr = parseHTTPPayload(&rec, block)
		} else {
			rec.Body = block
		}
		if err := fn(rec, perr); err != nil {
			return err
		}
	}
}

// parseHTTPPayload parses an HTTP response block into rec.
func parseHTTPPayload(rec *WARCRecord, block []byte) error {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return fmt.Errorf("bad HTTP response in record for %s: %w", rec.TargetURI, err)
	}
	defer resp.Body.Close()
	rec.HTTPStatus = resp.StatusCode
	rec.HTTPContentType = resp.Header.Get("Content-Type")
	var body io.Reader = resp.Body
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return fmt.Errorf("bad gzip body in record for %s: %w", rec.TargetURI, err)
		}
		defer zr.Close()
		body = zr
	}
	b, err := io.ReadAll(io.LimitReader(body, MaxWARCRecord))
	rec.Body = b
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("reading HTTP body for %s: %w", rec.TargetURI, err)
	}
	return nil
}

func readHeaderLine(rd *bufio.Reader) (string, error) {
	var sb strings.Builder
	for {
		chunk, err := rd.ReadSlice('\n')
		if sb.Len() < 1<<16 {
			sb.Write(chunk)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return strings.TrimRight(sb.String(), "\r\n"), err
	}
}

func readHeaders(rd *bufio.Reader) (http.Header, error) {
	h := http.Header{}
	for i := 0; ; i++ {
		if i > 1000 {
			return nil, errors.New("too many header lines")
		}
		line, err := readHeaderLine(rd)
		if line == "" {
			if err != nil && err != io.EOF {
				return nil, err
			}
			if err == io.EOF && i == 0 {
				return nil, io.ErrUnexpectedEOF
			}
			return h, nil
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("malformed header line %q", clip(line, 40))
		}
		h.Add(strings.TrimSpace(k), strings.TrimSpace(v))
		if err == io.EOF {
			return h, nil
		}
	}
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
