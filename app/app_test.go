package app

import (
	"context"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
	"github.com/truthlens/truthlens/internal/synth"
	"github.com/truthlens/truthlens/sqlite"
)

func newService(t *testing.T) *Service {
	t.Helper()
	db, err := sqlite.Open(context.Background(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &Service{Store: db}
}

func submitSynth(t *testing.T, s *Service, i int) (*truthlens.Article, bool) {
	t.Helper()
	r := synth.Article(i)
	a, created, err := s.Submit(context.Background(), extract.Source{Input: r.ID, URL: r.URL, Site: r.Source, Title: r.Title,
		Published: truthlens.Date(r.Published), Kind: "text", Body: []byte(r.Text)})
	if err != nil {
		t.Fatal(err)
	}
	return a, created
}

func TestSubmitStoresOnceAndGroupsStories(t *testing.T) {
	s := newService(t)
	for i := 0; i < 5; i++ { // one invented event covered by five outlets
		if _, created := submitSynth(t, s, i); !created {
			t.Fatalf("article %d not created", i)
		}
	}
	if _, created := submitSynth(t, s, 2); created {
		t.Fatal("the same article submitted twice was stored twice")
	}
	a, _ := submitSynth(t, s, 0)
	if a.Story == nil {
		t.Fatal("article not assigned to a story")
	}
	st, err := s.Store.Story(context.Background(), *a.Story)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Articles) != 5 {
		t.Fatalf("story has %d articles, want 5", len(st.Articles))
	}
	n := 0
	for _, c := range a.Scores.Accuracy.Checks {
		if strings.HasPrefix(c.ID, CheckPrefix) {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no corroboration checks fed back into the accuracy score")
	}
	// Regrouping again must not add the story checks twice.
	if err := s.Recluster(context.Background()); err != nil {
		t.Fatal(err)
	}
	again, _ := s.Store.Article(context.Background(), a.ID)
	m := 0
	for _, c := range again.Scores.Accuracy.Checks {
		if strings.HasPrefix(c.ID, CheckPrefix) {
			m++
		}
	}
	if m != n {
		t.Fatalf("story checks: %d after regrouping, %d before", m, n)
	}
	sc := again.Scores
	sc.Recompute()
	if sc.Overall != again.Scores.Overall {
		t.Fatal("stored scores are not recomputable from their checks")
	}
}

func TestSubmitBadInputIsInvalid(t *testing.T) {
	s := newService(t)
	_, _, err := s.Submit(context.Background(), extract.Source{Input: "x", Body: []byte("\x00\x01\x02")})
	if truthlens.ErrorCode(err) != truthlens.EINVALID {
		t.Fatalf("want EINVALID, got %v", err)
	}
}
