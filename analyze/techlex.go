package analyze

// Word lists for the technique detectors (English). Written for truthlens
// from the technique definitions of the SemEval-2020 Task 11 annotation
// guidelines (Da San Martino et al., 2019); no list was copied from a
// data set. Entries follow the matcher syntax (see phrases.go).

var loadedList = []string{
	// religious, immigration and security polemic
	"heresy", "heresies", "heretic*", "heretical", "apostasy", "apostate*", "sacrilege",
	"sacrilegious", "blasphem*", "abomination", "satanic", "demonic", "godless", "culture of death",
	"infanticide", "gender ideology", "islamization", "islamisation", "creeping sharia",
	"stealth jihad", "swarm*", "wreak havoc", "wreaking havoc", "wreaked havoc", "unleash*",
	"lowlife", "low-life", "low iq", "trump derangement syndrome", "russiagate", "spygate",
	"silent coup", "soft coup", "lone lunatic", "mass murderer",
	// metaphors of attack, betrayal and ruin common in partisan copy
	"gut", "guts", "gutted", "gutting", "free pass", "highway robbery", "sell out", "sells out",
	"selling out", "sold out", "sellout", "slap in the face", "surrender", "surrendered",
	"surrendering", "backstab*",
	"hit job", "hit piece", "smear campaign",
	"crusade against", "vendetta", "purge", "pogrom", "show trial",
	"lynch mob", "mob", "mobs", "cult", "cult-like", "paranoid", "paranoia", "delusional",
	"demented", "crazed", "maniacal", "rabid", "frothing", "sickening", "filth",
	"trashed", "hellhole", "cesspool", "rot", "degenerate*", "depraved",
	"perverse", "heavy blow", "crippl*", "stranglehold",
	"iron fist", "jackboot*", "gestapo-like", "stormtrooper*", "thrown under the bus",
	"kicked to the curb", "rammed through", "ram through", "shoved down",
	"fleec*", "gouging", "rip-off", "ripoff",
	"out-of-control", "chaos", "crime wave", "bloodshed", "reign of terror",
	"tyranny", "tyrannies", "despotic", "authoritarianism",
	"lawless", "lawlessness", "anarchy", "anarchists",
	"radical", "unpatriotic", "un-american", "anti-american", "terrible", "terribly", "awful", "awfully", "dreadful", "cruel", "cruelty", "heartless",
	"skewer*", "spew*", "screech*", "brag*", "scheming", "ploy", "ploys", "stunt", "stunts",
	"charade", "kangaroo court", "discredited", "inflammatory", "incendiary", "tirade",
	"screed", "diatribe", "vitriol*", "deceptive", "fraudulent", "nonsense", "moronic",
	"woke", "wokeness", "open borders", "job-killing", "death tax", "death panel*",
	"smug", "condescending", "pompous", "peddl*", "capitulat*", "grandstand*", "posturing",
	"virtue signalling", "virtue signaling", "valiant*", "genius", "visionary", "masterful*",
	"rails against", "railed against", "lashed out", "lashes out", "lashing out", "scourge",
	"hellish", "dictatorial", "berat*", "castigat*", "excoriat*", "bludgeon*", "humiliat*",
	"taunt*", "gloat*", "gaffe", "gaffes", "firestorm", "uproar", "furore", "furor",
	// emotive adjectives
	"horrific", "horrible", "horrendous", "horrifying", "appalling", "atrocious",
	"outrageous", "outraged", "outrage*", "disgusting", "disgraceful", "disgrace",
	"despicable", "deplorable", "shameful", "shameless*", "vile", "heinous",
	"monstrous", "barbaric", "barbarous", "savage", "savagely", "brutal", "brutally",
	"brutality", "vicious", "viciously", "sinister", "evil", "wicked", "nefarious",
	"insidious", "diabolical", "abhorrent", "repugnant", "reprehensible",
	"obscene", "sickening", "twisted", "pathetic", "ridiculous",
	"absurd", "ludicrous", "laughable", "preposterous", "insane", "insanity",
	"crazy", "deranged", "unhinged", "hysterical", "hysteria", "lunacy",
	"bizarre", "stunning", "stunned", "shocking", "shocked", "astonishing",
	"staggering", "jaw-dropping", "explosive", "bombshell", "scandalous",
	"blatant", "blatantly", "brazen", "brazenly", "flagrant", "egregious",
	"reckless", "recklessly", "ruthless", "ruthlessly", "callous", "arrogant",
	"arrogance", "hypocritical", "hypocrisy", "hypocrite*", "dishonest",
	"deceitful", "treacherous", "cowardly", "cowardice", "corrupt",
	"crooked", "rigged", "bogus", "phony", "phoney", "sham", "hoax",
	"farce", "fiasco", "debacle", "travesty", "catastrophic", "catastrophe",
	"disastrous", "devastating", "devastated", "draconian", "tyrannical",
	"tyranny", "totalitarian", "oppressive", "dystopian",
	"radicals", "extremist", "extremists", "fanatic*",
	"zealot*", "toxic", "poisonous", "rotten", "filthy", "dirty", "slimy",
	"sleazy", "shady", "dodgy", "notorious", "infamous", "disgraced",
	"incompetent", "incompetence", "inept", "clueless",
	"spineless", "gutless", "sneaky", "sneakily", "vindictive", "spiteful",
	"hateful", "hate-filled", "bigoted", "racist", "sexist", "xenophobic",
	"bloodthirsty", "bloody", "murderous", "genocidal", "apocalyptic",
	"nightmare", "nightmarish", "chilling", "harrowing", "terrifying",
	"alarming",
	"scathing", "furious", "fury", "rage", "raging", "enraged", "livid",
	"seething", "fuming", "ugly", "nasty", "stupid", "stupidity", "idiotic",
	"dumb", "silly", "foolish", "mindless", "senseless", "pointless",
	"heroic", "hero", "heroes", "glorious", "magnificent",
	"courageous", "brave", "bravely", "noble", "righteous", "beloved",
	"so-called", "self-styled", "self-proclaimed", "would-be", "wannabe",
	// loaded verbs
	"slam*", "blast*", "lambast*", "rip into", "ripped into", "rips into",
	"tear into", "tore into", "torch*", "eviscerat*", "annihilat*",
	"obliterat*", "decimat*", "ravag*",
	"crush*", "ridicul*",
	"scoff*", "sneer*", "rant*", "whine*", "whining", "shriek*",
	"howl*", "meltdown", "melt down", "freak out", "freaked out",
	"bully", "bullying", "bullied", "bullies",
	"slaughter*", "massacr*", "butcher*", "terrorising", "terrorizing", "terrorised", "terrorized", "persecut*",
	"brainwash*", "indoctrinat*", "propaganda", "lies", "lied",
	"liar", "liars", "smear*", "hoodwink*", "dupe", "duped",
	"con job", "scam", "scams", "scammer*", "swindl*", "plunder*", "loot*",
	"pillag*", "siphon*", "weaponis*", "weaponiz*", "hijack*",
	"infiltrat*", "collud*", "conspir*", "cover-up", "cover up", "covered up",
	"whitewash*", "betray*", "sabotag*", "grovel*", "pander*",
	"cronyism", "kowtow*", "stooge*", "shill*", "mouthpiece", "lapdog",
	"rampage", "onslaught", "carnage", "bloodbath", "mayhem",
	"chaotic", "frenzy",
	"invaders", "hordes", "horde",
	"witch hunt", "witch-hunt", "power grab", "land grab",
}

