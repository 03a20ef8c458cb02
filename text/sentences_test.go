package text

import (
	"reflect"
	"testing"
)

func sentenceTexts(s, lang string) []string {
	var out []string
	for _, r := range Sentences(s, lang) {
		out = append(out, s[r.Start:r.End])
	}
	return out
}

func TestSentencesRules(t *testing.T) {
	for _, tc := range []struct {
		name, lang, in string
		want           []string
	}{
		{"title abbreviation", "en", "Mr. Vane met Dr. Lind. They talked.",
			[]string{"Mr. Vane met Dr. Lind.", "They talked."}},
		{"company then opener", "en", "Orbis Inc. said no. The deal died.",
			[]string{"Orbis Inc. said no.", "The deal died."}},
		{"company then name", "en", "He joined Orbis Inc. Brand managers cheered.",
			[]string{"He joined Orbis Inc. Brand managers cheered."}},
		{"acronym mid sentence", "en", "The U.S. Navy said so. It left.",
			[]string{"The U.S. Navy said so.", "It left."}},
		{"acronym at end", "en", "It was sold in the U.S. The buyers were happy.",
			[]string{"It was sold in the U.S.", "The buyers were happy."}},
		{"initials", "en", "J. R. R. Tolkien wrote it. W. A. Price agreed.",
			[]string{"J. R. R. Tolkien wrote it.", "W. A. Price agreed."}},
		{"decimals", "en", "It rose 2.8bn, or 99.98%. Then $1.5 more.",
			[]string{"It rose 2.8bn, or 99.98%.", "Then $1.5 more."}},
		{"number abbreviation", "en", "See No. 5 and p. 12. Done.",
			[]string{"See No. 5 and p. 12.", "Done."}},
		{"month abbreviation", "en", "On Jan. 5 it snowed. On Feb. The Sun rose.",
			[]string{"On Jan. 5 it snowed.", "On Feb.", "The Sun rose."}},
		{"closing quote belongs", "en", `"Next." she added. "Go!" He went.`,
			[]string{`"Next." she added.`, `"Go!"`, "He went."}},
		{"curly quotes", "en", "He said: “We won.” They cheered.",
			[]string{"He said: “We won.”", "They cheered."}},
		{"ellipsis lower", "en", "Wait... we are not done. Fine… Next.",
			[]string{"Wait... we are not done.", "Fine…", "Next."}},
		{"question lower", "en", `"Why?" he asked. Nobody knew.`,
			[]string{`"Why?" he asked.`, "Nobody knew."}},
		{"paragraph break", "en", "No period here\n\nNext paragraph",
			[]string{"No period here", "Next paragraph"}},
		{"blank line with spaces", "en", "One\n \t\nTwo.",
			[]string{"One", "Two."}},
		{"wrapped line", "en", "Roads were closed,\nschools shut. Done.",
			[]string{"Roads were closed,\nschools shut.", "Done."}},
		{"heading line", "en", "Storm hits coast\nThe storm arrived.",
			[]string{"Storm hits coast", "The storm arrived."}},
		{"no space after period", "en", "Visit example.com today.It works.",
			[]string{"Visit example.com today.It works."}},
		{"german ordinal", "de", "Am 3. Oktober kam er. Dann ging er.",
			[]string{"Am 3. Oktober kam er.", "Dann ging er."}},
		{"german abbreviation", "de", "Es kostet ca. 5 Euro, z. B. Brot. Gut.",
			[]string{"Es kostet ca. 5 Euro, z. B. Brot.", "Gut."}},
		{"french guillemets", "fr", "« Jamais. » Il est parti.",
			[]string{"« Jamais. »", "Il est parti."}},
		{"spanish inverted", "es", "¿Vienes? ¡Claro! Sí.",
			[]string{"¿Vienes?", "¡Claro!", "Sí."}},
		{"italian title", "it", "Il dott. Ferri parla. Poi esce.",
			[]string{"Il dott. Ferri parla.", "Poi esce."}},
		{"empty", "en", " \n\n ", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(tc.in, tc.lang)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	s := "  First para.\nstill first\n\n\n Second.\r\n\r\nThird  "
	var got []string
	for _, r := range Paragraphs(s) {
		got = append(got, s[r.Start:r.End])
	}
	want := []string{"First para.\nstill first", "Second.", "Third"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestWords(t *testing.T) {
	s := "The U.S. fine — $2.8bn — wasn't paid, said Gérard-Rodriguez."
	var got []string
	for _, r := range Words(s) {
		got = append(got, s[r.Start:r.End])
	}
	want := []string{"The", "U.S", "fine", "2.8bn", "wasn't", "paid", "said", "Gérard", "Rodriguez"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}
