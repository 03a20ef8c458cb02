package storetest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	truthlens "github.com/truthlens/truthlens"
)

func story(id string, articles ...string) truthlens.Story {
	return truthlens.Story{
		ID: id, Title: "Story " + id, Articles: articles, Origin: articles[0],
		Copies:             []truthlens.Copy{},
		IndependentSources: len(articles),
		Quotes: []truthlens.QuoteGroup{{Speaker: "Mayor Ilse Brant", Consistent: true,
			Variants: []truthlens.QuoteVariant{{Text: "We will rebuild.", Articles: articles}}}},
		Claims:    []truthlens.StoryClaim{{Text: "The bridge closed.", Articles: articles, Origins: 1}},
		Omissions: []truthlens.Omission{},
	}
}

// storyOf returns the story id of article id ("" for none).
func storyOf(t *testing.T, s truthlens.Store, id string) string {
	t.Helper()
	a, err := s.Article(ctx(t), id)
	must(t, "Article "+id, err)
	if a.Story == nil {
		return ""
	}
	return *a.Story
}

func storyIDs(list []truthlens.Story) []string {
	out := []string{}
	for _, s := range list {
		out = append(out, s.ID)
	}
	return out
}

func testStories(t *testing.T, open opener) {
	t.Run("Replace", func(t *testing.T) {
		s := open(t)
		ids := seedListing(t, s) // article i published on day(i)
		a := story("s-a", ids[0], ids[2])
		b := story("s-b", ids[4])
		c := story("s-c", ids[1], ids[5])
		must(t, "ReplaceStories", s.ReplaceStories(ctx(t), []truthlens.Story{a, b, c}))

		got, err := s.Story(ctx(t), "s-a")
		must(t, "Story", err)
		if diff := cmp.Diff(&a, got); diff != "" {
			t.Errorf("Story round trip (-want +got):\n%s", diff)
		}
		for i, want := range []string{"s-a", "s-c", "s-a", "", "s-b", "s-c"} {
			if got := storyOf(t, s, ids[i]); got != want {
				t.Errorf("article %d: story %q, want %q", i, got, want)
			}
		}
		list, _, err := s.Articles(ctx(t), truthlens.ArticleFilter{Limit: 1})
		must(t, "Articles", err)
		if len(list) != 1 || list[0].Story == nil || *list[0].Story != "s-c" {
			t.Errorf("summary story = %+v, want s-c", list)
		}

		// latest activity first: c (day 5), b (day 4), a (day 2)
		all, total, err := s.Stories(ctx(t), 10, 0)
		must(t, "Stories", err)
		if diff := cmp.Diff([]string{"s-c", "s-b", "s-a"}, storyIDs(all)); diff != "" || total != 3 {
			t.Errorf("Stories: total %d (-want +got):\n%s", total, diff)
		}
		page, total, err := s.Stories(ctx(t), 2, 1)
		must(t, "Stories page", err)
		if diff := cmp.Diff([]string{"s-b", "s-a"}, storyIDs(page)); diff != "" || total != 3 {
			t.Errorf("Stories(2, 1): total %d (-want +got):\n%s", total, diff)
		}

		// ids[2] moves to a new story with ids[3] and ids[4]: a and b share
		// articles with it and go; ids[0] is left without a story.
		d := story("s-d", ids[2], ids[3], ids[4])
		must(t, "ReplaceStories again", s.ReplaceStories(ctx(t), []truthlens.Story{d}))
		for _, gone := range []string{"s-a", "s-b"} {
			_, err := s.Story(ctx(t), gone)
			wantCode(t, "Story "+gone+" after replace", err, truthlens.ENOTFOUND)
		}
		for i, want := range []string{"", "s-c", "s-d", "s-d", "s-d", "s-c"} {
			if got := storyOf(t, s, ids[i]); got != want {
				t.Errorf("after replace, article %d: story %q, want %q", i, got, want)
			}
		}
		all, total, err = s.Stories(ctx(t), 0, 0)
		must(t, "Stories", err)
		if diff := cmp.Diff([]string{"s-c", "s-d"}, storyIDs(all)); diff != "" || total != 2 {
			t.Errorf("Stories after replace: total %d (-want +got):\n%s", total, diff)
		}

		// the same id again replaces in place
		d2 := story("s-d", ids[3], ids[4])
		d2.Title = "Renamed"
		must(t, "ReplaceStories same id", s.ReplaceStories(ctx(t), []truthlens.Story{d2}))
		got, err = s.Story(ctx(t), "s-d")
		must(t, "Story", err)
		if got.Title != "Renamed" || storyOf(t, s, ids[2]) != "" {
			t.Errorf("replace by id: title %q, article 2 story %q", got.Title, storyOf(t, s, ids[2]))
		}
		must(t, "ReplaceStories(nil)", s.ReplaceStories(ctx(t), nil))
	})

	t.Run("Invalid", func(t *testing.T) {
		s := open(t)
		ids := seedListing(t, s)
		err := s.ReplaceStories(ctx(t), []truthlens.Story{story("", ids[0])})
		wantCode(t, "story without id", err, truthlens.EINVALID)
		err = s.ReplaceStories(ctx(t), []truthlens.Story{story("x", ids[0]), story("y", ids[0])})
		wantCode(t, "article in two stories", err, truthlens.EINVALID)
		_, total, err := s.Stories(ctx(t), 10, 0)
		must(t, "Stories", err)
		if total != 0 {
			t.Errorf("%d stories stored by rejected calls", total)
		}
	})

	t.Run("UnknownArticle", func(t *testing.T) {
		s := open(t)
		ids := seedListing(t, s)
		must(t, "ReplaceStories", s.ReplaceStories(ctx(t), []truthlens.Story{story("s", ids[0], "not-stored")}))
		if got := storyOf(t, s, ids[0]); got != "s" {
			t.Errorf("story of a stored article = %q", got)
		}
	})
}
