-- Initial schema. Ids and other keys use the "C" collation so that
-- ordering is bytewise, as in the SQLite store.

CREATE TABLE stories (
	id            text COLLATE "C" PRIMARY KEY,
	title         text NOT NULL,
	data          json NOT NULL,           -- the truthlens.Story
	article_count integer NOT NULL,
	last_activity timestamptz NOT NULL,    -- latest sort_time of its articles
	created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stories_activity ON stories (last_activity DESC, id);

CREATE TABLE articles (
	id           text COLLATE "C" PRIMARY KEY,  -- truthlens.ArticleID(key)
	key          text COLLATE "C" NOT NULL UNIQUE, -- truthlens.ArticleKey(document)
	url          text NOT NULL,
	outlet_id    text COLLATE "C" NOT NULL,
	outlet       text COLLATE "C" NOT NULL,
	title        text NOT NULL,
	published    text NOT NULL,             -- truthlens.Date as given ('' unknown)
	published_at timestamptz,               -- parsed publish time, NULL unknown
	sort_time    timestamptz NOT NULL,      -- published_at, else (or if later) created_at
	objectivity  double precision NOT NULL,
	accuracy     double precision NOT NULL,
	transparency double precision NOT NULL,
	overall      double precision NOT NULL,
	engine       text NOT NULL,             -- analysis engine version
	format       integer NOT NULL,          -- layout version of the analysis JSON
	analysis     json NOT NULL,             -- the truthlens.Article (json, not jsonb: keeps \u0000)
	links        json NOT NULL,             -- Document.Links
	search       tsvector NOT NULL,         -- title and text, words split as in the SQLite store
	story_id     text COLLATE "C" REFERENCES stories (id) ON DELETE SET NULL,
	created_at   timestamptz NOT NULL,
	updated_at   timestamptz NOT NULL
);
CREATE INDEX articles_sort ON articles (sort_time DESC, id);
CREATE INDEX articles_outlet ON articles (outlet_id, sort_time DESC, id);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE jobs (
	id           bigserial PRIMARY KEY,
	kind         text COLLATE "C" NOT NULL,
	key          text COLLATE "C",         -- NULL: never deduplicated
	payload      bytea NOT NULL,
	state        text NOT NULL DEFAULT 'queued',
	attempts     integer NOT NULL DEFAULT 0,
	max_attempts integer NOT NULL DEFAULT 5,
	error        text NOT NULL DEFAULT '',
	worker       text NOT NULL DEFAULT '',
	run_at       timestamptz NOT NULL DEFAULT now(),
	locked_until timestamptz,
	created_at   timestamptz NOT NULL DEFAULT now(),
	updated_at   timestamptz NOT NULL DEFAULT now(),
	UNIQUE (kind, key)
);
CREATE INDEX jobs_claim ON jobs (state, run_at, id);
CREATE INDEX jobs_lease ON jobs (state, locked_until);

CREATE TABLE feeds (
	id            bigserial PRIMARY KEY,
	url           text NOT NULL UNIQUE,
	title         text NOT NULL,
	etag          text NOT NULL DEFAULT '',
	last_modified text NOT NULL DEFAULT '',
	last_fetched  timestamptz,
	next_fetch    timestamptz,
	failures      integer NOT NULL DEFAULT 0,
	error         text NOT NULL DEFAULT '',
	created_at    timestamptz NOT NULL DEFAULT now()
);
