package main

import (
	"context"
	"fmt"
	"math/rand"
	neturl "net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/synth"
	"github.com/truthlens/truthlens/postgres"
	"github.com/truthlens/truthlens/sqlite"
)

// TestMain lets the test binary act as the truthlens command (so crash
// tests can SIGKILL a real process without a separate build).
func TestMain(m *testing.M) {
	if os.Getenv("TRUTHLENS_TEST_AS_MAIN") == "1" {
		main()
		return
	}
	code := m.Run()
	if reference.dir != "" {
		os.RemoveAll(reference.dir)
	}
	os.Exit(code)
}

// truthlensCmd runs the test binary as `truthlens args...`.
func truthlensCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "TRUTHLENS_TEST_AS_MAIN=1")
	return cmd
}

// writeCorpus writes n fictional articles as JSON Lines (internal/synth).
func writeCorpus(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := synth.WriteCorpus(f, n); err != nil {
		t.Fatal(err)
	}
}

// storeState is what a finished import must look like: the article URLs
// (each once) and the story groups as sets of article URLs.
func storeState(t *testing.T, path string) (urls []string, groups []string) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	return collectState(t, ctx, db)
}

func collectState(t *testing.T, ctx context.Context, st truthlens.Store) (urls []string, groups []string) {
	arts, err := st.RecentArticles(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	url := map[string]string{}
	for _, a := range arts {
		urls = append(urls, a.URL)
		url[a.ID] = a.URL
	}
	sort.Strings(urls)
	stories, _, err := st.Stories(ctx, 1_000_000, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stories {
		var members []string
		for _, id := range s.Articles {
			members = append(members, url[id])
		}
		sort.Strings(members)
		groups = append(groups, strings.Join(members, " "))
	}
	sort.Strings(groups)
	return urls, groups
}

// crashCorpusSize is the size of the import the crash tests interrupt.
const crashCorpusSize = 2000

// reference is the corpus and the state of an uninterrupted import of it,
// computed once for all crash tests.
var reference struct {
	once   sync.Once
	dir    string
	corpus string
	dur    time.Duration
	urls   []string
	groups []string
	err    string
}

func crashReference(t *testing.T) (corpus string, dur time.Duration, urls, groups []string) {
	t.Helper()
	reference.once.Do(func() {
		dir, err := os.MkdirTemp("", "truthlens-crash-")
		if err != nil {
			reference.err = err.Error()
			return
		}
		reference.dir = dir
		reference.corpus = filepath.Join(dir, "corpus.jsonl")
		writeCorpus(t, reference.corpus, crashCorpusSize)
		ref := filepath.Join(dir, "ref.db")
		start := time.Now()
		if out, err := truthlensCmd(t, "ingest", "--progress", "none", "--db", ref, reference.corpus).CombinedOutput(); err != nil {
			reference.err = fmt.Sprintf("uninterrupted import: %v\n%s", err, out)
			return
		}
		reference.dur = time.Since(start)
		reference.urls, reference.groups = storeState(t, ref)
	})
	if reference.err != "" {
		t.Fatal(reference.err)
	}
	if len(reference.urls) != crashCorpusSize {
		t.Fatalf("uninterrupted import stored %d articles, want %d", len(reference.urls), crashCorpusSize)
	}
	if len(reference.groups) == 0 {
		t.Fatal("uninterrupted import made no stories")
	}
	return reference.corpus, reference.dur, reference.urls, reference.groups
}

func sameState(t *testing.T, urls, groups, refGroups []string) {
	t.Helper()
	if len(urls) != crashCorpusSize {
		t.Fatalf("after the crash %d articles are stored, want %d", len(urls), crashCorpusSize)
	}
	for i := 1; i < len(urls); i++ {
		if urls[i] == urls[i-1] {
			t.Fatalf("article %s stored twice", urls[i])
		}
	}
	if strings.Join(groups, "\n") != strings.Join(refGroups, "\n") {
		t.Fatalf("story groups differ from the uninterrupted run: %d vs %d groups", len(groups), len(refGroups))
	}
}

func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	corpus, refDur, _, refGroups := crashReference(t)
	dir := t.TempDir()

	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewSource(seed))
	kill := time.Duration(float64(refDur) * (0.15 + 0.6*rng.Float64()))
	t.Logf("reference import took %s; killing the second import after %s (seed %d)", refDur, kill, seed)
	crashed := filepath.Join(dir, "crashed.db")
	cmd := truthlensCmd(t, "ingest", "--progress", "none", "--lease", "2s", "--db", crashed, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(kill)
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	// Restart: the same command resumes from the durable queue.
	if out, err := truthlensCmd(t, "ingest", "--progress", "none", "--lease", "2s", "--db", crashed, corpus).CombinedOutput(); err != nil {
		t.Fatalf("resumed import: %v\n%s", err, out)
	}
	urls, groups := storeState(t, crashed)
	sameState(t, urls, groups, refGroups)
}

func TestTwoPostgresWorkersOneKilled(t *testing.T) {
	base := os.Getenv("TRUTHLENS_TEST_POSTGRES")
	if base == "" {
		t.Skip("TRUTHLENS_TEST_POSTGRES not set: PostgreSQL crash test skipped (.ci/run sets it)")
	}
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	corpus, refDur, _, refGroups := crashReference(t)
	ctx := context.Background()
	url := freshSchema(t, base)
	if out, err := truthlensCmd(t, "ingest", "--progress", "none", "--enqueue-only", "--database-url", url, corpus).CombinedOutput(); err != nil {
		t.Fatalf("enqueue: %v\n%s", err, out)
	}
	workerA := truthlensCmd(t, "worker", "--until-empty", "--lease", "2s", "--database-url", url)
	workerB := truthlensCmd(t, "worker", "--until-empty", "--lease", "2s", "--database-url", url)
	var outB strings.Builder
	workerB.Stdout, workerB.Stderr = &outB, &outB
	if err := workerA.Start(); err != nil {
		t.Fatal(err)
	}
	if err := workerB.Start(); err != nil {
		t.Fatal(err)
	}
	seed := time.Now().UnixNano()
	kill := time.Duration(float64(refDur) * (0.1 + 0.4*rand.New(rand.NewSource(seed)).Float64()))
	t.Logf("killing worker A after %s (seed %d)", kill, seed)
	time.Sleep(kill)
	_ = workerA.Process.Signal(syscall.SIGKILL)
	_ = workerA.Wait()
	if err := workerB.Wait(); err != nil {
		t.Fatalf("worker B: %v\n%s", err, outB.String())
	}
	db, err := postgres.Open(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	urls, groups := collectState(t, ctx, db)
	sameState(t, urls, groups, refGroups)
}

// freshSchema creates a schema for one test and returns a URL that uses it.
func freshSchema(t *testing.T, base string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connecting to PostgreSQL: %v", err)
	}
	schema := fmt.Sprintf("crash_%d", time.Now().UnixNano())
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		conn.Close(context.Background())
	})
	u, err := neturl.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