var nameCallingList = []string{
	"abortionist*", "homosexualist*", "radical feminist*", "hate preacher*", "terror apologist*",
	"islamophobe*", "failing new york times",
	"career politician*", "unelected bureaucrat*", "faceless bureaucrat*",
	"bureaucratic overreach", "nanny state", "soft-on-crime", "soft on crime", "self-described",
	"self-declared", "alarmist*",
	"fake news", "fake news media", "the swamp", "swamp creature*",
	"open-borders", "open borders crowd", "crony", "fat cat*", "limousine liberal*",
	"champagne socialist*", "bleeding heart*", "tree hugger*", "eco-fascist*", "feminazi*",
	"race-baiter*", "race hustler*", "radical islam*", "jihadist*", "never-trumper*",
	"neocon*", "chickenhawk*", "collaborator*", "quisling*", "fifth column", "enemy within",
	"state-run media", "talking head*", "chattering class*", "ivory tower", "coastal elite*",
	"liberal elite*", "hollywood elite*", "academic elite*",
	"gang of", "band of", "cronies",
	"democrat party", "democrat-run", "democrat-controlled", "democrat-led", "democrat lawmakers",
	"democrat leaders", "democrat politicians", "democrat senator*", "democrat governor*",
	"democrat mayor*", "democrat officials", "trumpers", "trumpist*", "rethuglican*", "gqp",
	"maga cult", "maga extremist*", "magats", "big pharma", "big tech", "corporate media",
	"legacy media", "establishment media", "lamestream media", "libs",
	"nutjob*", "crackpot*", "loon", "loons", "turncoat*", "lackey*", "sycophant*",
	"bootlicker*", "wingnut*", "moonbat*", "demonrat*", "deplorables", "huckster*",
	"charlatan*", "grifter*", "con man", "con men", "con artist*", "snake oil salesm*",
	"useful idiots", "thuggish", "looters", "rioters", "baby killer*", "gun-grabber*",
	"thug*", "traitor*", "treasonous", "crook*", "gangster*",
	"puppet*", "tyrant*", "dictator*", "despot*", "autocrat*", "strongman",
	"jihadi*", "islamofascis*",
	"commie*", "communists", "marxist*", "socialists", "leftist*",
	"lefties", "libtard*", "snowflake*", "social justice warrior*", "sjw*",
	"far-left", "far left", "radical left", "hard left", "loony left",
	"far-right", "far right", "alt-right", "hard right", "right-wing extremist*",
	"white supremacist*", "globalist*", "elitist*", "elites",
	"deep state", "regime", "junta", "cabal",
	"lunatic*", "maniac*", "madman", "idiot*", "moron*", "imbecile*",
	"fools", "clown*", "buffoon*", "loser*", "bigot*", "racists",
	"sexists", "demagogue*", "warmonger*", "war criminal*",
	"enemy of the people", "enemies of the people",
	"mainstream media", "lamestream", "msm", "presstitute*",
	"sheeple", "rino*", "dems", "illegals",
	"illegal aliens", "illegal alien", "anchor bab*", "welfare queen*",
	"useful idiot*", "apologist*", "propagandist*",
	"crime family", "crime boss", "killary",
	"crooked hillary", "sleepy joe", "lyin'", "little marco", "pocahontas",
	"parasite*", "vermin", "scum",
	"savages", "barbarians",
}

