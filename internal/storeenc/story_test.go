package storeenc

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

func TestCheckStories(t *testing.T) {
	ok := []truthlens.Story{{ID: "a", Articles: []string{"1", "2", "1"}}, {ID: "b", Articles: []string{"3"}}}
	if err := CheckStories(ok); err != nil {
		t.Errorf("CheckStories(valid) = %v", err)
	}
	for want, stories := range map[string][]truthlens.Story{
		"story without id":                {{ID: "a"}, {Articles: []string{"1"}}},
		"story a given twice":             {{ID: "a"}, {ID: "a"}},
		"article 2 is in stories a and b": {{ID: "a", Articles: []string{"1", "2"}}, {ID: "b", Articles: []string{"2"}}},
	} {
		err := CheckStories(stories)
		var e *truthlens.Error
		if !errors.As(err, &e) || e.Code != truthlens.EINVALID || !strings.Contains(err.Error(), want) {
			t.Errorf("CheckStories: err %v, want EINVALID %q", err, want)
		}
	}
}

func TestStoryIDs(t *testing.T) {
	s, a := StoryIDs([]truthlens.Story{{ID: "x", Articles: []string{"1", "2"}}, {ID: "y"}, {ID: "z", Articles: []string{"3"}}})
	if !reflect.DeepEqual(s, []string{"x", "y", "z"}) || !reflect.DeepEqual(a, []string{"1", "2", "3"}) {
		t.Errorf("StoryIDs = %v, %v", s, a)
	}
}

// The stored story data is its contract JSON; a change here breaks
// stored stories.
func TestStoryEncoding(t *testing.T) {
	s := &truthlens.Story{ID: "s1", Title: "Ferry vote", Articles: []string{"a1", "a2"}, Origin: "a1",
		Copies:             []truthlens.Copy{{ID: "a2", Of: "a1", Similarity: 0.93}},
		IndependentSources: 1}
	data, err := EncodeStory(s)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"id":"s1","title":"Ferry vote","articles":["a1","a2"],"origin":"a1",` +
		`"copies":[{"id":"a2","of":"a1","similarity":0.93}],"independent_sources":1,` +
		`"quotes":null,"claims":null,"omissions":null}`
	if string(data) != want {
		t.Errorf("EncodeStory =\n%s\nwant\n%s", data, want)
	}
	got, err := DecodeStory("s1", data)
	if err != nil || !reflect.DeepEqual(got, s) {
		t.Errorf("DecodeStory = %+v, %v", got, err)
	}
	if _, err := DecodeStory("bad", []byte("[")); err == nil || !strings.Contains(err.Error(), "decode story bad") {
		t.Errorf("DecodeStory(broken) = %v", err)
	}
}
