package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze"
	"github.com/truthlens/truthlens/extract"
	"github.com/truthlens/truthlens/fetch"
	"github.com/truthlens/truthlens/ingest"
	"github.com/truthlens/truthlens/llm"
)

// maxInputBytes caps one article (a file, stdin, or one JSON Lines
// record): news pages are well under a few MiB, and a bigger input would
// take tens of seconds and gigabytes for nothing useful. JSON Lines files
// themselves stream and have no cap.
const maxInputBytes = 10 << 20

// item is one article to process: a file, a URL, stdin, or one record of a
// JSON Lines dump. Input is the INPUT as given on the command line.
type item struct {
	Input string
	ID    string
	Line  int    // JSON Lines line number (0 otherwise)
	URL   string // to fetch (URL inputs only)
	Src   extract.Source
	Raw   []byte // a JSON Lines record's text or html as given (Src.Body may add the title)
	Err   error  // the input could not be read
}

// articleID is the id used in stories: the JSON Lines id, else the input
// path (with the line number for id-less JSON Lines records).
func (it item) articleID() string {
	if it.ID != "" {
		return it.ID
	}
	if it.Line > 0 {
		return fmt.Sprintf("%s:%d", it.Input, it.Line)
	}
	return it.Input
}

// inputConfig are the flags shared by every command that reads INPUTs.
type inputConfig struct {
	jsonl        bool
	allowPrivate bool
	timeout      time.Duration
	workers      int
	// text: errors are printed for people ("== INPUT" and the message)
	// instead of as error objects (--format text).
	text bool
}

// parse parses a command's flags and INPUTs (at least one is required)
// and notes whether errors are printed for people.
func (c *inputConfig) parse(fs *flag.FlagSet, args []string, format *outputFormat) ([]string, error) {
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return nil, err
	}
	c.text = format.value == "text"
	if len(inputs) == 0 {
		return nil, usagef("no INPUT given (a file, directory, URL, or - for stdin)")
	}
	return inputs, nil
}

func (c *inputConfig) register(fs interface {
	BoolVar(*bool, string, bool, string)
	DurationVar(*time.Duration, string, time.Duration, string)
	IntVar(*int, string, int, string)
}) {
	fs.BoolVar(&c.jsonl, "jsonl", false, "read standard input (-) as JSON Lines")
	fs.BoolVar(&c.allowPrivate, "allow-private", false, "allow fetching URLs on loopback/private addresses")
	fs.DurationVar(&c.timeout, "timeout", 20*time.Second, "time limit for fetching one URL")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "inputs processed in parallel")
}

// expand walks the INPUT arguments in order and emits one item per article.
// Unreadable inputs are emitted with Err set so the batch goes on.
func expand(e *env, cfg *inputConfig, args []string, emit func(item)) {
	for _, arg := range args {
		switch {
		case arg == "-":
			if cfg.jsonl {
				expandJSONL(arg, e.stdin, emit)
				continue
			}
			b, err := readCapped(e.stdin)
			if err != nil {
				emit(item{Input: arg, Err: fmt.Errorf("reading standard input: %w", err)})
				continue
			}
			emit(fileItem(arg, b))
		case isURL(arg):
			emit(item{Input: arg, URL: arg})
		default:
			expandPath(arg, emit)
		}
	}
}

