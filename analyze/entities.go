package analyze

import (
	"sort"
	"strings"

	"github.com/truthlens/truthlens/analyze/lexicon"
)

// Entities the sections talk about: countries, companies, institutions,
// markets and money. Found with precompiled lists and capitalisation; no
// statistical tagger.

// countryOf maps a country name or demonym to the country.
var countryOf = func() map[string]string {
	m := map[string]string{}
	for _, e := range []string{
		"United States:united states,us,u.s,u.s.,usa,america,american,americans",
		"China:china,chinese,beijing,prc", "Russia:russia,russian,russians,moscow,kremlin",
		"United Kingdom:united kingdom,uk,u.k,britain,british,england,english,scotland,wales,london",
		"France:france,french,paris", "Germany:germany,german,germans,berlin",
		"Italy:italy,italian,rome", "Spain:spain,spanish,madrid", "Japan:japan,japanese,tokyo",
		"India:india,indian,new delhi", "Pakistan:pakistan,pakistani", "Iran:iran,iranian,tehran",
		"Iraq:iraq,iraqi", "Israel:israel,israeli,israelis", "Palestine:palestine,palestinian,palestinians,gaza,west bank",
		"Ukraine:ukraine,ukrainian,ukrainians,kyiv,kiev", "Turkey:turkey,turkish,ankara",
		"Saudi Arabia:saudi arabia,saudi,riyadh", "Syria:syria,syrian", "Egypt:egypt,egyptian",
		"North Korea:north korea,north korean,pyongyang", "South Korea:south korea,south korean,seoul",
		"Taiwan:taiwan,taiwanese,taipei", "Hong Kong:hong kong", "Singapore:singapore,singaporean",
		"Canada:canada,canadian,ottawa", "Mexico:mexico,mexican", "Brazil:brazil,brazilian",
		"Argentina:argentina,argentine", "Australia:australia,australian,canberra",
		"New Zealand:new zealand", "South Africa:south africa,south african", "Nigeria:nigeria,nigerian",
		"Kenya:kenya,kenyan", "Ethiopia:ethiopia,ethiopian", "Rwanda:rwanda,rwandan",
		"Poland:poland,polish,warsaw", "Netherlands:netherlands,dutch", "Belgium:belgium,belgian,brussels",
		"Switzerland:switzerland,swiss", "Sweden:sweden,swedish", "Norway:norway,norwegian",
		"Ireland:ireland,irish", "Greece:greece,greek", "Hungary:hungary,hungarian",
		"Venezuela:venezuela,venezuelan", "Cuba:cuba,cuban", "Afghanistan:afghanistan,afghan",
		"Indonesia:indonesia,indonesian", "Philippines:philippines,filipino", "Vietnam:vietnam,vietnamese",
		"Thailand:thailand,thai", "Malaysia:malaysia,malaysian", "Qatar:qatar,qatari",
		"United Arab Emirates:united arab emirates,uae,emirati,dubai", "Lebanon:lebanon,lebanese",
		"Yemen:yemen,yemeni", "Libya:libya,libyan", "Sudan:sudan,sudanese", "Belarus:belarus,belarusian",
		"Austria:austria,austrian", "Portugal:portugal,portuguese", "Denmark:denmark,danish",
		"Finland:finland,finnish", "Czech Republic:czech republic,czech", "Romania:romania,romanian",
		"Serbia:serbia,serbian", "Colombia:colombia,colombian", "Chile:chile,chilean", "Peru:peru,peruvian",
		"Bangladesh:bangladesh,bangladeshi", "Myanmar:myanmar,burma,burmese", "Cambodia:cambodia,cambodian",
		"Kazakhstan:kazakhstan", "Georgia:tbilisi", "Armenia:armenia,armenian", "Azerbaijan:azerbaijan",
	} {
		name, list, _ := strings.Cut(e, ":")
		for _, w := range strings.Split(list, ",") {
			m[w] = name
		}
	}
	return m
}()

