package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/sqlite"
)

// TestMain lets the test binary act as the truthlens command (so crash
// tests can SIGKILL a real process without a separate build).
func TestMain(m *testing.M) {
	if os.Getenv("TRUTHLENS_TEST_AS_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// truthlensCmd runs the test binary as `truthlens args...`.
func truthlensCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "TRUTHLENS_TEST_AS_MAIN=1")
	return cmd
}

// writeCorpus writes n fictional articles as JSON Lines: groups of five
// outlets covering one invented event each (one of them a verbatim copy),
// every article with its own publish time so that order is well defined.
func writeCorpus(t *testing.T, path string, n int) {
	t.Helper()
	towns := []string{"Eastmere", "Westbrook", "Northvale", "Southport", "Highcliff", "Lowmoor", "Redwater", "Greyfield"}
	things := []string{"flood barrier", "tram line", "school", "bridge", "hospital wing", "wind farm", "library", "harbour wall"}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	base := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	enc := json.NewEncoder(f)
	for i := 0; i < n; i++ {
		ev := i / 5
		town := fmt.Sprintf("%s%d", towns[ev%len(towns)], ev)
		thing := things[(ev/len(towns))%len(things)]
		mayor := fmt.Sprintf("Mayor Ada Quill%d", ev)
		text := fmt.Sprintf("The council of %s voted %d to %d on Tuesday to build a %s costing %d.%d million euros, according to minutes published by the council.\n\n"+
			"\"We cannot wait any longer for the %s,\" said %s, who proposed the plan in March.\n\n"+
			"Opponents in %s said the cost of %d.%d million euros was too high.", town, 5+ev%4, 2, thing, 3+ev%7, ev%10, thing, mayor, town, 3+ev%7, ev%10)
		if i%5 != 1 { // article 1 of each group is a verbatim copy of article 0
			text += fmt.Sprintf("\n\nOutlet %d adds that the regional agency did not respond to a request for comment about the %s.", i%5, thing)
		}
		rec := map[string]string{
			"id": fmt.Sprintf("c%05d", i), "title": fmt.Sprintf("%s council approves %s", town, thing),
			"source": fmt.Sprintf("Outlet %d", i%5), "published": base.Add(time.Duration(i) * time.Minute).Format(time.RFC3339),
			"url": fmt.Sprintf("https://outlet%d.example/%s-%d", i%5, strings.ToLower(town), i), "text": text,
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
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

func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	const n = 2000
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, n)

	ref := filepath.Join(dir, "ref.db")
	start := time.Now()
	if out, err := truthlensCmd(t, "ingest", "--progress", "none", "--db", ref, corpus).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted import: %v\n%s", err, out)
	}
	refDur := time.Since(start)
	refURLs, refGroups := storeState(t, ref)
	if len(refURLs) != n {
		t.Fatalf("uninterrupted import stored %d articles, want %d", len(refURLs), n)
	}
	if len(refGroups) == 0 {
		t.Fatal("uninterrupted import made no stories")
	}

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
	if len(urls) != n {
		t.Fatalf("after the crash %d articles are stored, want %d", len(urls), n)
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
