package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLookupClasses(t *testing.T) {
	cases := []struct {
		lang, word string
		want       Class
	}{
		{"en", "slammed", Loaded},
		{"en", "so-called", Loaded},
		{"en", "thugs", NameCalling},
		{"en", "clearly", Certainty},
		{"en", "should", Obligation},
		{"en", "extremely", Intensifier}, // VADER booster
		{"en", "slightly", Downtoner},    // VADER dampener
		{"en", "perhaps", Hedge},         // npm hedges
		{"en", "don't", Negation},        // VADER negations
		{"en", "our", FirstPerson},
		{"en", "you", SecondPerson},
		{"en", "said", Reporting},
		{"EN-gb", "patriotic", FlagWaving},
		{"de", "leider", Opinion},
		{"de", "wahrscheinlich", Epistemic},
		{"it", "purtroppo", Opinion},
		{"it", "dovrebbe", Obligation},
	}
	for _, c := range cases {
		if got := Lookup(c.lang, c.word); !got.Has(c.want) {
			t.Errorf("Lookup(%q, %q) = %v, want it to include %v", c.lang, c.word, got, c.want)
		}
	}
	// Over-common words are excluded from hedges; neutral words have no class.
	for _, w := range []string{"can", "will", "many", "table", "government"} {
		if got := Lookup("en", w); got.Any(Hedge | Loaded | Opinion) {
			t.Errorf("Lookup(en, %q) = %v, want no hedge/loaded/opinion", w, got)
		}
	}
	if got := Lookup("xx", "slammed"); got != 0 {
		t.Errorf("unknown language: got %v", got)
	}
}

func TestLookupPhrase(t *testing.T) {
	c, n := LookupPhrase("en", strings.Fields("of course it rained"))
	if n != 2 || !c.Has(Certainty) {
		t.Errorf("of course: got %v, %d", c, n)
	}
	c, n = LookupPhrase("en", strings.Fields("nothing more than a stunt"))
	if n != 3 || !c.Has(Opinion) {
		t.Errorf("nothing more than: got %v, %d", c, n)
	}
	if _, n := LookupPhrase("en", strings.Fields("of the people")); n != 0 {
		t.Errorf("of the: got n=%d", n)
	}
	if _, n := LookupPhrase("en", []string{"of"}); n != 0 {
		t.Errorf("single word: got n=%d", n)
	}
	if !HasPhrases("en", "of") || HasPhrases("en", "zebra") {
		t.Error("HasPhrases")
	}
}

func TestSentiment(t *testing.T) {
	if v, ok := Sentiment("horrible"); !ok || v >= -0.4 || v < -1 {
		t.Errorf("horrible: %v %v", v, ok)
	}
	if v, ok := Sentiment("wonderful"); !ok || v <= 0.4 || v > 1 {
		t.Errorf("wonderful: %v %v", v, ok)
	}
	if _, ok := Sentiment("table"); ok {
		t.Error("table should be unrated")
	}
	if v, ok := VADER("good"); !ok || v <= 1 {
		t.Errorf("VADER good = %v %v", v, ok)
	}
	if r, ok := Profanity("asshole"); !ok || r != 2 {
		t.Errorf("Profanity = %d %v", r, ok)
	}
}

func TestStopwords(t *testing.T) {
	for _, c := range []struct{ lang, w string }{{"en", "the"}, {"de", "und"}, {"it", "della"}, {"fr", "le"}} {
		if !IsStopword(c.lang, c.w) {
			t.Errorf("IsStopword(%q, %q) = false", c.lang, c.w)
		}
	}
	if IsStopword("en", "parliament") {
		t.Error("parliament is no stop word")
	}
}

