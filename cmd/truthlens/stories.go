package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/analyze"
	"github.com/truthlens/truthlens/story"
)

func init() {
	register("stories", "group articles into stories and compare the coverage (origin, copies, quotes, claims, omissions)", runStories)
}

func runStories(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "stories", "INPUT...")
	format := formatFlag(fs, e, "json", "text")
	var cfg inputConfig
	cfg.register(fs)
	inputs, err := cfg.parse(fs, args, format)
	if err != nil {
		return err
	}
	l := newLoader(&cfg)
	var articles []truthlens.Article
	failed := 0
	err = processOrdered(ctx, cfg.workers, func(emit func(item)) { expand(e, &cfg, inputs, emit) },
		func(ctx context.Context, it item) (*truthlens.Article, error) {
			if it.Err == nil && it.URL == "" && len(it.Src.Body) == 0 && it.Src.Title != "" {
				// A headline alone (JSON Lines record without text): enough
				// to group, nothing to analyse.
				a := truthlens.Article{Document: truthlens.Document{Input: it.Input, URL: it.Src.URL,
					Site: it.Src.Site, Title: it.Src.Title, Published: it.Src.Published}}
				a.ID = it.articleID()
				return &a, nil
			}
			doc, err := l.document(ctx, it)
			if err != nil {
				return nil, err
			}
			a := analyze.Analyze(doc)
			a.ID = it.articleID()
			return &a, nil
		},
		func(it item, a *truthlens.Article, err error) error {
			if err != nil {
				failed++
				if format.value == "text" {
					return writeLine(e.stdout, errorBlock(it, err))
				}
				return writeLine(e.stdout, errorLine(it, err))
			}
			articles = append(articles, *a)
			return nil
		})
	if err != nil {
		return err
	}
	stories := story.Group(articles, story.Options{})
	if stories == nil {
		stories = []truthlens.Story{}
	}
	if format.value == "text" {
		out := storiesText(stories)
		if len(stories) == 0 {
			out = []byte(fmt.Sprintf("No stories: none of the %d article(s) was covered by another outlet in this batch.\n", len(articles)))
		}
		_, err = e.stdout.Write(out)
	} else {
		var b []byte
		b, err = json.Marshal(truthlens.StoriesResult{Stories: stories})
		if err == nil {
			err = writeLine(e.stdout, b)
		}
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return errInputs
	}
	return nil
}

func storiesText(stories []truthlens.Story) []byte {
	var b strings.Builder
	for _, s := range stories {
		fmt.Fprintf(&b, "== %s  %s\n", s.ID, s.Title)
		fmt.Fprintf(&b, "   %d articles, %d independent sources, origin %s\n", len(s.Articles), s.IndependentSources, s.Origin)
		for _, a := range s.Articles {
			fmt.Fprintf(&b, "   - %s\n", a)
		}
		for _, c := range s.Copies {
			fmt.Fprintf(&b, "   copy: %s of %s (%.2f)\n", c.ID, c.Of, c.Similarity)
		}
		for _, q := range s.Quotes {
			if q.Consistent {
				continue
			}
			fmt.Fprintf(&b, "   quoted differently — %s:\n", q.Speaker)
			for _, v := range q.Variants {
				fmt.Fprintf(&b, "     “%s” (%s)\n", oneLine(v.Text, 90), strings.Join(v.Articles, ", "))
			}
		}
		for _, c := range s.Claims {
			fmt.Fprintf(&b, "   claim [%d origin(s)]: %s\n", c.Origins, oneLine(c.Text, 100))
		}
		for _, o := range s.Omissions {
			fmt.Fprintf(&b, "   %s omits %d corroborated claim(s)\n", o.Article, len(o.Missing))
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}