var exaggerationList = []string{
	"nothing less than", "nothing short of", "total disaster", "complete disaster",
	"absolute disaster", "utter disaster", "has ever seen", "ever seen", "all-out",
	"by the thousands", "by the millions", "every last",
	"worst ever", "best ever", "the greatest", "greatest ever",
	"biggest ever", "of all time", "in history", "in human history",
	"in living memory", "never before", "never been", "like never before",
	"unprecedented", "unparalleled", "unimaginable", "unthinkable",
	"beyond belief", "incredible", "incredibly", "unbelievable",
	"unbelievably", "absolutely", "utterly",
	"literally",
	"huge", "tremendous", "tremendously", "colossal",
	"gigantic", "monumental", "epic", "everyone knows",
	"everybody knows", "all of them", "every single", "each and every",
	"countless", "endless", "a thousand times",
	"100 percent", "nothing but",
	"skyrocket*",
	"out of control", "off the charts",

	"worse than ever", "the worst in", "the greatest threat", "bigger than ever",
}

var minimisationList = []string{
	"merely", "mere", "just a few", "only a few", "only a handful",
	"a handful of", "nothing more than", "little more than",
	"trivial", "insignificant",
	"negligible", "a drop in the bucket", "not a big deal", "no big deal",
	"overblown", "overstated", "exaggerated", "blown out of proportion",
	"a storm in a teacup", "nothing to see here", "a few bad apples",
	"isolated incident", "so what",
}

var fearList = []string{
	"before it is too late", "before it's too late",
	"will die", "will be destroyed", "next target", "under siege",
	"flood of", "flooding into", "pour into", "pouring into",
	"overrun", "swamped", "invaders", "living in fear", "not be safe", "no longer safe",
	"will not be safe",
	"dangerously",
	"peril", "perilous", "menace", "menacing",
	"terrified",
	"scary", "dread",
	"lurk*", "looming", "doom", "doomed",
	"apocalypse", "armageddon",
	"annihilation", "wipe out", "wiped out", "kill us",

	"could be next", "you could be", "your children",
	"our children", "your family", "your safety", "time bomb",
	"ticking time bomb", "infest*",

	"existential threat", "grave threat", "will destroy", "would destroy", "going to destroy",
	"destroy our", "destroying our", "destroy everything", "destroy the country", "destroy america", "serious threat to", "threat to our", "terrifying", "terrified", "dangerously", "end of civilization", "collapse of civilization", "they will destroy", "will destroy us", "coming for you", "coming for your", "lose everything",
}

