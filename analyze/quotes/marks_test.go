package quotes

import "testing"

func TestMixedMarks(t *testing.T) {
	s := "“We won,\" said Ada Lund. \"We lost,” said Bo Kern. 'We're here,' she said."
	got := Find(s, nil, "en")
	want := []struct{ text, speaker string }{{"We won", "Ada Lund"}, {"We lost", "Bo Kern"}, {"We're here", "Ada Lund"}}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for k, w := range want {
		if got[k].Text != w.text || got[k].Speaker != w.speaker {
			t.Errorf("quote %d = %q by %q, want %q by %q", k, got[k].Text, got[k].Speaker, w.text, w.speaker)
		}
	}
}

func TestTweetEmbedLink(t *testing.T) {
	s := "New statement from @RepLund on the memos: \"We can now see why they were hidden\"pic.twitter.com/Ab12Cd\n\n— Ada Lund (@RepLund) May 2, 2021"
	got := Find(s, nil, "en")
	if len(got) != 1 || got[0].Text != "We can now see why they were hidden" {
		t.Fatalf("got %+v, want the tweet's words without the picture link", got)
	}
}

func TestCurlySingleQuotes(t *testing.T) {
	s := "‘The players’ union is strong,’ said Ed Moss. He called it ‘nonsense’ and left. ‘We’re done,’ he said."
	var got []string
	for _, q := range Find(s, nil, "en") {
		got = append(got, q.Text+"|"+q.Speaker)
	}
	want := []string{"The players’ union is strong|Ed Moss", "nonsense|Ed Moss", "We’re done|Ed Moss"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("quote %d = %q, want %q", k, got[k], want[k])
		}
	}
}
