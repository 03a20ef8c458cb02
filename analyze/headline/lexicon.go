package headline

// Word lists used by the cues and the rewrite. They are small, hand-written
// for headlines and English only; the shared lexicon package covers body
// text. Keys are lower case with straight apostrophes.

// loaded maps a loaded, emotive or hyperbolic headline word to its neutral
// replacement ("" means drop the word).
var loaded = map[string]string{
	// verbs of conflict that editorialise a plain "criticises"/"rejects"
	"slams": "criticizes", "slammed": "criticized", "slam": "criticize",
	"blasts": "criticizes", "blasted": "criticized", "blast": "criticize",
	"rips": "criticizes", "ripped": "criticized",
	"lambasts": "criticizes", "lambasted": "criticized",
	"savages": "criticizes", "savaged": "criticized",
	"skewers": "criticizes", "skewered": "criticized",
	"eviscerates": "criticizes", "eviscerated": "criticized",
	"torches": "criticizes", "torched": "criticized",
	"bashes": "criticizes", "bashed": "criticized",
	"trashes": "criticizes", "trashed": "criticized",
	"destroys": "rebuts", "destroyed": "rebutted",
	"demolishes": "rebuts", "demolished": "rebutted",
	"crushes": "defeats", "crushed": "defeated",
	"obliterates": "defeats", "obliterated": "defeated",
	"annihilates": "defeats", "annihilated": "defeated",
	"thrashes": "defeats", "thrashed": "defeated",
	"mocks": "criticizes", "mocked": "criticized",
	"humiliates": "criticizes", "humiliated": "criticized",
	"rages": "says", "raged": "said",
	"plummets": "falls", "plummeted": "fell",
	"plunges": "falls", "plunged": "fell",
	"skyrockets": "rises", "skyrocketed": "rose",
	"soars": "rises", "soared": "rose",
	"regime": "government",
	// emotive adjectives and nouns: dropped
	"shocking": "", "shocked": "", "shock": "", "stunning": "", "stunned": "",
	"stark": "", "outrageous": "", "outraged": "", "outrage": "",
	"horrifying": "", "horrific": "", "horrible": "", "terrifying": "",
	"terrible": "", "awful": "", "disgusting": "", "disgraceful": "",
	"insane": "", "crazy": "", "amazing": "", "awesome": "", "incredible": "",
	"incredibly": "", "unbelievable": "", "unbelievably": "",
	"jaw-dropping": "", "mind-blowing": "", "heartbreaking": "",
	"heartwarming": "", "adorable": "", "hilarious": "", "epic": "",
	"bombshell": "", "explosive": "", "devastating": "", "chilling": "",
	"brutal": "", "fierce": "", "furious": "", "dramatic": "", "striking": "",
	"scathing": "", "blistering": "", "sensational": "", "staggering": "",
	"astonishing": "", "massive": "", "huge": "", "whopping": "",
	"mega": "", "disastrous": "", "catastrophic": "", "nightmare": "",
	"fury": "", "chaos": "", "frenzy": "", "firestorm": "",
	"wtf": "", "omg": "", "lol": "", "fucking": "", "damn": "", "freaking": "",
	"weird": "", "bizarre": "", "creepy": "", "cute": "", "gorgeous": "",
	"perfect": "", "genius": "", "brilliant": "", "magical": "",
	"breathtaking": "", "unreal": "", "legendary": "",
	"controversial": "", "embattled": "", "disgraced": "", "notorious": "",
	"infamous": "",
}

// personVerbs are loaded verbs that are also literal ("fire destroys
// homes"): the rewrite replaces them only when their object is a name.
var personVerbs = map[string]bool{
	"destroys": true, "destroyed": true, "demolishes": true, "demolished": true,
	"crushes": true, "crushed": true, "obliterates": true, "obliterated": true,
	"annihilates": true, "annihilated": true, "thrashes": true, "thrashed": true,
	"savages": true, "savaged": true, "torches": true, "torched": true,
	"blasts": true, "blasted": true, "blast": true, "rips": true, "ripped": true,
	"trashes": true, "trashed": true,
}

// intensifiers are adverbs that only add emphasis; the rewrite drops them.
var intensifiers = map[string]bool{
	"very": true, "really": true, "totally": true, "literally": true,
	"absolutely": true, "completely": true, "utterly": true, "seriously": true,
	"truly": true, "simply": true, "extremely": true,
	"insanely": true, "ridiculously": true,
	"actually": true, "basically": true,
	"definitely": true, "downright": true,
}

// superlatives are words of the "best/worst/most" kind. Regular -est forms
// are found by rule (see isSuperlative).
var superlatives = map[string]bool{
	"best": true, "worst": true, "most": true, "least": true, "greatest": true,
	"biggest": true, "ultimate": true, "ever": true, "all-time": true,
	"unprecedented": true, "record-breaking": true,
}