func expandPath(path string, emit func(item)) {
	fi, err := os.Stat(path)
	if err != nil {
		emit(item{Input: path, Err: fmt.Errorf("cannot read %s: %w", path, unwrapPathError(err))})
		return
	}
	if !fi.IsDir() {
		expandFile(path, emit)
		return
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		emit(item{Input: path, Err: fmt.Errorf("cannot read directory %s: %w", path, unwrapPathError(err))})
		return
	}
	var names []string
	for _, de := range entries {
		if de.IsDir() {
			continue
		}
		switch strings.ToLower(filepath.Ext(de.Name())) {
		case ".html", ".htm", ".txt", ".jsonl":
			names = append(names, de.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		emit(item{Input: path, Err: fmt.Errorf("directory %s has no *.html, *.htm, *.txt or *.jsonl files", path)})
	}
	for _, n := range names {
		expandFile(filepath.Join(path, n), emit)
	}
}

func expandFile(path string, emit func(item)) {
	f, err := os.Open(path)
	if err != nil {
		emit(item{Input: path, Err: fmt.Errorf("cannot read %s: %w", path, unwrapPathError(err))})
		return
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		expandJSONL(path, f, emit)
		return
	}
	b, err := readCapped(f)
	if err != nil {
		emit(item{Input: path, Err: fmt.Errorf("cannot read %s: %w", path, err)})
		return
	}
	emit(fileItem(path, b))
}

func fileItem(input string, b []byte) item {
	return item{Input: input, Src: extract.Source{Input: input, Body: b}}
}

func expandJSONL(input string, r io.Reader, emit func(item)) {
	br := bufio.NewReader(r)
	if b, _ := br.Peek(len(utf8BOM)); bytes.Equal(b, utf8BOM) {
		br.Discard(len(utf8BOM))
	}
	records := 0
	err := ingest.ReadJSONL(br, func(line int, rec ingest.Record, err error) error {
		records++
		it := item{Input: input, ID: rec.ID, Line: line, Err: err}
		if err == nil && len(rec.HTML)+len(rec.Text) > maxInputBytes {
			it.Err = fmt.Errorf("line %d: record larger than %d MiB (the limit for one article)", line, maxInputBytes>>20)
		}
		if it.Err == nil {
			it.Src = extract.Source{Input: input, ID: rec.ID, URL: rec.URL, Site: rec.Source,
				Title: strings.TrimSpace(rec.Title), Published: rec.PublishedDate()}
			switch {
			case strings.TrimSpace(rec.HTML) != "":
				it.Src.Body, it.Src.Kind = []byte(rec.HTML), "html"
				it.Raw = it.Src.Body
			case strings.TrimSpace(rec.Text) != "":
				it.Src.Body, it.Src.Kind = []byte(rec.Text), "text"
				it.Raw = []byte(rec.Text)
			}
		}
		emit(it)
		return nil
	})
	if err != nil {
		emit(item{Input: input, Err: fmt.Errorf("reading %s: %w", input, err)})
		return
	}
	if records == 0 {
		emit(item{Input: input, Err: truthlens.Errorf(truthlens.EINVALID, "empty input: no JSON Lines records")})
	}
}

// isURL: an http(s) URL (the scheme in any case).
func isURL(s string) bool {
	l := strings.ToLower(s[:min(len(s), 8)])
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func readCapped(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxInputBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxInputBytes {
		return nil, fmt.Errorf("larger than %d MiB (the limit for one article)", maxInputBytes>>20)
	}
	return b, nil
}

// unwrapPathError drops the *PathError prefix (the path is said already).
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// loader turns items into extracted Documents, fetching URLs with the
// guarded client.
type loader struct {
	llm     *llm.Client // optional prose enrichment
	fetcher *fetch.Client
	timeout time.Duration
	now     time.Time
}

func newLoader(cfg *inputConfig) *loader {
	return &loader{
		fetcher: fetch.New(fetch.Options{AllowPrivate: cfg.allowPrivate, Timeout: cfg.timeout}),
		timeout: cfg.timeout,
		now:     time.Now(),
	}
}

// document extracts the item's article.
func (l *loader) document(ctx context.Context, it item) (truthlens.Document, error) {
	if it.Err != nil {
		return truthlens.Document{}, it.Err
	}
	src := it.Src
	if it.URL != "" {
		resp, err := l.fetcher.Get(ctx, it.URL)
		if err != nil {
			return truthlens.Document{}, err
		}
		src = extract.Source{Input: it.Input, URL: resp.URL, Body: resp.Body, ContentType: resp.ContentType}
	}
	if len(src.Body) == 0 && it.Line > 0 {
		return truthlens.Document{}, fmt.Errorf("line %d: record has no text or html (a headline alone cannot be extracted or analysed)", it.Line)
	}
	doc, err := extract.Extract(src, extract.Options{Now: l.now})
	if err != nil {
		return doc, err
	}
	doc.Input, doc.ID = it.Input, it.ID
	return doc, nil
}

// article extracts and analyses the item (and enriches the prose when an
// LLM is configured).
func (l *loader) article(ctx context.Context, it item) (*truthlens.Article, error) {
	doc, err := l.document(ctx, it)
	if err != nil {
		return nil, err
	}
	a := analyze.Analyze(doc)
	if l.llm != nil {
		l.llm.Enrich(ctx, &a, nil)
	}
	return &a, nil
}

// errorLine is the JSON object of a failed input.
func errorLine(it item, err error) []byte {
	b, _ := json.Marshal(truthlens.ErrorObject{Input: it.Input, ID: it.ID, Error: errText(err)})
	return b
}

// errorBlock is the text-format report of a failed input.
func errorBlock(it item, err error) []byte {
	id := ""
	if it.ID != "" {
		id = " (id " + it.ID + ")"
	}
	return []byte(fmt.Sprintf("== %s%s\nerror: %s\n", it.Input, id, errText(err)))
}

// errText is the message of err for users.
func errText(err error) string {
	if truthlens.ErrorCode(err) == truthlens.EINTERNAL {
		return err.Error()
	}
	return truthlens.ErrorMessage(err)
}

// result is the outcome of processing one item.
type result[R any] struct {
	val R
	err error
}

// processOrdered runs fn over the items on n workers and calls consume with
// the results in input order. At most a bounded window of results is held,
// so arbitrarily long batches stream in constant memory.
func processOrdered[R any](ctx context.Context, n int, produce func(emit func(item)), fn func(context.Context, item) (R, error), consume func(item, R, error) error) error {
	if n < 1 {
		n = 1
	}
	type job struct {
		it  item
		out chan result[R]
	}
	jobs := make(chan job)
	type pending struct {
		it  item
		out chan result[R]
	}
	order := make(chan pending, 4*n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := safeCall(ctx, j.it, fn)
				j.out <- result[R]{v, err}
			}
		}()
	}
	go func() {
		produce(func(it item) {
			c := make(chan result[R], 1)
			order <- pending{it, c}
			jobs <- job{it, c}
		})
		close(jobs)
		close(order)
	}()
	var firstErr error
	for p := range order {
		r := <-p.out
		if firstErr == nil {
			firstErr = consume(p.it, r.val, r.err)
		}
	}
	wg.Wait()
	return firstErr
}

// safeCall runs fn, turning a panic into that input's error so one bad
// page never kills a batch.
func safeCall[R any](ctx context.Context, it item, fn func(context.Context, item) (R, error)) (v R, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error while processing this input: %v", p)
		}
	}()
	return fn(ctx, it)
}
