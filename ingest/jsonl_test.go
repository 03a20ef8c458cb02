package ingest

import (
	"strings"
	"testing"
)

func TestReadJSONL(t *testing.T) {
	in := `{"id":"a","text":"Hello world.","published":"2024-05-01"}

not json
{"id":"b","title":"Only a headline","published":1394470370698}
{"id":"c"}
{"id":"d","html":"<p>x</p>","published":"2024-05-01T10:00:00+02:00"}`
	type row struct {
		line int
		id   string
		err  bool
		date string
	}
	var got []row
	err := ReadJSONL(strings.NewReader(in), func(line int, rec Record, err error) error {
		got = append(got, row{line, rec.ID, err != nil, string(rec.PublishedDate())})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []row{{1, "a", false, "2024-05-01"}, {3, "", true, ""}, {4, "b", false, "2014-03-10T16:52:50Z"}, {5, "c", true, ""}, {6, "d", false, "2024-05-01T10:00:00+02:00"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-02-30":                      "",
		"2024-02-03":                      "2024-02-03",
		"Mon, 02 Jan 2006 15:04:05 -0700": "2006-01-02T15:04:05-07:00",
		"garbage":                         "",
		"1394470370698":                   "2014-03-10T16:52:50Z",
	} {
		if got := string(NormalizeDate(in)); got != want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"id":"a","text":"x"}` + "\n" + `{"published":12}`)
	f.Add("\x00\xff{")
	f.Fuzz(func(t *testing.T, s string) {
		_ = ReadJSONL(strings.NewReader(s), func(line int, rec Record, err error) error {
			_ = rec.PublishedDate()
			return nil
		})
	})
}

func TestReadJSONLNumericIDs(t *testing.T) {
	in := "{\"id\":17,\"text\":\"x\"}\n{\"id\":\"s\",\"text\":\"x\"}\n{\"id\":null,\"text\":\"x\"}\n{\"id\":[1],\"text\":\"x\"}\n{\"id\":1.5e3,\"text\":\"x\",\"title\":\"T\"}\n"
	var got []string
	ReadJSONL(strings.NewReader(in), func(line int, rec Record, err error) error {
		if err != nil {
			got = append(got, "error")
			return nil
		}
		got = append(got, rec.ID+"/"+rec.Text+rec.Title)
		return nil
	})
	if want := "17/x s/x /x error 1.5e3/xT"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}
