package main

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

// This file checks the JSON objects of every subcommand against
// shared/docs/CLI.md structurally: field names and types, [] never null,
// dates, and that every span's offsets cut its text out of the object's
// text.

// fictionalHTML is a made-up news page with boilerplate around the article.
const fictionalHTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Eastmere council approves flood barrier | Eastmere Post</title>
<meta property="og:site_name" content="Eastmere Post"><meta name="author" content="Jana Reyes">
<meta property="article:published_time" content="2026-03-03T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Eastmere council approves flood barrier</h1><p class="byline">By Jana Reyes</p>
<p>The council of the fictional town of Eastmere voted 7 to 2 on Tuesday to build a flood barrier costing 4.5 million euros, according to minutes published by the council.</p>
<p>"We cannot wait for the next storm," said Mayor Ines Okafor, who proposed the plan in March. She said the town had flooded three times in two years.</p>
<p>Opponents called the plan a disgraceful waste of money. "This is a catastrophe for taxpayers," said councillor Piet Havel, who voted against it.</p>
<p>The regional water agency did not respond to a request for comment. Engineers estimate the barrier will take two years to build, according to a report by the agency.</p>
<p>This article was produced with the help of AI tools.</p>
</article><aside class="related"><h3>Related</h3><ul><li><a href="/x">Bakery wins prize</a></li></ul></aside>
</body></html>`

// fictionalGerman is a made-up German article.
const fictionalGerman = `Stadtrat von Ostheim beschließt neuen Hochwasserschutz

Der Stadtrat der fiktiven Stadt Ostheim hat am Dienstag mit sieben zu zwei Stimmen beschlossen, eine Hochwasserschutzmauer für 4,5 Millionen Euro zu bauen.

„Wir können nicht auf den nächsten Sturm warten“, sagte Bürgermeisterin Ines Okafor. Kritiker nannten den Plan eine skandalöse Verschwendung.

Die Wasserbehörde äußerte sich auf Anfrage nicht.`

// fictionalFrench is a made-up French article with non-ASCII quotation marks.
const fictionalFrench = `Le conseil d'Estmer approuve une digue

Le conseil municipal de la ville fictive d'Estmer a voté mardi la construction d'une digue de 4,5 millions d'euros, selon le procès-verbal publié par la mairie.

« Nous ne pouvons pas attendre la prochaine tempête », a déclaré la maire Inès Okafor. Les opposants ont dénoncé un gaspillage scandaleux.`

var (
	rfc3339Re = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$`)
	dayRe     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// checker accumulates contract violations of one object.
type checker struct {
	t    *testing.T
	name string
}

func (c checker) errorf(path, format string, args ...any) {
	c.t.Helper()
	c.t.Errorf("%s: %s: %s", c.name, path, fmt.Sprintf(format, args...))
}

func (c checker) str(o map[string]any, path string, keys ...string) {
	c.t.Helper()
	for _, k := range keys {
		if _, ok := o[k].(string); !ok {
			c.errorf(path+"."+k, "want a string, got %T %v", o[k], o[k])
		}
	}
}

func (c checker) num(o map[string]any, path, k string, lo, hi float64) float64 {
	c.t.Helper()
	v, ok := o[k].(float64)
	if !ok {
		c.errorf(path+"."+k, "want a number, got %T %v", o[k], o[k])
		return 0
	}
	if v < lo || v > hi || math.IsNaN(v) {
		c.errorf(path+"."+k, "%v out of [%v, %v]", v, lo, hi)
	}
	return v
}

func (c checker) boolean(o map[string]any, path string, keys ...string) {
	c.t.Helper()
	for _, k := range keys {
		if _, ok := o[k].(bool); !ok {
			c.errorf(path+"."+k, "want a bool, got %T %v", o[k], o[k])
		}
	}
}

// arr returns o[k] as a list of objects; null or a missing key is an error.
func (c checker) arr(o map[string]any, path, k string) []map[string]any {
	c.t.Helper()
	a, ok := o[k].([]any)
	if !ok {
		c.errorf(path+"."+k, "want an array ([] when empty), got %T %v", o[k], o[k])
		return nil
	}
	var out []map[string]any
	for i, x := range a {
		m, ok := x.(map[string]any)
		if !ok {
			c.errorf(fmt.Sprintf("%s.%s[%d]", path, k, i), "want an object, got %T", x)
			continue
		}
		out = append(out, m)
	}
	return out
}