func TestNormalizeAndLang(t *testing.T) {
	if got := Normalize("Don’t"); got != "don't" {
		t.Errorf("Normalize = %q", got)
	}
	for in, want := range map[string]string{"en": "en", "EN": "en", "en-GB": "en", "de_AT": "de", "": "", "eng": "eng"} {
		if got := Lang(in); got != want {
			t.Errorf("Lang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTermsAndClassNames(t *testing.T) {
	ts := Terms("en", NameCalling)
	if len(ts) < 30 {
		t.Fatalf("only %d name-calling terms", len(ts))
	}
	for i := 1; i < len(ts); i++ {
		if ts[i-1] > ts[i] {
			t.Fatal("Terms not sorted")
		}
	}
	if got := (Loaded | Fear).String(); got != "loaded|fear" {
		t.Errorf("String = %q", got)
	}
	if c, ok := ClassByName("hedge"); !ok || c != Hedge {
		t.Error("ClassByName(hedge)")
	}
	if got := Languages(); strings.Join(got, ",") != "de,en,it" {
		t.Errorf("Languages = %v", got)
	}
}

func TestExpandAndBuildErrors(t *testing.T) {
	if got := strings.Join(expand("slam|s|med"), ","); got != "slam,slams,slammed" {
		t.Errorf("expand = %q", got)
	}
	bad := fstest.MapFS{"data/vader.tsv": {Data: []byte("good\tx\n")}}
	if _, err := build(bad); err == nil {
		t.Error("want error for a bad number")
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	words := []string{"slammed", "the", "clearly", "table"}
	n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			_ = Lookup("en", w)
			_, _ = Sentiment(w)
			_ = IsStopword("en", w)
		}
	})
	if n != 0 {
		t.Errorf("lookups allocate %v times", n)
	}
}

func BenchmarkLookup(b *testing.B) {
	words := strings.Fields("the senator slammed the so-called reform as a disaster for our families")
	for b.Loop() {
		for _, w := range words {
			_ = Lookup("en", w)
			_, _ = Sentiment(w)
		}
	}
}

func TestPOS(t *testing.T) {
	if !IsAdjective("cheeky") || !IsAdjective("brilliant") || IsAdjective("parliament") {
		t.Error("IsAdjective")
	}
	if !IsAdverb("quickly") || IsAdverb("cheeky") {
		t.Error("IsAdverb")
	}
	if tags, ok := POS("good"); !ok || !strings.HasPrefix(tags, "JJ") {
		t.Errorf("POS(good) = %q %v", tags, ok)
	}
}

func TestProfaneExclusions(t *testing.T) {
	if Is("en", "welfare", Profane) || Is("en", "slave", Profane) {
		t.Error("ordinary words must not be Profane")
	}
	if !Is("en", "asshole", Profane) {
		t.Error("asshole should be Profane")
	}
}

func TestTableEntry(t *testing.T) {
	en := For("en-US")
	e := en.Get("horrible")
	if !e.HasValence || e.Valence >= -0.4 || !e.Adjective {
		t.Errorf("horrible: %+v", e)
	}
	if v, _ := Sentiment("horrible"); float32(v) != e.Valence {
		t.Errorf("Entry valence %v != Sentiment %v", e.Valence, v)
	}
	if !en.Get("of").StartsPhrase || en.Get("zebra").StartsPhrase {
		t.Error("StartsPhrase")
	}
	if got := For("xx").Get("horrible"); got != (Entry{}) {
		t.Errorf("unknown language entry %+v", got)
	}
	var nilTable *Table
	if nilTable.Get("x") != (Entry{}) {
		t.Error("nil table")
	}
	if c, n := For("de").Phrase(strings.Fields("meiner meinung nach ist")); n != 3 || !c.Has(Epistemic) {
		t.Errorf("de phrase: %v %d", c, n)
	}
}

// BenchmarkBuild measures the one-off cost of building the lexicon.
func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		if _, err := build(dataFS); err != nil {
			b.Fatal(err)
		}
	}
}

func TestStopwordsConcurrent(t *testing.T) {
	done := make(chan bool)
	for range 4 {
		go func() {
			done <- IsStopword("nl", "de") && !IsStopword("nl", "fiets")
		}()
	}
	for range 4 {
		if !<-done {
			t.Error("nl stop words")
		}
	}
	if IsStopword("", "the") || IsStopword("zz", "the") {
		t.Error("unknown language has no stop words")
	}
}
