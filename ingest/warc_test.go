package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

func warcRecord(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2026-03-02T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, contentType, len(block), block)
}

func httpResponse(status int, ct, body string) string {
	return fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ct, len(body), body)
}

func sampleWARC() string {
	return warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n") +
		warcRecord("request", "http://example.org/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n") +
		warcRecord("response", "http://example.org/a", "application/http; msgtype=response", httpResponse(200, "text/html; charset=utf-8", "<html><p>Alpha</p></html>")) +
		warcRecord("response", "<http://example.org/b>", "application/http; msgtype=response", httpResponse(404, "text/html", "gone")) +
		warcRecord("response", "http://example.org/c.png", "application/http; msgtype=response", httpResponse(200, "image/png", "\x89PNG")) +
		warcRecord("response", "http://example.org/d", "application/http; msgtype=response", "garbage, not HTTP")
}

type warcSeen struct {
	typ, uri string
	html     bool
	body     string
	err      bool
}

func readAll(t *testing.T, data []byte) ([]warcSeen, error) {
	t.Helper()
	var got []warcSeen
	err := ReadWARC(bytes.NewReader(data), func(rec WARCRecord, err error) error {
		got = append(got, warcSeen{rec.Type, rec.TargetURI, rec.IsHTMLResponse(), string(rec.Body), err != nil})
		return nil
	})
	return got, err
}

func TestReadWARC(t *testing.T) {
	got, err := readAll(t, []byte(sampleWARC()))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 6 {
		t.Fatalf("got %d records: %+v", len(got), got)
	}
	if r := got[2]; !r.html || r.uri != "http://example.org/a" || r.body != "<html><p>Alpha</p></html>" {
		t.Errorf("response record: %+v", r)
	}
	if got[3].html || got[3].uri != "http://example.org/b" {
		t.Errorf("404 must not count as an article: %+v", got[3])
	}
	if got[4].html {
		t.Errorf("an image is not an HTML response: %+v", got[4])
	}
	if !got[5].err {
		t.Errorf("a garbage payload must be that record's error: %+v", got[5])
	}
}

func TestReadWARCGzipPerRecordAndWhole(t *testing.T) {
	var perRecord bytes.Buffer
	// one gzip member per record, as crawlers write them
	parts := strings.Split(sampleWARC(), "WARC/1.1\r\n")
	for _, p := range parts[1:] {
		zw := gzip.NewWriter(&perRecord)
		zw.Write([]byte("WARC/1.1\r\n" + p))
		zw.Close()
	}
	var whole bytes.Buffer
	zw := gzip.NewWriter(&whole)
	zw.Write([]byte(sampleWARC()))
	zw.Close()
	for name, data := range map[string][]byte{"per-record": perRecord.Bytes(), "whole": whole.Bytes()} {
		got, err := readAll(t, data)
		if err != nil || len(got) != 6 || !got[2].html {
			t.Errorf("%s: err %v, %d records", name, err, len(got))
		}
	}
}

func TestReadWARCErrors(t *testing.T) {
	if _, err := readAll(t, []byte("<html>not a warc</html>")); err != ErrNotWARC {
		t.Errorf("want ErrNotWARC, got %v", err)
	}
	trunc := sampleWARC()[:len(sampleWARC())-12]
	if _, err := readAll(t, []byte(trunc)); err == nil || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("want truncation error, got %v", err)
	}
	bad := "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nope\r\n\r\n"
	if _, err := readAll(t, []byte(bad)); err == nil || !strings.Contains(err.Error(), "Content-Length") {
		t.Errorf("want Content-Length error, got %v", err)
	}
	if got, err := readAll(t, nil); err != nil || len(got) != 0 {
		t.Errorf("empty stream: %v %v", got, err)
	}
}

func FuzzReadWARC(f *testing.F) {
	f.Add([]byte(sampleWARC()))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nab"))
	f.Add([]byte{0x1f, 0x8b, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = ReadWARC(bytes.NewReader(data), func(rec WARCRecord, err error) error {
			_ = rec.IsHTMLResponse()
			return nil
		})
	})
}