func (c checker) obj(o map[string]any, path, k string) map[string]any {
	c.t.Helper()
	m, ok := o[k].(map[string]any)
	if !ok {
		c.errorf(path+"."+k, "want an object, got %T %v", o[k], o[k])
		return map[string]any{}
	}
	return m
}

// span checks start/end/text against base; textKey names the span's text
// field ("text").
func (c checker) span(s map[string]any, path, base string) {
	c.t.Helper()
	c.str(s, path, "text")
	st, ok1 := s["start"].(float64)
	en, ok2 := s["end"].(float64)
	if !ok1 || !ok2 || st != math.Trunc(st) || en != math.Trunc(en) {
		c.errorf(path, "start/end must be integers: %v %v", s["start"], s["end"])
		return
	}
	i, j := int(st), int(en)
	if i < 0 || j < i || j > len(base) {
		c.errorf(path, "offsets [%d,%d) outside text of %d bytes", i, j, len(base))
		return
	}
	if txt, _ := s["text"].(string); base[i:j] != txt {
		c.errorf(path, "text[%d:%d] = %q, span text %q", i, j, base[i:j], txt)
	}
}

func (c checker) spans(o map[string]any, path, k, base string, withNote bool) {
	c.t.Helper()
	for i, s := range c.arr(o, path, k) {
		p := fmt.Sprintf("%s.%s[%d]", path, k, i)
		c.span(s, p, base)
		if withNote {
			c.str(s, p, "note")
		}
	}
}

// document checks the extract fields.
func (c checker) document(o map[string]any) {
	c.t.Helper()
	c.str(o, "", "input", "url", "site", "title", "byline", "language", "text")
	if id, ok := o["id"]; ok {
		if _, ok := id.(string); !ok {
			c.errorf("id", "want a string, got %T", id)
		}
	}
	switch p := o["published"].(type) {
	case nil:
		if _, ok := o["published"]; !ok {
			c.errorf("published", "missing (want a date or null)")
		}
	case string:
		if !rfc3339Re.MatchString(p) && !dayRe.MatchString(p) {
			c.errorf("published", "%q is neither RFC 3339 nor YYYY-MM-DD", p)
		}
	default:
		c.errorf("published", "want a string or null, got %T", p)
	}
	kinds := map[string]bool{"related-articles": true, "comments": true, "ads": true, "duplicate": true, "navigation": true, "disclosure": true, "other": true}
	for i, r := range c.arr(o, "", "removed") {
		c.str(r, fmt.Sprintf("removed[%d]", i), "kind", "text")
		if k, _ := r["kind"].(string); !kinds[k] {
			c.errorf(fmt.Sprintf("removed[%d].kind", i), "unknown kind %q", k)
		}
	}
	dk := map[string]bool{"syndicated": true, "ai-generated": true, "sponsored": true, "correction": true}
	for i, d := range c.arr(o, "", "disclosures") {
		c.str(d, fmt.Sprintf("disclosures[%d]", i), "kind", "text")
		if k, _ := d["kind"].(string); !dk[k] {
			c.errorf(fmt.Sprintf("disclosures[%d].kind", i), "unknown kind %q", k)
		}
	}
}

func (c checker) sentence(s map[string]any, path, base string) {
	c.t.Helper()
	c.span(s, path, base)
	c.boolean(s, path, "subjective", "loaded", "claim", "quote")
	c.num(s, path, "subjectivity", 0, 1)
}

func (c checker) headline(h map[string]any) {
	c.t.Helper()
	c.str(h, "headline", "headline", "suggested")
	c.boolean(h, "headline", "clickbait")
	c.num(h, "headline", "sensationalism", 0, 10)
}

