package truthlens

import (
	"context"
	"time"
)

// ArticleFilter selects articles for listing. Query is a full-text search.
type ArticleFilter struct {
	Limit  int
	Offset int
	Source string // outlet id or name
	Query  string
}

// ArticleSummary is one row of an article listing.
type ArticleSummary struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Source    string  `json:"source"`
	Title     string  `json:"title"`
	Published Date    `json:"published"`
	Story     *string `json:"story"`
	// The article's scores, for pages (not part of the API's list shape).
	Objectivity  float64   `json:"-"`
	Accuracy     float64   `json:"-"`
	Transparency float64   `json:"-"`
	Overall      float64   `json:"-"`
	Created      time.Time `json:"-"`
}

// Outlet is a news source with its article count and average scores.
type Outlet struct {
	ID           string  `json:"id"`
	Name         string  `json:"name"`
	Articles     int     `json:"articles"`
	Objectivity  float64 `json:"objectivity"`
	Accuracy     float64 `json:"accuracy"`
	Transparency float64 `json:"transparency"`
	Overall      float64 `json:"overall"`
}

// ArticleStore stores analysed articles. Articles are keyed by ArticleKey:
// saving one whose key exists returns the existing id and created=false.
// A missing row is an *Error with code ENOTFOUND, never nil, nil.
type ArticleStore interface {
	SaveArticle(ctx context.Context, a *Article) (id string, created bool, err error)
	// UpdateArticle replaces the stored analysis of an existing article.
	UpdateArticle(ctx context.Context, id string, a *Article) error
	Article(ctx context.Context, id string) (*Article, error)
	Articles(ctx context.Context, f ArticleFilter) ([]ArticleSummary, int, error)
	// RecentArticles returns the full articles published or stored since t,
	// oldest first: the window that story clustering works on.
	RecentArticles(ctx context.Context, since time.Time) ([]Article, error)
	Outlets(ctx context.Context) ([]Outlet, error)
	Outlet(ctx context.Context, id string) (*Outlet, error)
}

// StoryStore stores story groupings.
type StoryStore interface {
	// ReplaceStories atomically replaces the stories that contain any of the
	// given articles' ids with the given stories, and sets each article's
	// story id. Safe when several workers call it at once.
	ReplaceStories(ctx context.Context, stories []Story) error
	Story(ctx context.Context, id string) (*Story, error)
	Stories(ctx context.Context, limit, offset int) ([]Story, int, error)
}

// Job states.
const (
	JobQueued  = "queued"
	JobRunning = "running"
	JobDone    = "done"
	JobFailed  = "failed"
)

// Job is a durable unit of work (fetch a URL, analyse a document, poll a
// feed). Key makes enqueueing idempotent.
type Job struct {
	ID          int64     `json:"id"`
	Kind        string    `json:"kind"`
	Key         string    `json:"key"`
	Payload     []byte    `json:"payload"`
	State       string    `json:"state"`
	Attempts    int       `json:"attempts"`
	MaxAttempts int       `json:"max_attempts"`
	Error       string    `json:"error,omitempty"`
	RunAt       time.Time `json:"run_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// JobQueue is a durable job queue. Claim hands a job to exactly one worker
// at a time; a job whose lease expires (its worker died) is claimable again.
type JobQueue interface {
	// Enqueue adds a job unless one with the same key exists.
	Enqueue(ctx context.Context, kind, key string, payload []byte) (id int64, created bool, err error)
	// Claim returns the next runnable job of the kinds, or ENOTFOUND.
	Claim(ctx context.Context, worker string, kinds []string, lease time.Duration) (*Job, error)
	Complete(ctx context.Context, id int64) error
	// Fail records err; the job is retried after backoff until MaxAttempts,
	// then ends in state failed with its error visible. A negative backoff
	// means the error is permanent (bad input): the job fails at once.
	Fail(ctx context.Context, id int64, errMsg string, backoff time.Duration) error
	Jobs(ctx context.Context, state string, limit int) ([]Job, error)
}

// Feed is a registered RSS/Atom feed that the server polls.
type Feed struct {
	ID           int64     `json:"id"`
	URL          string    `json:"url"`
	Title        string    `json:"title"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastFetched  time.Time `json:"last_fetched"`
	NextFetch    time.Time `json:"next_fetch"`
	Failures     int       `json:"failures"`
	Error        string    `json:"error,omitempty"`
}

// FeedStore stores feed registrations and their polling state.
type FeedStore interface {
	AddFeed(ctx context.Context, url, title string) (*Feed, error)
	Feeds(ctx context.Context) ([]Feed, error)
	UpdateFeed(ctx context.Context, f *Feed) error
	DeleteFeed(ctx context.Context, id int64) error
}

// Store is everything a backend (SQLite, PostgreSQL) provides.
type Store interface {
	ArticleStore
	StoryStore
	JobQueue
	FeedStore
	Close() error
}

// Locker is implemented by stores that several processes share: WithLock
// runs fn while holding a named lock that no other process can hold at the
// same time (story regrouping reads, computes and writes under it, so a
// stale grouping never overwrites a fresher one).
type Locker interface {
	WithLock(ctx context.Context, name string, fn func(ctx context.Context) error) error
}
