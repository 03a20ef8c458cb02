package analyze

// CheckInfo describes one check of the scores: what it measures, its
// weight when it applies, and what it cannot see. The web app's methodology
// page and docs/METHODOLOGY.md are both written from this catalogue.
type CheckInfo struct {
	ID         string  `json:"id"`
	Metric     string  `json:"metric"` // objectivity, accuracy or transparency
	Label      string  `json:"label"`
	Weight     float64 `json:"weight"`
	Language   bool    `json:"language_dependent"`
	Measures   string  `json:"measures"`
	BlindSpots string  `json:"blind_spots"`
	// Stage is "article" for the checks Analyze computes, "story" for the
	// ones the stories engine appends when it compares coverage.
	Stage string `json:"stage"`
}

// Metrics.
const (
	MetricObjectivity  = "objectivity"
	MetricAccuracy     = "accuracy"
	MetricTransparency = "transparency"
)

// Check ids.
const (
	chkSubjective  = "obj.subjective"
	chkLoaded      = "obj.loaded"
	chkNameCalling = "obj.name_calling"
	chkTechniques  = "obj.techniques"
	chkExclaim     = "obj.exclamation"
	chkCaps        = "obj.all_caps"
	chkQuestions   = "obj.questions"
	chkAddress     = "obj.direct_address"
	chkHeadline    = "obj.headline"
	chkVoices      = "obj.voices"

	chkAttributed = "acc.attributed_claims"
	chkNamed      = "acc.named_sources"
	chkSpecifics  = "acc.specifics"
	chkDocuments  = "acc.documents"
	chkAnonymous  = "acc.anonymous"
	chkHedging    = "acc.hedging"
	chkSpeakers   = "acc.quote_speakers"
	chkConsistent = "acc.headline_figures"

	chkByline   = "tr.byline"
	chkDate     = "tr.date"
	chkOutlet   = "tr.outlet"
	chkSourcing = "tr.sourcing"
	chkReply    = "tr.right_of_reply"
	chkAnonWhy  = "tr.anonymity_explained"
	chkDisclose = "tr.disclosures"
	chkLinks    = "tr.links"
)