// notSuperlative are -est words that are not superlatives.
var notSuperlative = map[string]bool{
	"test": true, "protest": true, "interest": true,
	"west": true, "rest": true, "arrest": true, "request": true, "forest": true,
	"quest": true, "nest": true, "chest": true, "guest": true, "suggest": true,
	"harvest": true, "contest": true, "honest": true, "modest": true,
	"manifest": true, "invest": true, "digest": true, "pest": true,
	"vest": true, "crest": true, "conquest": true, "unrest": true,
	"priest": true, "earnest": true, "attest": true, "detest": true,
	"inquest": true, "midwest": true, "southwest": true, "northwest": true,
	"tempest": true, "behest": true, "bequest": true, "everest": true,
	"budapest": true, "bucharest": true, "latest": true,
	"interests": true, "tests": true, "protests": true, "arrests": true,
	"guests": true, "requests": true, "forests": true, "investigates": true,
}

// absolutes are sweeping quantifiers.
var absolutes = map[string]bool{
	"always": true, "never": true, "everyone": true, "everybody": true,
	"nobody": true, "nothing": true, "everything": true,
	"forever": true, "guaranteed": true, "undeniable": true, "proof": true,
	"entire": true,
}

// isSecondPerson reports a second-person word ("you", "you'll"): a
// clickbait cue and a hand feature of the model.
func isSecondPerson(w string) bool {
	switch w {
	case "you", "your", "you're", "yours", "yourself", "you'll", "you've", "you'd":
		return true
	}
	return false
}

// forwardRefs are the words that start a forward-reference clickbait
// headline ("This Dog...", "These 9 Photos...", "Here's Why...").
var forwardRefs = map[string]bool{
	"this": true, "these": true, "here's": true, "here": true, "heres": true,
	"why": true, "what": true, "how": true, "who": true,
	"which": true,
}

// hedges mark a headline that already attributes or hedges a claim.
var hedges = map[string]bool{
	"allegedly": true, "alleged": true, "alleges": true, "allege": true,
	"reportedly": true, "reported": true, "reports": true, "report": true,
	"claims": true, "claimed": true, "claim": true, "accuses": true,
	"accused": true, "says": true, "said": true, "say": true, "according": true,
	"suggests": true, "suspected": true, "purportedly": true, "apparently": true,
	"sources": true, "documents": true, "probe": true, "investigation": true,
}

// allegationVerbs are verbs that state a wrongdoing as fact; when the
// article says the facts come from a report they get "allegedly".
var allegationVerbs = map[string]bool{
	"implicated": true, "involved": true, "helped": true, "used": true,
	"misused": true, "abused": true, "ordered": true, "paid": true,
	"bribed": true, "lied": true, "hid": true, "covered": true, "stole": true,
	"colluded": true, "conspired": true, "pressured": true, "threatened": true,
	"intimidated": true, "harassed": true, "funded": true, "financed": true,
	"spied": true, "hacked": true, "leaked": true, "laundered": true,
	"embezzled": true, "defrauded": true, "cheated": true, "rigged": true,
	"targeted": true, "persecuted": true, "tortured": true, "killed": true,
	"murdered": true, "assaulted": true, "attacked": true, "covered-up": true,
	"enlisted": true, "recruited": true, "coerced": true, "blackmailed": true,
	"exploited": true, "manipulated": true, "silenced": true, "hunted": true,
	"helps": true, "uses": true, "misuses": true, "abuses": true,
	"pressures": true, "threatens": true, "intimidates": true, "hides": true,
	"targets": true, "persecutes": true, "funds": true, "spies": true,
	"hacks": true, "enlists": true, "silences": true, "hunts": true,
	"knew": true, "ignored": true, "concealed": true, "falsified": true,
	"faked": true, "forged": true, "smuggled": true, "trafficked": true,
}

// englishWords are frequent English function words, used to tell English
// titles when the language is unknown or doubtful.
var englishWords = map[string]bool{
	"the": true, "you": true, "your": true, "this": true, "these": true,
	"why": true, "what": true, "how": true, "with": true, "of": true,
	"and": true, "for": true, "is": true, "are": true, "was": true,
	"will": true, "after": true, "from": true, "to": true, "who": true,
	"which": true, "that": true, "it": true, "its": true, "be": true,
	"has": true, "have": true, "he": true, "she": true, "they": true,
	"we": true, "our": true, "his": true, "her": true, "their": true,
	"about": true, "over": true, "by": true, "at": true, "on": true,
	"new": true, "says": true, "can": true, "do": true, "does": true,
	"not": true, "more": true, "than": true, "things": true, "people": true,
	"when": true, "if": true, "my": true, "i": true, "an": true,
}

// isSuperlative reports whether the lower-case word w is a superlative.
func isSuperlative(w string) bool {
	if v, ok := superlatives[w]; ok {
		return v
	}
	if len(w) < 6 || w[len(w)-3:] != "est" {
		return false
	}
	if v, ok := notSuperlative[w]; ok {
		return !v
	}
	// -iest, -gest, -test ... forms of short adjectives ("craziest",
	// "biggest", "cutest", "weirdest"); longer -est words are usually nouns.
	return len(w) <= 10
}
