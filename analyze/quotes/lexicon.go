package quotes

import (
	_ "embed"
	"strings"
)

// Word lists for speaker detection. Everything is keyed in lower case.

//go:embed data/first_names.tsv
var firstNamesTSV string

//go:embed data/countries.txt
var countriesTXT string

// firstNames maps a lower-case first name to 'f', 'm' or 'u' (both).
var firstNames = func() map[string]byte {
	m := make(map[string]byte, 9000)
	for line := range strings.SplitSeq(firstNamesTSV, "\n") {
		name, g, ok := strings.Cut(line, "\t")
		if ok && g != "" {
			m[strings.ToLower(name)] = g[0]
		}
	}
	// Words that are first names but far more often something else.
	for _, w := range strings.Fields("may june april august will hope faith grace joy " +
		"chance rich bill art sun summer china india justice page law star") {
		delete(m, w)
	}
	return m
}()

// places holds country names and a few large regions and cities.
var places = func() map[string]bool {
	m := map[string]bool{}
	for line := range strings.SplitSeq(countriesTXT, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			m[strings.ToLower(line)] = true
		}
	}
	for _, w := range strings.Split("us|u.s|uk|u.k|eu|america|europe|asia|africa|britain|england|scotland|wales|"+
		"beijing|washington|london|paris|berlin|moscow|brussels|hong kong|new york|los angeles|"+
		"tokyo|taiwan|gaza|kyiv|kiev|madrid|rome|silicon valley|wall street|white house|"+
		"downing street|kremlin|pentagon|capitol hill|bordeaux|california|texas|florida|virginia", "|") {
		m[w] = true
	}
	return m
}()

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// titles precede a name ("President Xi Jinping", "Commerce Secretary
// Wilbur Ross"); they are not part of the name.
var titles = words("mr mrs ms miss mx dr prof professor sir dame lord lady president vice " +
	"secretary minister chancellor senator sen rep representative congressman congresswoman " +
	"gov governor mayor judge justice general gen gov. lt col colonel major capt captain " +
	"commander admiral sgt sergeant officer detective inspector chief ceo cfo coo cto chairman " +
	"chairwoman chair director deputy ambassador commissioner councillor councilor " +
	"councilman councilwoman spokesman spokeswoman spokesperson king queen prince princess " +
	"pope bishop archbishop rabbi imam rev reverend father sister brother premier " +
	"herr frau monsieur madame mme mlle señor señora sr sra dott avv sig signor " +
	"attorney prosecutor coach manager founder co-founder economist analyst researcher " +
	"lawyer professor. leader speaker whip sheriff superintendent administrator lieutenant " +
	// German, French, Spanish, Italian titles (capitalised nouns in German)
	"bürgermeister bürgermeisterin ministerin minister präsident präsidentin kanzler kanzlerin " +
	"sprecher sprecherin geschäftsführer geschäftsführerin vorsitzende vorsitzender chefin " +
	"direktor direktorin professorin landrat landrätin staatssekretär staatssekretärin " +
	"ministre maire président présidente député députée porte-parole " +
	"alcalde alcaldesa presidente presidenta ministro ministra portavoz " +
	"sindaco sindaca portavoce assessore onorevole chef")

// roleNouns are lower-case heads of descriptive speakers ("the spokesperson",
// "a senior official"); "the ROLE" can refer back to a named person
// introduced with that role.
var roleNouns = words("spokesperson spokesman spokeswoman minister president mayor senator " +
	"official officials officer lawyer lawyers attorney prosecutor judge chief ceo executive " +
	"director chairman chairwoman chair founder co-founder secretary governor ambassador " +
	"researcher analyst economist expert experts professor scientist engineer witness " +
	"resident residents source sources representative representatives spokesmen " +
	"councillor councilor commissioner manager leader leaders coach doctor police " +
	"investigator investigators statement report company firm government ministry " +
	"department agency embassy group campaigners activists friend friends businessman " +
	"businesswoman billionaire president-elect candidate chancellor premier diplomat " +
	"husband wife son daughter mother father brother sister colleague neighbour neighbor " +
	"captain manager judge aide aides adviser advisor strategist " +
	"sprecher sprecherin bürgermeisterin bürgermeister geschäftsführer maire ministre " +
	"porte-parole alcalde alcaldesa presidenta presidente portavoz sindaco portavoce")

