package story

import (
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// Fictional fixtures: every name, place and event here is invented.

// art builds an analysed article: sentences split at ". ", and quotes
// found from (speaker, words) pairs, with offsets into the text.
func art(id, site, published, title, text string, quotes ...[2]string) truthlens.Article {
	a := truthlens.Article{Document: truthlens.Document{ID: id, Input: id + ".txt", Site: site, Title: title, Published: truthlens.Date(published), Text: text}}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end += start + 1
		}
		s := strings.TrimSpace(text[start:end])
		if s != "" {
			off := start + strings.Index(text[start:end], s)
			a.Sentences = append(a.Sentences, truthlens.Sentence{Start: off, End: off + len(s), Text: s, Claim: true})
		}
		start = end + 1
	}
	for _, q := range quotes {
		i := strings.Index(text, q[1])
		if i < 0 {
			panic("fixture quote not in text: " + q[1])
		}
		a.Quotes = append(a.Quotes, truthlens.Quote{Start: i, End: i + len(q[1]), Text: q[1], Speaker: q[0], Cue: "said"})
	}
	return a
}

func headline(id, site, published, title string) truthlens.Article {
	return truthlens.Article{Document: truthlens.Document{ID: id, Input: id, Site: site, Title: title, Published: truthlens.Date(published)}}
}

const wireText = `Engineers in the port city of Varnholm began draining the flooded Kessel tunnel on Tuesday after a burst water main filled it overnight, the city transport office said. About 4,200 commuters who use the tunnel each morning were sent to replacement buses on the north bank. Transport director Ilse Marrow said the pumps would run for at least three days. "We will have the tunnel open before the weekend," Marrow said. The water main, laid in 1961, had been scheduled for replacement next spring. Inspectors found a crack about forty centimetres long near the eastern portal. Shops in the tunnel arcade stayed closed and several owners said they had lost stock to the water. The city council will hold an emergency session on Thursday to discuss repair funding.`

// wireCopies is a wire report, five outlets running it (with boilerplate,
// light edits, a syndication line), an independent report of the same
// flood, and an unrelated story.
func wireCopies() []truthlens.Article {
	indep := `Varnholm's Kessel tunnel will stay shut for days after a burst main flooded it, our reporter at the scene saw on Tuesday. Pumps hummed at the eastern portal as crews in orange vests worked through the morning. Transport director Ilse Marrow told us: "We will have the tunnel open before the weekend." About 4,200 commuters were sent to replacement buses on the north bank, the transport office said. Bus drivers said the replacement routes were crowded and slow. The water main was laid in 1961 and was due for replacement next spring. One shopkeeper, Tomas Brede, said the water reached his knees and ruined a delivery of winter coats. Local residents had complained about damp patches on the tunnel walls for months, according to council minutes seen by this newspaper.`
	return []truthlens.Article{
		art("wire", "Norland Press Agency", "2026-03-03T06:00:00Z", "Burst main floods Kessel tunnel in Varnholm", wireText,
			[2]string{"Ilse Marrow", "We will have the tunnel open before the weekend,"}),
		art("copy1", "Varnholm Daily", "2026-03-03T07:10:00Z", "Kessel tunnel flooded by burst water main", wireText+"\n\nSubscribe to our newsletter for the latest local news every morning."),
		art("copy2", "Coast Herald", "2026-03-03T07:30:00Z", "Flooded Kessel tunnel: commuters sent to buses", strings.Replace(wireText, "on Tuesday", "on Tuesday morning", 1)),
		art("copy3", "North Bank News", "2026-03-03T08:00:00Z", "Varnholm tunnel flood", "Advertisement\n\n"+wireText+"\n\nRead more: Ten best bakeries on the north bank. Share this article on social media."),
		art("copy4", "Regional Wire Digest", "2026-03-03T08:05:00Z", "Kessel tunnel closed after flood", strings.Replace(wireText, "About 4,200 commuters", "Some 4,200 commuters", 1)),
		func() truthlens.Article {
			a := art("copy5", "Daily Aggregate", "2026-03-03T09:00:00Z", "Water main bursts under Varnholm", wireText)
			a.Disclosures = []truthlens.Disclosure{{Kind: truthlens.DisclosureSyndicated, Text: "This story is auto-generated from a syndicated feed."}}
			return a
		}(),
		art("indep", "Varnholm Courier", "2026-03-03T10:00:00Z", "Kessel tunnel to stay shut for days after flood", indep,
			[2]string{"Ilse Marrow", "We will have the tunnel open before the weekend."}),
		art("other", "Valley Times", "2026-03-03T09:30:00Z", "Orchard growers in Lindau report record cherry harvest",
			`Cherry growers in the Lindau valley picked a record crop this season, the growers' cooperative said on Tuesday. Warm spring weather and few late frosts helped the trees, cooperative chair Anneke Holm said. Prices at the Lindau market fell by a fifth as the fruit arrived. Holm said pickers worked extra shifts through the harvest.`),
	}
}