// outletMatcher finds references to news outlets and to "the media".
var outletMatcher = newMatcher([]string{
	"reuters", "associated press", "the associated press", "ap news", "afp", "agence france-presse",
	"bloomberg", "bbc", "cnn", "fox news", "msnbc", "nbc news", "cbs news", "abc news", "npr",
	"new york times", "the new york times", "washington post", "the washington post",
	"wall street journal", "the wall street journal", "financial times", "the financial times",
	"the guardian", "the economist", "the times", "the telegraph", "the independent",
	"le monde", "le figaro", "radio france", "der spiegel", "die zeit", "el país", "el pais",
	"al jazeera", "xinhua", "global times", "people's daily", "cctv", "tass", "ria novosti",
	"rt", "south china morning post", "nikkei", "kyodo", "yonhap", "politico", "axios",
	"the atlantic", "the new yorker", "propublica", "the intercept", "breitbart", "the hill",
	"usa today", "los angeles times", "icij", "bellingcat",
	"state media", "local media", "chinese media", "russian media", "state television",
	"state-run media", "state-owned media", "media reports", "press reports", "news reports",
})

var countryMatcher = func() *matcher {
	m := newMatcher()
	for w, c := range countryOf {
		m.add(w + "|" + c)
	}
	return m
}()

var orgHeads = setOf("court", "ministry", "commission", "department", "agency", "police",
	"council", "parliament", "congress", "senate", "bank", "university", "foundation",
	"consortium", "party", "committee", "office", "embassy", "government", "army",
	"institute", "association", "union", "organisation", "organization", "federation",
	"authority", "service", "board", "tribunal", "assembly", "house", "inspection",
	"bureau", "centre", "center", "fund", "league", "network", "defenders", "watch",
	"interpol", "nato", "un", "eu", "who", "imf", "fbi", "cia", "icij", "opec", "wto")

var companyHeads = setOf("inc", "corp", "corporation", "ltd", "llc", "plc", "group",
	"holdings", "co", "company", "technologies", "motors", "airlines", "ag", "sa", "gmbh",
	"capital", "partners", "industries", "pharmaceuticals", "energy", "labs", "systems")

var knownCompanies = setOf("apple", "google", "alphabet", "amazon", "microsoft", "meta",
	"facebook", "tesla", "nvidia", "alibaba", "tencent", "huawei", "samsung", "toyota",
	"boeing", "airbus", "exxon", "exxonmobil", "chevron", "shell", "bp", "walmart",
	"netflix", "openai", "twitter", "x corp", "tiktok", "bytedance", "baidu", "jd.com",
	"xiaomi", "sony", "intel", "amd", "ibm", "oracle", "uber", "spacex", "pfizer", "moderna",
	"volkswagen", "bmw", "ford", "gm", "goldman sachs", "jpmorgan", "blackrock", "hsbc",
	"barclays", "ant group", "foxconn", "tsmc", "disney", "visa", "mastercard", "paypal")

var marketWords = setOf("stock", "stocks", "shares", "share", "market", "markets", "investors",
	"investor", "bond", "bonds", "nasdaq", "nyse", "dow", "s&p", "ftse", "nikkei", "index",
	"trading", "traded", "valuation", "ipo", "dividend", "equity", "equities", "futures",
	"commodities", "oil", "gold", "inflation", "interest", "tariff", "tariffs")

var exchanges = setOf("nyse", "nasdaq", "lse", "hkex", "tsx", "asx", "sse", "szse", "euronext", "xetra")

// movers and moveVerbs find reported market moves: "shares fell", "the
// index closed up", "stocks tumbled".
var movers = setOf("stock", "stocks", "shares", "share", "index", "markets", "market", "bonds", "yields", "price", "prices")

var moveVerbs = setOf("rose", "fell", "jumped", "slumped", "dropped", "climbed", "gained", "lost",
	"plunged", "soared", "tumbled", "surged", "sank", "slid", "rallied", "dipped", "declined",
	"rises", "falls", "jumps", "drops", "climbs", "gains", "plunge", "plunges", "soar", "soars",
	"tumble", "tumbles", "surge", "surges", "rallies", "closed")

var currencyWords = setOf("dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling",
	"yuan", "renminbi", "rmb", "yen", "rupee", "rupees", "rouble", "roubles", "ruble", "rubles",
	"bitcoin", "bn", "billion", "million", "trillion")

