package subjectivity

import "testing"

func TestFieldQuoting(t *testing.T) {
	cases := []struct{ in, want string }{
		{`"He said: ""No."""`, ` He said:  "No."  `},
		{`"The ""reform"" is a sham."`, ` The  "reform"  is a sham. `},
		{`"""Quoted from the start."`, `  "Quoted from the start. `},
		{`"No doubled marks inside."`, `"No doubled marks inside."`},
		{`He said "yes" and "no".`, `He said "yes" and "no".`},
		{`""`, `""`},
	}
	for _, c := range cases {
		got := fieldQuoting(c.in)
		if got != c.want {
			t.Errorf("fieldQuoting(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("fieldQuoting(%q) changed the length", c.in)
		}
	}
}

// A CSV-quoted line is labelled like the sentence it encodes: the wrapper
// does not mask the outlet's own words.
func TestClassifyCSVQuoted(t *testing.T) {
	plain := `Critics slammed the "reform" as a disgraceful sham.`
	quoted := `"Critics slammed the ""reform"" as a disgraceful sham."`
	a, b := Classify(plain, "en", nil), Classify(quoted, "en", nil)
	if a.Subjective != b.Subjective || a.Loaded != b.Loaded || !b.Loaded || len(a.Spans) != len(b.Spans) {
		t.Errorf("plain %+v, csv-quoted %+v", a, b)
	}
	for _, c := range b.Spans {
		if c.Start < 0 || c.End > len(quoted) || c.Start > c.End {
			t.Errorf("span %v outside the sentence", c)
		}
	}
}

func TestUnquoteCSVField(t *testing.T) {
	in := `"He called it a ""sham""."`
	if got := UnquoteCSVField(in); got != fieldQuoting(in) || len(got) != len(in) {
		t.Errorf("UnquoteCSVField(%q) = %q", in, got)
	}
}
