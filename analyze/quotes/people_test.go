package quotes

import (
	"reflect"
	"testing"
)

func TestPeople(t *testing.T) {
	s := "The Chinese regime enlisted Jack Ma, a billionaire. President Xi Jinping met Commerce Secretary Wilbur Ross " +
		"in Paris in March. Later, Ma called. Researcher Alex Capri and J. R. R. Tolkien wrote. " +
		"The Association of Freight Carriers and the Bank of England objected. H, 48, agreed. " +
		"Clara Gérard-Rodriguez spoke; Gérard-Rodriguez left. Xi’s plan stalled."
	var got []string
	for _, p := range People(s) {
		got = append(got, s[p.Start:p.End]+"="+p.Name)
	}
	want := []string{
		"Jack Ma=Jack Ma", "Xi Jinping=Xi Jinping", "Wilbur Ross=Wilbur Ross", "Ma=Jack Ma",
		"Alex Capri=Alex Capri", "J. R. R. Tolkien=J. R. R. Tolkien", "H=H",
		"Clara Gérard-Rodriguez=Clara Gérard-Rodriguez", "Gérard-Rodriguez=Clara Gérard-Rodriguez",
		"Xi=Xi Jinping",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("People:\n got %q\nwant %q", got, want)
	}
}

func TestFullName(t *testing.T) {
	people := []Person{{"Jack Ma", 0, 7}, {"Ma Yun", 20, 26}, {"Jo Brand", 40, 48}}
	for _, tc := range []struct {
		name   string
		before int
		want   string
	}{
		{"Ma", 10, "Jack Ma"},
		{"Ma", 100, "Jack Ma"}, // last-token match wins over first-token match
		{"Yun", 100, "Ma Yun"},
		{"Brand", 30, "Brand"}, // not mentioned yet
		{"Jo", 100, "Jo Brand"},
		{"Ma Yun", 100, "Ma Yun"},
	} {
		if got := FullName(people, tc.name, tc.before); got != tc.want {
			t.Errorf("FullName(%q, %d) = %q, want %q", tc.name, tc.before, got, tc.want)
		}
	}
}

func TestTokenizeGlued(t *testing.T) {
	s := "the call suggestsMa was ofSun Lijun; iPhone and McDonald stay."
	var got []string
	for _, tk := range tokenize(s, 0, len(s)) {
		if tk.word {
			got = append(got, tk.text)
		}
	}
	want := []string{"the", "call", "suggests", "Ma", "was", "of", "Sun", "Lijun", "iPhone", "and", "McDonald", "stay"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestSameSpeaker(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Jack Ma", "Ma Yun", true},
		{"Jack Ma", "Ma", true},
		{"President Jo Vale", "Jo Vale", true},
		{"jack ma", "Jack Ma", true},
		{"Jack Ma", "Jo Vale", false},
		{"A spokesperson for Interpol", "A spokesperson for the embassy", false},
		{"A spokesperson for Interpol", "a spokesperson for Interpol", true},
		{"the mayor", "Mayor", false},
		{"", "", false},
		{"H", "H", true},
	} {
		if got := SameSpeaker(tc.a, tc.b); got != tc.want {
			t.Errorf("SameSpeaker(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