var communityWords = setOf("workers", "farmers", "students", "teachers", "parents", "families",
	"immigrants", "migrants", "refugees", "dissidents", "activists", "campaigners", "voters",
	"residents", "patients", "doctors", "nurses", "veterans", "women", "children", "minorities",
	"muslims", "christians", "jews", "uyghurs", "tibetans", "investors", "consumers",
	"shareholders", "employees", "journalists", "lawyers", "exiles", "diaspora", "protesters",
	"unions", "businesses", "businesspeople", "entrepreneurs", "critics", "opponents",
	"supporters", "communities", "community", "taxpayers", "citizens")

// entities holds what the sections need, each list in order of first
// mention with its first span.
type entities struct {
	// moves are sentences reporting a market move ("shares fell 3%").
	moves []mention
	// media are the news outlets (and "state media") the article refers to.
	media       []mention
	countries   []mention
	orgs        []mention
	companies   []mention
	markets     []mention
	money       []mention
	communities []mention
}

type mention struct {
	Name       string
	Start, End int
	Count      int
}

type mentionSet struct {
	list  []mention
	index map[string]int
}

func (ms *mentionSet) add(name string, a, b int) {
	for _, p := range []string{"’s", "'s"} {
		if strings.HasSuffix(name, p) && len(name) > len(p) {
			name, b = name[:len(name)-len(p)], b-len(p)
		}
	}
	if ms.index == nil {
		ms.index = map[string]int{}
	}
	k := strings.TrimPrefix(strings.ToLower(name), "the ")
	if i, ok := ms.index[k]; ok {
		ms.list[i].Count++
		return
	}
	ms.index[k] = len(ms.list)
	ms.list = append(ms.list, mention{Name: name, Start: a, End: b, Count: 1})
}

// byCount returns the mentions, most mentioned first (stable by first mention).
func (ms *mentionSet) byCount() []mention {
	out := append([]mention(nil), ms.list...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}

func (st *state) entities() entities {
	var countries, orgs, comps, markets, money, comms, moves, media mentionSet
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Sent < 0 {
			continue
		}
		if n, _ := outletMatcher.at(toks, i); n > 0 && (t.has(fUpper) || t.has(fAllCaps) || toks[i+n-1].Norm == "media" || toks[i+n-1].Norm == "reports" || toks[i+n-1].Norm == "television") {
			media.add(st.s[t.Start:toks[i+n-1].End], t.Start, toks[i+n-1].End)
			i += n - 1
			continue
		}
		if exchanges[t.Norm] && i+1 < len(toks) && toks[i+1].has(fAllCaps) && strings.Contains(st.s[t.End:toks[i+1].Start], ":") {
			comps.add(st.s[t.Start:toks[i+1].End], t.Start, toks[i+1].End) // "NYSE: BABA"
			i++
			continue
		}
		if t.has(fUpper) {
			if n, c := countryMatcher.at(toks, i); n > 0 {
				countries.add(c, t.Start, toks[i+n-1].End)
				i += n - 1
				continue
			}
			// A capitalised name: its words up to a non-capitalised one.
			j := i + 1
			for j < len(toks) && toks[j].Sent == t.Sent && !st.boundary(toks[j-1], toks[j]) &&
				(toks[j].has(fUpper) || (toks[j].Norm == "of" || toks[j].Norm == "for" || toks[j].Norm == "and") && j+1 < len(toks) && toks[j+1].has(fUpper)) {
				j++
			}
			if j-i > 6 {
				j = i + 6
			}
			a := i
			// Drop a sentence opener that is no part of the name ("The",
			// "Shares of").
			if toks[a].has(fFirst) && communityWords[toks[a].Norm] {
				comms.add(toks[a].Norm, toks[a].Start, toks[a].End)
			}
			if toks[a].has(fFirst) && marketWords[toks[a].Norm] {
				markets.add(toks[a].Norm, toks[a].Start, toks[a].End)
				st.marketMove(a, &moves)
			}
			for a < j && (toks[a].has(fFirst) && (determiners[toks[a].Norm] || marketWords[toks[a].Norm] || communityWords[toks[a].Norm] || pronouns[toks[a].Norm] || clauseOpeners[toks[a].Norm] || lexicon.IsStopword(st.lang, toks[a].Norm)) ||
				toks[a].Norm == "of" || toks[a].Norm == "for" || toks[a].Norm == "and") {
				a++
			}
			if a < j {
				end := toks[j-1].End
				if strings.HasSuffix(st.s[:end], "’s") {
					end -= len("’s")
				} else if strings.HasSuffix(st.s[:end], "'s") {
					end -= 2
				}
				name := st.s[toks[a].Start:end]
				last := base(toks[j-1].Norm)
				switch {
				case knownCompanies[base(toks[a].Norm)] || companyHeads[last] && j-a > 1 || strings.HasSuffix(last, ".com"):
					comps.add(name, toks[a].Start, end)
				case orgHeads[last] || orgHeads[base(toks[a].Norm)] && toks[a].has(fAllCaps):
					orgs.add(name, toks[a].Start, end)
				}
			}
			i = j - 1
			continue
		}
		switch {
		case marketWords[t.Norm]:
			markets.add(t.Norm, t.Start, t.End)
			st.marketMove(i, &moves)
		case communityWords[t.Norm]:
			comms.add(t.Norm, t.Start, t.End)
		case t.has(fDigit):
			if st.isMoney(i) {
				money.add(st.s[st.moneyStart(i):st.moneyEnd(i)], st.moneyStart(i), st.moneyEnd(i))
			}
		}
	}
	return entities{moves: moves.list, media: media.byCount(), countries: countries.byCount(), orgs: orgs.byCount(), companies: comps.byCount(),
		markets: markets.byCount(), money: money.list, communities: comms.byCount()}
}