// article checks an analyze object.
func (c checker) article(o map[string]any) {
	c.t.Helper()
	c.document(o)
	text, _ := o["text"].(string)
	h := c.obj(o, "", "headline")
	c.str(h, "headline", "original", "suggested")
	c.boolean(h, "headline", "clickbait")
	c.num(h, "headline", "sensationalism", 0, 10)
	orig, _ := h["original"].(string)
	c.spans(h, "headline", "evidence", orig, true)

	sc := c.obj(o, "", "scores")
	var sum float64
	for _, m := range []string{"objectivity", "accuracy", "transparency"} {
		s := c.obj(sc, "scores", m)
		v := c.num(s, "scores."+m, "value", 0, 10)
		sum += v
		var num, den float64
		for i, ch := range c.arr(s, "scores."+m, "checks") {
			p := fmt.Sprintf("scores.%s.checks[%d]", m, i)
			c.str(ch, p, "id", "label")
			w := c.num(ch, p, "weight", 0, 100)
			x := c.num(ch, p, "value", 0, 1)
			num += w * x
			den += w
			c.spans(ch, p, "evidence", text, true)
		}
		want := 5.0
		if den > 0 {
			want = truthlens.Round2(10 * num / den)
		}
		if math.Abs(want-v) > 0.011 {
			c.errorf("scores."+m+".value", "%v is not recomputable from its checks (%v)", v, want)
		}
	}
	if ov := c.num(sc, "scores", "overall", 0, 10); math.Abs(ov-truthlens.Round2(sum/3)) > 0.011 {
		c.errorf("scores.overall", "%v is not the mean of the three scores (%v)", ov, sum/3)
	}
	c.str(o, "", "summary", "engine")
	if o["engine"] != truthlens.Engine {
		c.errorf("engine", "%v, want %s", o["engine"], truthlens.Engine)
	}
	for i, s := range c.arr(o, "", "sentences") {
		c.sentence(s, fmt.Sprintf("sentences[%d]", i), text)
	}
	for i, q := range c.arr(o, "", "quotes") {
		p := fmt.Sprintf("quotes[%d]", i)
		c.span(q, p, text)
		c.str(q, p, "speaker", "cue")
		ss, _ := q["speaker_start"].(float64)
		se, _ := q["speaker_end"].(float64)
		if _, ok := q["speaker_start"].(float64); !ok {
			c.errorf(p+".speaker_start", "want a number")
		}
		if _, ok := q["speaker_end"].(float64); !ok {
			c.errorf(p+".speaker_end", "want a number")
		}
		if ss < 0 || se < ss || int(se) > len(text) {
			c.errorf(p, "speaker offsets [%v,%v) outside text", ss, se)
		}
		if q["speaker"] == "" && (ss != 0 || se != 0) {
			c.errorf(p, "unknown speaker with offsets [%v,%v)", ss, se)
		}
	}
	for i, cl := range c.arr(o, "", "claims") {
		p := fmt.Sprintf("claims[%d]", i)
		c.span(cl, p, text)
		c.str(cl, p, "attributed_to")
	}
	for i, tq := range c.arr(o, "", "techniques") {
		p := fmt.Sprintf("techniques[%d]", i)
		c.span(tq, p, text)
		c.str(tq, p, "technique")
	}
	secs := c.arr(o, "", "sections")
	if len(secs) != len(truthlens.SectionIDs) {
		c.errorf("sections", "%d sections, want %d", len(secs), len(truthlens.SectionIDs))
	}
	for i, s := range secs {
		p := fmt.Sprintf("sections[%d]", i)
		c.str(s, p, "id", "title", "body")
		if i < len(truthlens.SectionIDs) && s["id"] != truthlens.SectionIDs[i] {
			c.errorf(p+".id", "%v, want %s", s["id"], truthlens.SectionIDs[i])
		}
		if t, _ := s["title"].(string); t == "" {
			c.errorf(p+".title", "empty")
		}
		c.spans(s, p, "evidence", text, true)
	}
}

// story checks one story object of `truthlens stories`.
func (c checker) story(s map[string]any, ids map[string]bool) {
	c.t.Helper()
	c.str(s, "story", "id", "title", "origin")
	arts, ok := s["articles"].([]any)
	if !ok || len(arts) == 0 {
		c.errorf("story.articles", "want a non-empty array, got %v", s["articles"])
	}
	for _, a := range arts {
		if !ids[fmt.Sprint(a)] {
			c.errorf("story.articles", "unknown article id %v", a)
		}
	}
	if !ids[fmt.Sprint(s["origin"])] {
		c.errorf("story.origin", "unknown article id %v", s["origin"])
	}
	for i, cp := range c.arr(s, "story", "copies") {
		p := fmt.Sprintf("story.copies[%d]", i)
		c.str(cp, p, "id", "of")
		c.num(cp, p, "similarity", 0, 1)
	}
	c.num(s, "story", "independent_sources", 0, 1e9)
	for i, q := range c.arr(s, "story", "quotes") {
		p := fmt.Sprintf("story.quotes[%d]", i)
		c.str(q, p, "speaker")
		c.boolean(q, p, "consistent")
		for j, v := range c.arr(q, p, "variants") {
			c.str(v, fmt.Sprintf("%s.variants[%d]", p, j), "text")
			c.strings(v, fmt.Sprintf("%s.variants[%d]", p, j), "articles")
		}
	}
	for i, cl := range c.arr(s, "story", "claims") {
		p := fmt.Sprintf("story.claims[%d]", i)
		c.str(cl, p, "text")
		c.strings(cl, p, "articles")
		c.num(cl, p, "origins", 0, 1e9)
	}
	for i, om := range c.arr(s, "story", "omissions") {
		p := fmt.Sprintf("story.omissions[%d]", i)
		c.str(om, p, "article")
		c.strings(om, p, "missing")
	}
}

