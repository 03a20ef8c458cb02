package truthlens

// Story groups the articles of several outlets about one event and compares
// their coverage. Article ids are the JSON Lines id, else the input path
// (CLI), or the stored article id (server).
type Story struct {
	ID                 string       `json:"id"`
	Title              string       `json:"title"`
	Articles           []string     `json:"articles"`
	Origin             string       `json:"origin"`
	Copies             []Copy       `json:"copies"`
	IndependentSources int          `json:"independent_sources"`
	Quotes             []QuoteGroup `json:"quotes"`
	Claims             []StoryClaim `json:"claims"`
	Omissions          []Omission   `json:"omissions"`
}

// Copy says that article ID is a near-duplicate (syndicated or lightly
// edited copy) of article Of.
type Copy struct {
	ID         string  `json:"id"`
	Of         string  `json:"of"`
	Similarity float64 `json:"similarity"`
}

// QuoteGroup is one utterance of one speaker as reported across the story.
// Consistent is false when the variants differ materially (not only in
// punctuation or case).
type QuoteGroup struct {
	Speaker    string         `json:"speaker"`
	Variants   []QuoteVariant `json:"variants"`
	Consistent bool           `json:"consistent"`
}

// QuoteVariant is one wording of a quote and the articles that carry it.
type QuoteVariant struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

// StoryClaim is a claim matched across articles; Origins counts the
// independent origins (copies never count) that report it.
type StoryClaim struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
	Origins  int      `json:"origins"`
}

// Omission lists the claims reported by at least two independent origins of
// the story that the article does not contain.
type Omission struct {
	Article string   `json:"article"`
	Missing []string `json:"missing"`
}

// StoriesResult is the output object of `truthlens stories`.
type StoriesResult struct {
	Stories []Story `json:"stories"`
}