// isMoney: a number with a currency sign before it or a currency word after.
func (st *state) isMoney(i int) bool {
	t := st.toks[i]
	if t.Start > 0 && strings.ContainsAny(st.s[max(0, t.Start-3):t.Start], "$€£¥") {
		return true
	}
	if i+1 < len(st.toks) && st.toks[i+1].Sent == t.Sent {
		n := st.toks[i+1].Norm
		return currencyWords[n] && n != "bn" && n != "million" && n != "billion" && n != "trillion" ||
			(n == "million" || n == "billion" || n == "bn") && i+2 < len(st.toks) && currencyWords[st.toks[i+2].Norm]
	}
	return strings.HasSuffix(t.Norm, "bn") || strings.HasSuffix(t.Norm, "m") && strings.ContainsAny(st.s[max(0, t.Start-3):t.Start], "$€£¥")
}

func (st *state) moneyStart(i int) int {
	t := st.toks[i]
	for k := t.Start - 1; k >= max(0, t.Start-3); k-- {
		if strings.ContainsAny(st.s[k:t.Start], "$€£¥") {
			// back up to the start of the sign's rune
			for k > 0 && st.s[k]&0xC0 == 0x80 {
				k--
			}
			return k
		}
	}
	return t.Start
}

func (st *state) moneyEnd(i int) int {
	t := st.toks[i]
	if i+1 < len(st.toks) && st.toks[i+1].Sent == t.Sent && currencyWords[st.toks[i+1].Norm] {
		if i+2 < len(st.toks) && currencyWords[st.toks[i+2].Norm] && st.toks[i+2].Sent == t.Sent {
			return st.toks[i+2].End
		}
		return st.toks[i+1].End
	}
	return t.End
}

// marketMove records the sentence of toks[i] when a move verb follows the
// market word within the next eight words ("Shares of X Inc fell 8%").
func (st *state) marketMove(i int, moves *mentionSet) {
	t := st.toks[i]
	if !movers[t.Norm] {
		return
	}
	for k := i + 1; k <= i+8 && k < len(st.toks) && st.toks[k].Sent == t.Sent; k++ {
		if moveVerbs[st.toks[k].Norm] {
			r := st.sents[t.Sent]
			moves.add(st.s[r.Start:r.End], r.Start, r.End)
			return
		}
	}
}