func (c checker) strings(o map[string]any, path, k string) {
	c.t.Helper()
	a, ok := o[k].([]any)
	if !ok {
		c.errorf(path+"."+k, "want an array of strings, got %T", o[k])
		return
	}
	for _, x := range a {
		if _, ok := x.(string); !ok {
			c.errorf(path+"."+k, "element %v is not a string", x)
		}
	}
}

// contractInputs writes the fictional inputs: HTML, text, German, French,
// and a JSON Lines file with an html and a text record.
func contractInputs(t *testing.T) []string {
	dir := t.TempDir()
	rec := func(m map[string]any) string {
		b, _ := json.Marshal(m)
		return string(b)
	}
	jl := rec(map[string]any{"id": "post-1", "url": "https://eastmere.example/a", "source": "Eastmere Post", "title": "Council backs barrier", "published": "2026-03-03", "html": fictionalHTML}) + "\n" +
		rec(map[string]any{"id": "wire-2", "source": "Wire", "title": "Flood barrier approved", "published": 1772614800000, "text": fictional}) + "\n"
	return []string{
		writeFile(t, dir, "page.html", fictionalHTML),
		writeFile(t, dir, "plain.txt", fictional),
		writeFile(t, dir, "de.txt", fictionalGerman),
		writeFile(t, dir, "fr.txt", fictionalFrench),
		writeFile(t, dir, "dump.jsonl", jl),
	}
}

