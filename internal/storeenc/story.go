package storeenc

import (
	"encoding/json"
	"fmt"

	truthlens "github.com/truthlens/truthlens"
)

// CheckStories rejects (EINVALID) stories without an id, repeated ids,
// and an article listed in two stories (an article belongs to at most one
// story): what ReplaceStories accepts in both stores.
func CheckStories(stories []truthlens.Story) error {
	ids := map[string]bool{}
	owner := map[string]string{}
	for _, s := range stories {
		if s.ID == "" {
			return truthlens.Errorf(truthlens.EINVALID, "story without id")
		}
		if ids[s.ID] {
			return truthlens.Errorf(truthlens.EINVALID, "story %s given twice", s.ID)
		}
		ids[s.ID] = true
		for _, a := range s.Articles {
			if o, ok := owner[a]; ok && o != s.ID {
				return truthlens.Errorf(truthlens.EINVALID, "article %s is in stories %s and %s", a, o, s.ID)
			}
			owner[a] = s.ID
		}
	}
	return nil
}

// StoryIDs returns the ids of stories and of all their articles, in
// order: the stored stories that have one of these ids or share one of
// these articles are the ones ReplaceStories deletes.
func StoryIDs(stories []truthlens.Story) (storyIDs, articleIDs []string) {
	for _, s := range stories {
		storyIDs = append(storyIDs, s.ID)
		articleIDs = append(articleIDs, s.Articles...)
	}
	return storyIDs, articleIDs
}

// EncodeStory is the stored data column of s: its JSON.
func EncodeStory(s *truthlens.Story) ([]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("encode story %s: %w", s.ID, err)
	}
	return b, nil
}

// DecodeStory rebuilds story id from its data column.
func DecodeStory(id string, data []byte) (*truthlens.Story, error) {
	var s truthlens.Story
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("decode story %s: %w", id, err)
	}
	return &s, nil
}
