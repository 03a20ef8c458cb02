package lexicon

import "strings"

// Class is a bit set of the lexicon classes a word or phrase belongs to.
// One word can be in several classes ("radical" is Loaded and NameCalling).
type Class uint32

// The lexicon classes. Each hand-written list data/hand/<lang>/<name>.txt
// fills the class of that name; the vendored npm lists fill the classes
// noted below (English only).
const (
	Opinion      Class = 1 << iota // evaluative word or phrase ("absurd", "nothing more than")
	Loaded                         // emotive or partisan wording ("slammed", "regime", "so-called")
	NameCalling                    // a label instead of a description ("thug", "snowflake")
	Fear                           // appeal to fear ("invasion", "existential threat")
	FlagWaving                     // appeal to national/group pride ("real americans")
	Intensifier                    // degree adverb that boosts (hand list + VADER boosters)
	Downtoner                      // degree adverb that softens (hand list + VADER dampeners)
	Hedge                          // hedge word (npm hedges, minus over-common words)
	Certainty                      // the writer vouches ("clearly", "of course")
	Epistemic                      // opinion/cognition verb, speculation ("i think", "likely")
	Obligation                     // call to action, prescription ("must", "should")
	Absolutist                     // sweeping wording ("always", "everyone", "nothing")
	Reporting                      // attribution or data: a sign of neutral reporting ("said")
	Negation                       // negator (hand list + VADER negations)
	FirstPerson                    // "i", "we", "our"
	SecondPerson                   // "you", "your"
	Profane                        // profanity or slur rated sure by npm cuss (rating 2)
	Event                          // factual event word whose prior sentiment is not an opinion ("killed", "won")
	Temporal                       // time anchor: a date or period ("last week", "march")
	Argument                       // argumentative connective ("because", "instead", "rather than")
	Modal                          // possibility modal ("could", "might", "would")
	Weasel                         // weasel word (npm weasels)
	Filler                         // filler word (npm fillers)
)

// classNames maps a class to its name: the hand-list file name and the
// string used in cue kinds. Ordered by bit.
var classNames = []struct {
	c    Class
	name string
}{
	{Opinion, "opinion"},
	{Loaded, "loaded"},
	{NameCalling, "name_calling"},
	{Fear, "fear"},
	{FlagWaving, "flag_waving"},
	{Intensifier, "intensifier"},
	{Downtoner, "downtoner"},
	{Hedge, "hedge"},
	{Certainty, "certainty"},
	{Epistemic, "epistemic"},
	{Obligation, "obligation"},
	{Absolutist, "absolutist"},
	{Reporting, "reporting"},
	{Negation, "negation"},
	{FirstPerson, "first_person"},
	{SecondPerson, "second_person"},
	{Profane, "profane"},
	{Event, "event"},
	{Temporal, "temporal"},
	{Argument, "argument"},
	{Modal, "modal"},
	{Weasel, "weasel"},
	{Filler, "filler"},
}

// Has reports whether c includes every bit of k.
func (c Class) Has(k Class) bool { return c&k == k && k != 0 }

// Any reports whether c shares a bit with k.
func (c Class) Any(k Class) bool { return c&k != 0 }

// String names the classes in c, joined by "|" ("" for none).
func (c Class) String() string {
	var b strings.Builder
	for _, cn := range classNames {
		if c&cn.c != 0 {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(cn.name)
		}
	}
	return b.String()
}

// ClassByName returns the class with the given name ("loaded", "hedge").
func ClassByName(name string) (Class, bool) {
	for _, cn := range classNames {
		if cn.name == name {
			return cn.c, true
		}
	}
	return 0, false
}