// twoEvents are two different events about the same person, each covered
// by two outlets, within the same days.
func twoEvents() []truthlens.Article {
	return []truthlens.Article{
		art("fine1", "Finance Daily", "2026-05-10T09:00:00Z", "Regulator fines Orvell Systems over customer data leak",
			`The national data regulator fined Orvell Systems 12 million crowns on Monday for a leak of customer records, the largest penalty it has issued. Orvell founder Daria Kestrel apologised to customers. Investigators found that a misconfigured backup server exposed the addresses of 800,000 customers for six weeks. The regulator said Orvell had ignored two earlier warnings about the server. Orvell said it would not appeal the fine.`),
		art("fine2", "Morning Ledger", "2026-05-10T11:00:00Z", "Orvell Systems hit with record fine after backup server exposed customer records",
			`Orvell Systems must pay a record fine of 12 million crowns after a misconfigured backup server exposed customer records, the data regulator ruled. Daria Kestrel, who founded the company, said she was sorry. About 800,000 customers had their addresses exposed for six weeks, investigators said. The regulator noted two earlier warnings that Orvell ignored. The company will not appeal.`),
		art("school1", "City Voice", "2026-05-11T08:00:00Z", "Daria Kestrel opens coding school in Brennick",
			`Tech founder Daria Kestrel opened a free coding school for teenagers in the harbour town of Brennick on Tuesday. The school, housed in a former fish market, will teach 120 pupils in its first year. Kestrel, who grew up in Brennick, paid for the building herself. The mayor of Brennick cut the ribbon and pupils showed games they had written in a summer camp.`),
		art("school2", "Harbour Gazette", "2026-05-11T10:00:00Z", "Free coding school for teenagers opens in old Brennick fish market",
			`A former fish market in Brennick is now a free coding school for teenagers, funded by Orvell founder Daria Kestrel, who grew up in the town. It will take 120 pupils in its first year. At the opening on Tuesday the mayor cut the ribbon, and pupils from a summer camp showed the games they had written.`),
		art("weather", "Valley Times", "2026-05-10T12:00:00Z", "Late frost threatens Lindau orchards",
			`Growers in the Lindau valley lit fires among their cherry trees overnight as a late frost threatened the blossom. Forecasters expect two more cold nights before the weather turns mild.`),
	}
}

// headlines are headline-only articles: a paraphrased pair about one event
// among unrelated headlines.
func headlines() []truthlens.Article {
	return []truthlens.Article{
		headline("h1", "Coast Herald", "2026-06-01T08:00:00Z", "Storm Elsa floods coastal town of Marlow, hundreds evacuated"),
		headline("h2", "Daily Aggregate", "2026-06-01T09:30:00Z", "Hundreds evacuated as Marlow under water after Storm Elsa"),
		headline("h3", "Finance Daily", "2026-06-01T08:10:00Z", "Orvell Systems shares fall after profit warning"),
		headline("h4", "City Voice", "2026-06-01T10:00:00Z", "Brennick council approves new harbour bridge"),
		headline("h5", "Valley Times", "2026-06-01T07:00:00Z", "Lindau cherry prices hit five-year low"),
		headline("h6", "Sports Hour", "2026-06-01T11:00:00Z", "Varnholm United sign young goalkeeper from Kessel"),
		headline("h7", "Morning Ledger", "2026-06-01T12:00:00Z", "Central bank holds rates as inflation cools"),
	}
}

// bridgeQuotes are three outlets quoting one minister on one bridge: one
// changes the words, one differs only in punctuation and case.
func bridgeQuotes() []truthlens.Article {
	base := `The Brennick harbour bridge closed on Friday after inspectors found corroded cables, the roads ministry said. Roads minister Pavel Orsk visited the bridge on Saturday. %s Ferries will carry cars across the harbour until repairs are done. Inspectors said the cables had not been checked for nine years.`
	return []truthlens.Article{
		art("q1", "City Voice", "2026-07-04T09:00:00Z", "Brennick bridge shut over corroded cables",
			strings.Replace(base, "%s", `"We will reopen the bridge before the winter storms," Orsk said.`, 1),
			[2]string{"Pavel Orsk", "We will reopen the bridge before the winter storms,"}),
		art("q2", "Harbour Gazette", "2026-07-04T10:00:00Z", "Corroded cables close Brennick harbour bridge",
			strings.Replace(base, "%s", `Orsk said: "we will reopen the bridge before the winter storms!"`, 1),
			[2]string{"Orsk", "we will reopen the bridge before the winter storms!"}),
		art("q3", "Coast Herald", "2026-07-04T11:00:00Z", "Minister: Brennick bridge may stay shut into next year",
			strings.Replace(base, "%s", `"We may not reopen the bridge before next summer," minister Pavel Orsk said.`, 1),
			[2]string{"Pavel Orsk", "We may not reopen the bridge before next summer,"}),
	}
}
