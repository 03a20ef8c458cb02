package story

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/eval/stories"
	"pgregory.net/rapid"
)

func allFixtures() []truthlens.Article {
	var arts []truthlens.Article
	arts = append(arts, wireCopies()...)
	arts = append(arts, twoEvents()...)
	arts = append(arts, bridgeQuotes()...)
	arts = append(arts, headlines()...)
	return arts
}

// checkPartition checks the contract invariants of a grouping: every
// article in at most one story (exactly one with Singletons), origins and
// copies among the story's articles, counts consistent.
func checkPartition(t interface{ Fatalf(string, ...any) }, arts []truthlens.Article, sts []truthlens.Story, singletons bool) {
	in := map[string]int{}
	ids := map[string]bool{}
	for i := range arts {
		ids[ArticleID(&arts[i])] = true
	}
	storyIDs := map[string]bool{}
	for _, st := range sts {
		if storyIDs[st.ID] {
			t.Fatalf("story id %s twice", st.ID)
		}
		storyIDs[st.ID] = true
		if len(st.Articles) == 0 || (!singletons && len(st.Articles) < 2) {
			t.Fatalf("story %s has %d articles", st.ID, len(st.Articles))
		}
		for _, a := range st.Articles {
			in[a]++
		}
		if !slices.Contains(st.Articles, st.Origin) || st.ID != StoryID(st.Origin) {
			t.Fatalf("story %s: origin %q", st.ID, st.Origin)
		}
		if st.IndependentSources < 1 || st.IndependentSources > len(st.Articles)-len(st.Copies) {
			t.Fatalf("story %s: %d independent sources, %d articles, %d copies", st.ID, st.IndependentSources, len(st.Articles), len(st.Copies))
		}
		for _, c := range st.Copies {
			if !slices.Contains(st.Articles, c.ID) || !slices.Contains(st.Articles, c.Of) || c.ID == c.Of || c.ID == st.Origin {
				t.Fatalf("story %s: bad copy %+v", st.ID, c)
			}
		}
	}
	for id, n := range in {
		if n > 1 {
			t.Fatalf("article %s in %d stories", id, n)
		}
	}
	if singletons {
		for id := range ids {
			if in[id] != 1 {
				t.Fatalf("with Singletons, article %s is in %d stories", id, in[id])
			}
		}
	}
}

// TestOrderIndependent: the same articles in any order give byte-identical
// stories.
func TestOrderIndependent(t *testing.T) {
	arts := allFixtures()
	want, _ := json.Marshal(Group(arts, Options{}))
	rapid.Check(t, func(t *rapid.T) {
		perm := rapid.Permutation(arts).Draw(t, "perm")
		got, _ := json.Marshal(Group(perm, Options{}))
		if string(got) != string(want) {
			t.Fatalf("order changed the result")
		}
		checkPartition(t, perm, Group(perm, Options{Singletons: true}), true)
	})
}

// TestRandomArticles: arbitrary small batches never panic and keep the
// partition invariants.
func TestRandomArticles(t *testing.T) {
	words := strings.Fields("Marlow storm flood bridge Orsk minister fined regulator school Kestrel tunnel Varnholm cherry harvest bank rates quote said the a of and 12 1961 “ ” \" … .")
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 12).Draw(t, "n")
		var arts []truthlens.Article
		for i := 0; i < n; i++ {
			title := strings.Join(rapid.SliceOfN(rapid.SampledFrom(words), 0, 8).Draw(t, "title"), " ")
			text := strings.Join(rapid.SliceOfN(rapid.SampledFrom(words), 0, 60).Draw(t, "text"), " ")
			id := fmt.Sprintf("a%d", rapid.IntRange(0, 8).Draw(t, "id")) // duplicates allowed
			a := art(id, rapid.SampledFrom([]string{"", "A", "B"}).Draw(t, "site"),
				rapid.SampledFrom([]string{"", "2026-01-01", "2026-01-09T10:00:00Z", "junk"}).Draw(t, "date"), title, text)
			if len(text) > 4 && rapid.Bool().Draw(t, "quote") {
				s := rapid.IntRange(0, len(text)-1).Draw(t, "qs")
				e := rapid.IntRange(s, len(text)).Draw(t, "qe")
				a.Quotes = append(a.Quotes, truthlens.Quote{Start: s, End: e, Text: text[s:e], Speaker: rapid.SampledFrom([]string{"Orsk", "Pavel Orsk", "he", ""}).Draw(t, "sp")})
			}
			arts = append(arts, a)
		}
		sts := Group(arts, Options{})
		checkPartition(t, arts, sts, false)
		checkPartition(t, arts, Group(arts, Options{Singletons: true}), true)
		byID := map[string]*truthlens.Article{}
		for i := range arts {
			byID[ArticleID(&arts[i])] = &arts[i]
		}
		for _, st := range sts {
			Corroborate(st, byID)
		}
		for _, a := range byID {
			for _, c := range a.Scores.Accuracy.Checks {
				for _, sp := range c.Evidence {
					if a.Text[sp.Start:sp.End] != sp.Text {
						t.Fatalf("evidence span off the text")
					}
				}
			}
		}
	})
}