var catalogue = []CheckInfo{
	{chkSubjective, MetricObjectivity, "Outlet's sentences are not subjective", 2.5, true,
		"Share of sentences the subjectivity classifier labels subjective, with quotations masked (value 1 - share/0.6).",
		"Lexicon-based: misses sarcasm and subtle framing; opinion pieces are penalised as intended, analysis pieces sometimes too.", "article"},
	{chkLoaded, MetricObjectivity, "Neutral wording (few loaded words)", 3, true,
		"Loaded, emotive words in the outlet's own words per 100 words (value exp(-rate/0.8)).",
		"Word lists, not meaning: a loaded word used literally counts; euphemism and slant through word choice outside the list do not.", "article"},
	{chkNameCalling, MetricObjectivity, "No name-calling or labels", 1.5, true,
		"Labels instead of descriptions (\"thug\", \"regime\", \"radical left\") in the outlet's own words per 100 words (value exp(-rate/0.5)).",
		"A label can be the accurate, usual name of something (a military junta); labels in quotations are not counted.", "article"},
	{chkTechniques, MetricObjectivity, "Few propaganda techniques", 2, true,
		"Exaggeration, minimisation, fear, doubt, flag-waving, slogans, clichés, whataboutism, bandwagon, black-and-white, causal oversimplification, appeal to authority, reductio ad Hitlerum in the outlet's own words per 100 words (value exp(-rate/0.5)); rhetorical questions and repetitions are listed as techniques but counted by their own checks.",
		"Phrase lists catch the common wordings only; techniques argued over several sentences, straw men and red herrings are not detected.", "article"},
	{chkExclaim, MetricObjectivity, "No exclamations", 1.5, false,
		"Exclamation marks outside quotations per sentence (value exp(-rate/0.1)).",
		"Counts punctuation only; a quoted exclamation outside the marks detected by the quote finder would count.", "article"},
	{chkCaps, MetricObjectivity, "No shouting in capitals", 1, false,
		"Words in capitals that shout (runs of two or more, or a known shout word), outside quotations, per 100 words (value exp(-rate/0.3)).",
		"Acronyms written in runs (\"US NATO\") can be mistaken for shouting; a single shouted word outside the list is missed.", "article"},
	{chkQuestions, MetricObjectivity, "Few rhetorical questions", 1, false,
		"Questions asked in the outlet's own words per sentence (value exp(-rate/0.1)).",
		"Explainers that ask and answer questions lose a little.", "article"},
	{chkAddress, MetricObjectivity, "Does not address the reader", 1, true,
		"First- and second-person words (we, our, you) in the outlet's own words per 100 words (value exp(-rate/1.0)).",
		"Columns and service pieces use them legitimately.", "article"},
	{chkHeadline, MetricObjectivity, "Headline is not sensational", 1.5, false,
		"1 - sensationalism/10 of the headline, minus 0.3 if it is clickbait (from the headline analyser).",
		"Judges the title alone; does not apply when there is no title.", "article"},
	{chkVoices, MetricObjectivity, "Several voices are heard", 1, false,
		"Distinct quoted speakers (value 1 - exp(-speakers/1.5)).",
		"Quantity, not balance: two speakers of the same side count as two voices.", "article"},

	{chkAttributed, MetricAccuracy, "Claims are attributed", 3, true,
		"Share of checkable claims that name their source or cite a document in the same sentence (anonymous attribution counts a third); half of the claims earns the full value, as reporters attribute once per paragraph.",
		"Attribution is found from reporting verbs and \"according to\"; a claim sourced in the previous sentence counts as unattributed.", "article"},
	{chkNamed, MetricAccuracy, "Named sources", 2, false,
		"Distinct named sources (quoted speakers and named attributions), value 1 - exp(-sources/2).",
		"Does not judge whether a source is credible or independent.", "article"},
	{chkSpecifics, MetricAccuracy, "Specific figures and dates", 2, false,
		"Share of sentences with a number or a date (value share/0.35, capped at 1).",
		"A precise number can be wrong; the check rewards specificity, not correctness.", "article"},
	{chkDocuments, MetricAccuracy, "Documents and records cited", 1, true,
		"Sentences citing documents, records, data or reports as their source (value 1 - exp(-n/1.5)).",
		"Breaking news and interviews rarely cite documents and lose a little.", "article"},
	{chkAnonymous, MetricAccuracy, "Little anonymous or vague sourcing", 2, true,
		"Sentences relying on unnamed sources or vague attribution (\"sources say\", \"many people are saying\", \"reportedly\") per sentence (value exp(-rate/0.08)).",
		"Responsible anonymous sourcing (explained, as in investigative work) still lowers this check; tr.anonymity_explained gives it back.", "article"},
	{chkHedging, MetricAccuracy, "Little speculation", 1, true,
		"Speculative wording (\"possibly\", \"it appears\", \"could be\") in the outlet's own words per 100 words (value exp(-rate/1.5)).",
		"Careful hedging of unproven allegations (\"allegedly\") is good practice and is not counted; other honest caution is.", "article"},
	{chkSpeakers, MetricAccuracy, "Quotations have speakers", 1.5, false,
		"Share of quotations whose speaker is identified.",
		"Depends on the quote finder; does not apply without quotations.", "article"},
	{chkConsistent, MetricAccuracy, "Headline figures appear in the text", 1, false,
		"Share of the numbers in the headline that the body also states.",
		"Only applies when the headline has figures; a figure restated in other words counts as missing.", "article"},

	{chkByline, MetricTransparency, "Byline", 2, false,
		"The article names its author or agency.",
		"Depends on extraction finding the byline; a pen name counts.", "article"},
	{chkDate, MetricTransparency, "Publication date", 1.5, false,
		"The article carries a publication date.",
		"Depends on extraction; an updated date counts.", "article"},
	{chkOutlet, MetricTransparency, "Outlet named", 0.5, false,
		"The publishing outlet is known.",
		"Pasted text without metadata loses this check.", "article"},
	{chkSourcing, MetricTransparency, "Says where information comes from", 2, true,
		"Share of sentences that attribute what they say (reporting verbs, \"according to\", quotations), value share/0.3 capped at 1.",
		"Counts attributions, not their quality.", "article"},
	{chkReply, MetricTransparency, "Right of reply", 2, true,
		"The article reports a response or a request for one (\"did not respond\", \"declined to comment\", \"a spokesperson said\", \"denied the allegations\"), one per sentence: value 1 - exp(-n/0.8) (0.71 for one, 0.92 for two).",
		"Articles that accuse no one need no reply and still lose a little.", "article"},
	{chkAnonWhy, MetricTransparency, "Anonymity explained", 1.5, true,
		"When unnamed sources are used, the share of them whose anonymity is explained (\"on condition of anonymity because...\").",
		"Applies only when anonymous sourcing is found.", "article"},
	{chkDisclose, MetricTransparency, "Provenance disclosed", 1, false,
		"The article states its provenance: syndication, AI generation, sponsorship or a correction.",
		"Applies only when a disclosure is found; their absence is not penalised.", "article"},
	{chkLinks, MetricTransparency, "Links to sources", 1, false,
		"Links in the article body (value 1 - exp(-links/3)).",
		"Plain-text input has no links: the check then does not apply.", "article"},

	{"story.corroboration", MetricAccuracy, "Claims corroborated by independent outlets", 1, false,
		"Share of the article's claims that another independent outlet of the same story also reports (appended by the stories engine, package story).",
		"Applies only once the article is grouped with independent coverage; copies and rewrites of one report do not count as corroboration; a claim reworded beyond recognition counts as uncorroborated.", "story"},
	{"story.quote_consistency", MetricAccuracy, "Quotations worded as other outlets report them", 1, false,
		"Share of the article's quotations, also reported by other outlets, whose wording matches theirs (appended by the stories engine).",
		"A faithful translation or a longer excerpt of the same words can look inconsistent.", "story"},
}

// Catalogue returns every check of the scores, in score order, including the checks the stories engine appends (Stage "story").
func Catalogue() []CheckInfo { return append([]CheckInfo(nil), catalogue...) }

var catalogueByID = func() map[string]CheckInfo {
	m := make(map[string]CheckInfo, len(catalogue))
	for _, c := range catalogue {
		m[c.ID] = c
	}
	return m
}()
