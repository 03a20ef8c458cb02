-- Initial schema. Timestamps are UTC text in the fixed-width layout
-- 2006-01-02T15:04:05.000000Z so that text order is time order.

CREATE TABLE stories (
	id            TEXT PRIMARY KEY,
	title         TEXT NOT NULL,
	data          TEXT NOT NULL,          -- the truthlens.Story as JSON
	article_count INTEGER NOT NULL,
	last_activity TEXT NOT NULL,          -- latest sort_time of its articles
	created_at    TEXT NOT NULL
);
CREATE INDEX stories_activity ON stories (last_activity DESC, id);

CREATE TABLE articles (
	id           TEXT PRIMARY KEY,        -- truthlens.ArticleID(key)
	key          TEXT NOT NULL UNIQUE,    -- truthlens.ArticleKey(document)
	url          TEXT NOT NULL,
	outlet_id    TEXT NOT NULL,
	outlet       TEXT NOT NULL,
	title        TEXT NOT NULL,
	published    TEXT NOT NULL,           -- truthlens.Date as given ('' unknown)
	published_at TEXT,                    -- parsed publish time, NULL unknown
	sort_time    TEXT NOT NULL,           -- published_at, else (or if later) created_at
	objectivity  REAL NOT NULL,
	accuracy     REAL NOT NULL,
	transparency REAL NOT NULL,
	overall      REAL NOT NULL,
	engine       TEXT NOT NULL,           -- analysis engine version
	format       INTEGER NOT NULL,        -- layout version of the analysis JSON
	analysis     TEXT NOT NULL,           -- the truthlens.Article as JSON
	links        TEXT NOT NULL,           -- Document.Links as JSON
	story_id     TEXT REFERENCES stories (id) ON DELETE SET NULL,
	created_at   TEXT NOT NULL,
	updated_at   TEXT NOT NULL
);
CREATE INDEX articles_sort ON articles (sort_time DESC, id);
CREATE INDEX articles_outlet ON articles (outlet_id, sort_time DESC, id);
CREATE INDEX articles_story ON articles (story_id);

-- Full-text index over title and text; rowid = articles.rowid.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body,
	content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE jobs (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	kind         TEXT NOT NULL,
	key          TEXT,                    -- NULL: never deduplicated
	payload      BLOB NOT NULL,
	state        TEXT NOT NULL DEFAULT 'queued',
	attempts     INTEGER NOT NULL DEFAULT 0,
	max_attempts INTEGER NOT NULL DEFAULT 5,
	error        TEXT NOT NULL DEFAULT '',
	worker       TEXT NOT NULL DEFAULT '',
	run_at       TEXT NOT NULL,
	locked_until TEXT,
	created_at   TEXT NOT NULL,
	updated_at   TEXT NOT NULL,
	UNIQUE (kind, key)
);
CREATE INDEX jobs_claim ON jobs (state, run_at, id);

CREATE TABLE feeds (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	url           TEXT NOT NULL UNIQUE,
	title         TEXT NOT NULL,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_fetched  TEXT,
	next_fetch    TEXT,
	failures      INTEGER NOT NULL DEFAULT 0,
	error         TEXT NOT NULL DEFAULT '',
	created_at    TEXT NOT NULL
);