func FuzzGroup(f *testing.F) {
	f.Add("Storm floods Marlow", "The storm flooded Marlow. \"We will rebuild,\" Orsk said.", "Marlow under water after storm", "Orsk said: \"we will rebuild!\"")
	f.Add("", "", "", "")
	f.Fuzz(func(t *testing.T, t1, x1, t2, x2 string) {
		arts := []truthlens.Article{art("a", "A", "2026-01-01", t1, x1), art("b", "B", "", t2, x2)}
		if i := strings.Index(x1, "\""); i >= 0 {
			arts[0].Quotes = []truthlens.Quote{{Start: i, End: len(x1), Text: x1[i:], Speaker: "Orsk"}}
		}
		sts := Group(arts, Options{Singletons: true})
		checkPartition(t, arts, sts, true)
	})
}

func TestMinHashEstimates(t *testing.T) {
	var a, b []string
	for i := 0; i < 400; i++ {
		a = append(a, fmt.Sprintf("w%d", i))
		if i%4 != 0 {
			b = append(b, fmt.Sprintf("w%d", i))
		} else {
			b = append(b, fmt.Sprintf("x%d", i))
		}
	}
	sa, sb := newSketch(shingles(strings.Join(a, " "), 1)), newSketch(shingles(strings.Join(b, " "), 1))
	// |A∩B| = 300, |A∪B| = 500: J = 0.6; containment 0.75.
	if j := jaccard(&sa, &sb); math.Abs(j-0.6) > 0.15 {
		t.Errorf("jaccard estimate %v, want about 0.6", j)
	}
	if c := containment(&sa, &sb); math.Abs(c-0.75) > 0.15 {
		t.Errorf("containment estimate %v, want about 0.75", c)
	}
	if j := jaccard(&sa, &sa); j != 1 {
		t.Errorf("self resemblance %v", j)
	}
	if got := shingles("One two three four five six", 5); len(got) != 2 {
		t.Errorf("%d shingles of six words, want 2", len(got))
	}
	if got, want := shingles("Don’t stop", 2), shingles("don't STOP!", 2); !slices.Equal(got, want) {
		t.Errorf("case and apostrophes change shingles")
	}
	sks := []*sketch{&sa, &sb, nil}
	if ps := lshPairs(sks, 10); len(ps) != 1 || ps[0] != [2]int32{0, 1} {
		t.Errorf("lsh pairs %v", ps)
	}
}

func TestCitations(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"according to documents seen by the Guardian, he left", "guardian", true},
		{"The Guardian reported on Monday that", "guardian", true},
		{"he told the Courier on Friday", "courier", true},
		{"outlets including the Post, the Guardian and Le Monde", "guardian", false},
		{"He declined to comment when approached by the Guardian.", "guardian", false},
		{"the Guardianship council met", "guardian", false},
	} {
		if got := cites(c.text, c.name); got != c.want {
			t.Errorf("cites(%q, %q) = %v", c.text, c.name, got)
		}
	}
}

func TestSamePerson(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Jack Ma", "Ma", true},
		{"Jack Ma", "Ma Yun", true},
		{"President Xi Jinping", "Xi", true},
		{"Hunter Biden", "Joe Biden", false},
		{"his lawyers", "Ma", false},
	} {
		if got := samePerson(nameWords(c.a), nameWords(c.b)); got != c.want {
			t.Errorf("samePerson(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestSyntheticClusters(t *testing.T) {
	arts, gold := synthCorpus(1500, true)
	pred := Partition(arts, Options{})
	if p, r, f := stories.BCubed(pred, gold); f < 0.9 {
		t.Errorf("synthetic stories: BCubed P=%.3f R=%.3f F1=%.3f, want F1 >= 0.9", p, r, f)
	}
}

func TestSpelling(t *testing.T) {
	st := newStemmer()
	for _, p := range [][2]string{{"criticised", "criticized"}, {"organisation", "organization"}, {"favourite", "favorite"}, {"harbour", "harbor"}, {"Colour", "color"}} {
		if a, b := st.stem(strings.ToLower(p[0])), st.stem(p[1]); a != b {
			t.Errorf("%s -> %s, %s -> %s", p[0], a, p[1], b)
		}
	}
	if foldWords("We criticised the colour!") != foldWords("we criticized the color") {
		t.Errorf("spelling makes a quote differ")
	}
}
