package storeenc

import truthlens "github.com/truthlens/truthlens"

// SummaryColumns are the columns of the articles table that an article
// listing row (truthlens.ArticleSummary) is read from, in the order that
// SummaryDest scans them. Both stores select exactly these.
const SummaryColumns = `id, url, outlet, title, published, story_id,
	objectivity, accuracy, transparency, overall, created_at`

// SummaryDest returns the scan destinations of SummaryColumns for s.
// published, story and created are the caller's own destinations for the
// published, story_id and created_at columns, whose Go types differ between
// the database drivers; the caller converts them into s after the scan.
func SummaryDest(s *truthlens.ArticleSummary, published, story, created any) []any {
	return []any{&s.ID, &s.URL, &s.Source, &s.Title, published, story,
		&s.Objectivity, &s.Accuracy, &s.Transparency, &s.Overall, created}
}