func TestContractAnalyzeAndExtract(t *testing.T) {
	inputs := contractInputs(t)
	for _, cmd := range []string{"extract", "analyze"} {
		code, out, errs := runCLI(t, "", append([]string{cmd, "--format", "json"}, inputs...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s\n%s", cmd, code, errs, out)
		}
		objs := jsonLines(t, out)
		if len(objs) != 6 {
			t.Fatalf("%s: %d objects, want 6", cmd, len(objs))
		}
		for i, o := range objs {
			c := checker{t, fmt.Sprintf("%s[%d] %v", cmd, i, o["input"])}
			if cmd == "extract" {
				c.document(o)
				for _, k := range []string{"headline", "scores", "sentences"} {
					if _, ok := o[k]; ok {
						c.errorf(k, "extract carries analysis field")
					}
				}
			} else {
				c.article(o)
			}
			if o["text"] == "" {
				c.errorf("text", "empty")
			}
		}
		if objs[4]["id"] != "post-1" || objs[5]["id"] != "wire-2" || objs[4]["input"] != inputs[4] {
			t.Errorf("%s: JSON Lines ids/input wrong: %v %v %v", cmd, objs[4]["id"], objs[5]["id"], objs[4]["input"])
		}
		if _, ok := objs[0]["id"]; ok {
			t.Errorf("%s: file input carries an id", cmd)
		}
		// the page's own date wins over the record's; a record's Unix
		// milliseconds become RFC 3339
		if objs[4]["published"] != "2026-03-03T09:00:00Z" || objs[5]["published"] != "2026-03-04T09:00:00Z" {
			t.Errorf("%s: JSON Lines published = %v, %v", cmd, objs[4]["published"], objs[5]["published"])
		}
	}
}

func TestContractSentencesAndHeadline(t *testing.T) {
	inputs := contractInputs(t)
	code, out, errs := runCLI(t, "", append([]string{"sentences", "--format", "json"}, inputs...)...)
	if code != 0 {
		t.Fatalf("sentences: exit %d: %s", code, errs)
	}
	for i, o := range jsonLines(t, out) {
		c := checker{t, fmt.Sprintf("sentences[%d]", i)}
		c.str(o, "", "input", "text", "language")
		text, _ := o["text"].(string)
		ss := c.arr(o, "", "sentences")
		if len(ss) == 0 {
			c.errorf("sentences", "none")
		}
		for j, s := range ss {
			c.sentence(s, fmt.Sprintf("sentences[%d]", j), text)
		}
	}

	lines := "The council voted 7 to 2.\n\n  Critics call it a “disgraceful” waste!  \nDer Rat stimmte zu.\n"
	code, out, errs = runCLI(t, lines, "sentences", "--lines", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("sentences --lines: exit %d: %s", code, errs)
	}
	objs := jsonLines(t, out)
	if len(objs) != 3 {
		t.Fatalf("sentences --lines: %d objects, want 3: %s", len(objs), out)
	}
	for i, o := range objs {
		c := checker{t, fmt.Sprintf("sentences --lines[%d]", i)}
		c.str(o, "", "input")
		c.num(o, "", "line", 1, 4)
		// offsets point into the object's own text (the line)
		text, _ := o["text"].(string)
		c.sentence(o, "", text)
	}
	if objs[1]["line"] != 3.0 || objs[2]["line"] != 4.0 {
		t.Errorf("line numbers: %v %v", objs[1]["line"], objs[2]["line"])
	}

	heads := "SHOCKING: Council's DISASTROUS vote will cost you!\nCouncil approves flood barrier\n"
	code, out, errs = runCLI(t, heads, "headline", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("headline: exit %d: %s", code, errs)
	}
	objs = jsonLines(t, out)
	if len(objs) != 2 {
		t.Fatalf("headline: %d objects", len(objs))
	}
	for i, o := range objs {
		c := checker{t, fmt.Sprintf("headline[%d]", i)}
		c.str(o, "", "input")
		c.num(o, "", "line", 1, 2)
		c.headline(o)
		h, _ := o["headline"].(string)
		c.spans(o, "", "evidence", h, true)
	}
	if objs[0]["clickbait"] != true && objs[0]["sensationalism"].(float64) < 3 {
		t.Errorf("shouting headline not flagged: %v", objs[0])
	}
}

func TestContractStories(t *testing.T) {
	inputs := contractInputs(t)
	code, out, errs := runCLI(t, "", append([]string{"stories", "--format", "json"}, inputs...)...)
	if code != 0 {
		t.Fatalf("stories: exit %d: %s", code, errs)
	}
	if strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Fatalf("stories prints one object: %s", out)
	}
	var top map[string]any
	if err := json.Unmarshal([]byte(out), &top); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{inputs[0]: true, inputs[1]: true, inputs[2]: true, inputs[3]: true, "post-1": true, "wire-2": true}
	c := checker{t, "stories"}
	stories := c.arr(top, "", "stories")
	if len(stories) == 0 {
		t.Fatal("no stories")
	}
	seen := map[string]int{}
	for _, s := range stories {
		c.story(s, ids)
		for _, a := range s["articles"].([]any) {
			seen[a.(string)]++
		}
	}
	// stories have two or more articles; an article is in at most one
	for id, n := range seen {
		if n != 1 {
			t.Errorf("article %s is in %d stories", id, n)
		}
	}
	for _, s := range stories {
		if n := len(s["articles"].([]any)); n < 2 {
			t.Errorf("story %v has %d article(s)", s["id"], n)
		}
	}
	if seen["post-1"] != 1 || seen[inputs[0]] != 1 {
		t.Errorf("the same article as HTML file and JSON Lines record is not grouped: %s", out)
	}
}

func TestJSONLinesTitleKeepsFirstParagraph(t *testing.T) {
	in := `{"id":"x","title":"Council backs barrier","text":"The council of Eastmere voted 7 to 2 on Tuesday to build a flood barrier costing 4.5 million euros.\n\nThe mayor said the town had flooded three times in two years."}
{"id":"y","title":"Council backs barrier","text":"Council backs barrier\n\nThe mayor said the town had flooded three times in two years."}
`
	code, out, errs := runCLI(t, in, "extract", "--format", "json", "--jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	objs := jsonLines(t, out)
	if objs[0]["title"] != "Council backs barrier" || !strings.HasPrefix(objs[0]["text"].(string), "The council of Eastmere voted") {
		t.Errorf("record title lost or first paragraph taken for it: %v", objs[0])
	}
	if objs[1]["title"] != "Council backs barrier" || !strings.HasPrefix(objs[1]["text"].(string), "The mayor said") {
		t.Errorf("headline repeated on the text's first line: %v", objs[1])
	}
}