// orgWords mark a capitalised sequence as an organisation or a place, not
// a person.
var orgWords = words("house party committee ministry department council court university " +
	"college school bank group inc ltd corp co plc llc company corporation agency association " +
	"commission news post times journal street city province republic union foundation " +
	"institute centre center office police army navy government senate congress parliament " +
	"consortium project operation organisation organization authority board federal national " +
	"international state states united kingdom airlines airways club fund trust partners " +
	"holdings capital reuters press radio television tv network guardian monde telegraph " +
	"hall bureau service services church assembly cabinet administration embassy interpol " +
	"polytechnic hospital museum league federation alliance coalition movement front " +
	"square avenue road river island islands mountains sea ocean lake bay harbour harbor " +
	"county district region valley airport station tower bridge park north south east west " +
	"democrats republicans labour conservatives communist mr. al-jazeera ai " +
	"notice policy privacy terms cookies newsletter subscribe " +
	"port porto puerto hafen stadt città ciudad ville rue via piazza plaza platz strasse straße " +
	"gmbh ag sa spa srl bv nv initiative verband kammer partei conseil ministère ayuntamiento " +
	"comune regione consiglio gobierno gouvernement regierung " +
	"monday tuesday wednesday thursday friday saturday sunday " +
	"january february march april may june july august september october november december")

// nationality-like adjectives end sequences such as "Chinese", "French".
func isNationality(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"ese", "ish", "ian", "ean", "can", "ch", "an", "i"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return places[strings.TrimSuffix(lw, suf)] || nationalities[lw]
		}
	}
	return nationalities[lw]
}

var nationalities = words("chinese american british french german italian spanish russian " +
	"japanese korean indian turkish israeli iranian iraqi saudi ukrainian polish dutch swiss " +
	"swedish danish norwegian finnish greek irish scottish welsh english european african " +
	"asian arab mexican canadian australian brazilian singaporean taiwanese palestinian " +
	"western eastern northern southern federal foreign")

// pronouns per language and the gender they imply ('m', 'f', 'p' plural,
// 'n' neuter). German "sie" is she or they: 'u'.
var pronouns = map[string]map[string]byte{
	"en": {"he": 'm', "she": 'f', "they": 'p', "it": 'n'},
	"de": {"er": 'm', "sie": 'u'},
	"fr": {"il": 'm', "elle": 'f', "ils": 'p', "elles": 'p'},
	"es": {"él": 'm', "ella": 'f', "ellos": 'p', "ellas": 'p'},
	"it": {"lui": 'm', "lei": 'f', "loro": 'p'},
}

// pronoun returns the gender of the subject pronoun w (lower case) in
// lang (English when lang has no list), or 0.
func pronoun(w, lang string) byte {
	if m, ok := pronouns[lang]; ok {
		if g := m[w]; g != 0 {
			return g
		}
		if lang != "en" {
			return 0
		}
	}
	return pronouns["en"][w]
}

// stopCaps are capitalised words that open sentences or phrases but are not
// part of names.
var stopCaps = words("the a an this that these those it its he she they we i you his her their " +
	"our my your but and or so yet in on at for from with by as if when while after before " +
	"during then there here however meanwhile still also some many most what why how who " +
	"which where such both each every all since although though despite because under over " +
	"among instead now later earlier today yesterday last next one two three according " +
	"asked speaking like unlike until without within about against between into through " +
	"der die das ein eine er es wir le la les il elle un une des el los las ella lo gli " +
	"mr. mrs. dr. not no yes other another even only just once again " +
	"selon según secondo laut")