var doubtList = []string{
	"what are they hiding", "nobody believes", "no one believes",
	"hard to believe", "who really benefits",
	"supposedly", "purported", "purportedly",
	"dubious", "questionable", "doubtful",
	"fishy",
	"is it really", "questions remain", "raises questions",
	"raising questions", "raises serious questions", "begs the question",
	"one has to wonder", "one wonders", "we have to wonder", "you have to wonder",
	"who knows",
	"can we trust", "can you trust", "how can we trust",
	"claims to be", "claimed to be", "what are they hiding", "what is he hiding",
	"what is she hiding", "cover story", "official story", "official narrative",
	"not what it seems",
}

var flagWavingList = []string{
	"our values", "our families", "our borders", "hardworking americans", "hard-working americans",
	"ordinary americans", "the heartland", "greatest country", "greatest nation", "our sovereignty",
	"national sovereignty", "freedom-loving",
	"patriot*", "real americans",
	"true americans", "the american people", "american values",
	"american way", "our country", "our nation", "our great nation",
	"this great nation", "this great country", "our great country",
	"our homeland", "the homeland", "our flag", "our troops",
	"our heroes", "our veterans", "our freedom", "our freedoms", "our liberty",
	"our way of life", "our sovereignty",
	"our culture", "our heritage", "our children's future", "national pride",
	"national identity", "motherland",
	"fatherland", "god bless america", "land of the free", "founding fathers",
	"we the people", "for the nation", "for the country",
	"defend our", "protect our",
	"british values", "the british people",
	"the people of this country",
}

var sloganList = []string{
	"secure the border", "secure our borders", "my body my choice", "yes we can",
	"build back better", "hands up don't shoot", "love trumps hate", "send her back",
	"four more years", "promises made promises kept", "take our country back",

	"make america great again", "maga", "america first", "build the wall",
	"lock her up", "drain the swamp", "keep america great", "take back control",
	"get brexit done",
	"no justice no peace", "not my president",
	"defund the police", "abolish ice", "stop the steal", "let's go brandon",
	"no surrender",
	"the people have spoken", "enough is enough",
	"we will not be silenced",
}

var clicheList = []string{
	"it's just common sense", "it is just common sense", "you gotta do what you gotta do",
	"better late than never", "mind your own business", "never say never", "it's a free country",
	"such is life", "rules are rules", "facts are facts", "what goes around comes around",
	"it's not rocket science", "let's face it", "let's be honest", "the bottom line is",
	"plain and simple", "it's that simple", "simple as that", "end of discussion",
	"case closed", "so be it",
	"it is what it is", "at the end of the day", "end of story",
	"that's that", "that is that", "enough said", "nuff said",
	"let that sink in", "think about it",
	"you can't make this up", "you can't make this stuff up",
	"the facts speak for themselves", "wake up", "open your eyes",
	"do your own research", "make no mistake", "mark my words",
	"the truth is out there", "go figure", "just saying",
	"what's done is done", "boys will be boys", "everything happens for a reason",
}

var whataboutList = []string{
	"where were they when",
	"the same people who", "the same media", "the same politicians",
	"what about", "but what about", "how about when", "where was the outrage",
	"where were you when", "yet nobody", "yet no one", "nobody talks about",
	"no one talks about", "the media ignores", "the media ignored",
}

var bandwagonList = []string{
	"everyone is talking", "everybody knows it", "everyone knows it", "the whole country knows",
	"everyone agrees", "everybody agrees",

	"people are saying", "many people are saying",
	"many are saying",
	"everyone knows", "everybody knows", "join the millions",
	"the whole world knows", "the world is watching",
}

var hitlerList = []string{
	"hitler", "nazi*", "gestapo", "third reich", "stalin*", "mussolini",
	"pol pot", "kkk", "ku klux klan", "jim crow", "brownshirt*", "goebbels",
	"fascist*", "fascism",
}

var blackWhiteList = []string{
	"no alternative", "the only answer", "the only hope", "one or the other", "no third way",
	"either we", "either they", "only two choices",
	"either you", "you are either", "you're either", "with us or against us",
	"with us or with", "there is no middle ground", "no middle ground",
	"only two options", "only two choices", "the only option", "the only choice",
	"the only way", "the only solution", "there is no alternative",
	"no other choice", "no other option",
}

var causalList = []string{

	"the real reason",
	"the sole reason", "the only reason", "is to blame", "are to blame",
	"all because",
	"directly caused",

	"solely because", "simply because", "purely because", "all because of",
}

var authorityList = []string{
	"scientists overwhelmingly agree", "overwhelming scientific consensus",

	"leading scientists", "top scientists", "renowned",
	"experts agree", "scientists agree",
	"doctors agree", "studies show", "research shows",
	"science says", "the science is settled", "top experts",
	"leading experts", "world-renowned", "nobel prize-winning",
}
