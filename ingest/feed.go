package ingest

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/mmcdole/gofeed"
	truthlens "github.com/truthlens/truthlens"
)

// FeedItem is one entry of an RSS/Atom feed.
type FeedItem struct {
	Title     string
	URL       string
	Published truthlens.Date
	// Content is the entry's full content or description (HTML), used
	// when the article page cannot be fetched.
	Content string
	Source  string // the feed's title
}

// ParseFeed parses an RSS, Atom or RDF feed. Items come oldest first, then
// by URL, so ingest order is deterministic.
func ParseFeed(b []byte) (title string, items []FeedItem, err error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return "", nil, fmt.Errorf("not an RSS/Atom feed: %w", err)
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		fi := FeedItem{Title: strings.TrimSpace(it.Title), URL: strings.TrimSpace(it.Link), Source: strings.TrimSpace(f.Title)}
		if it.PublishedParsed != nil {
			fi.Published = truthlens.Date(it.PublishedParsed.UTC().Format("2006-01-02T15:04:05Z07:00"))
		} else if it.UpdatedParsed != nil {
			fi.Published = truthlens.Date(it.UpdatedParsed.UTC().Format("2006-01-02T15:04:05Z07:00"))
		}
		fi.Content = it.Content
		if strings.TrimSpace(fi.Content) == "" {
			fi.Content = it.Description
		}
		if fi.URL == "" && fi.Title == "" {
			continue
		}
		items = append(items, fi)
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].Published != items[j].Published {
			return items[i].Published < items[j].Published
		}
		return items[i].URL < items[j].URL
	})
	return strings.TrimSpace(f.Title), items, nil
}
