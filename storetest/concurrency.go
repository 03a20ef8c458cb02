package storetest

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

func testConcurrency(t *testing.T, open opener) {
	t.Run("SaveSameArticle", func(t *testing.T) {
		s := open(t)
		const n = 8
		ids := make([]string, n)
		created := make([]bool, n)
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				a := article("https://race.example.com/same", "Race", fmt.Sprint("try ", i), "Same article.", day(0), 5)
				ids[i], created[i], errs[i] = s.SaveArticle(ctx(t), a)
			})
		}
		wg.Wait()
		must(t, "concurrent SaveArticle", errors.Join(errs...))
		nCreated := 0
		for i := range n {
			if ids[i] != ids[0] {
				t.Errorf("goroutine %d got id %q, goroutine 0 %q", i, ids[i], ids[0])
			}
			if created[i] {
				nCreated++
			}
		}
		if nCreated != 1 {
			t.Errorf("%d goroutines created the article, want exactly 1", nCreated)
		}
		if total := count(t, s, truthlens.ArticleFilter{}); total != 1 {
			t.Errorf("%d rows, want 1", total)
		}
	})

	t.Run("ClaimExclusive", func(t *testing.T) {
		s := open(t)
		const jobs, workers = 24, 4
		for i := range jobs {
			enqueue(t, s, "fetch", fmt.Sprint("job-", i))
		}
		var mu sync.Mutex
		claimed := map[int64]string{}
		var errs []error
		var wg sync.WaitGroup
		for w := range workers {
			name := fmt.Sprint("worker-", w)
			wg.Go(func() {
				for {
					j, err := s.Claim(ctx(t), name, []string{"fetch"}, time.Hour)
					if truthlens.ErrorCode(err) == truthlens.ENOTFOUND {
						return
					}
					mu.Lock()
					if err != nil {
						errs = append(errs, err)
						mu.Unlock()
						return
					}
					if prev, ok := claimed[j.ID]; ok {
						errs = append(errs, fmt.Errorf("job %d handed to %s and %s", j.ID, prev, name))
					}
					claimed[j.ID] = name
					mu.Unlock()
					if err := s.Complete(ctx(t), j.ID); err != nil {
						mu.Lock()
						errs = append(errs, err)
						mu.Unlock()
					}
				}
			})
		}
		wg.Wait()
		must(t, "concurrent Claim", errors.Join(errs...))
		if len(claimed) != jobs {
			t.Errorf("%d jobs claimed, want %d", len(claimed), jobs)
		}
		done, err := s.Jobs(ctx(t), truthlens.JobDone, 0)
		must(t, "Jobs", err)
		if len(done) != jobs {
			t.Errorf("%d jobs done, want %d", len(done), jobs)
		}
	})

	t.Run("ReplaceStories", func(t *testing.T) {
		s := open(t)
		ids := seedListing(t, s)
		// workers regroup overlapping sets at once; whatever the order,
		// every article must point at a story that lists it and back.
		groups := [][]truthlens.Story{
			{story("g1", ids[0], ids[1]), story("g2", ids[2])},
			{story("g3", ids[1], ids[2], ids[3])},
			{story("g4", ids[3], ids[4]), story("g5", ids[5])},
			{story("g6", ids[0], ids[5])},
		}
		var wg sync.WaitGroup
		errs := make([]error, len(groups)*3)
		for r := range 3 {
			for i, g := range groups {
				wg.Go(func() { errs[r*len(groups)+i] = s.ReplaceStories(ctx(t), g) })
			}
		}
		wg.Wait()
		must(t, "concurrent ReplaceStories", errors.Join(errs...))
		all, total, err := s.Stories(ctx(t), 0, 0)
		must(t, "Stories", err)
		if total != len(all) {
			t.Errorf("total %d, listed %d", total, len(all))
		}
		members := map[string]string{}
		for _, st := range all {
			for _, a := range st.Articles {
				if prev, ok := members[a]; ok {
					t.Errorf("article %s is in stories %s and %s", a, prev, st.ID)
				}
				members[a] = st.ID
			}
		}
		for _, id := range ids {
			got := storyOf(t, s, id)
			if got != members[id] {
				t.Errorf("article %s points at story %q, stories list it in %q", id, got, members[id])
			}
		}
	})
}
