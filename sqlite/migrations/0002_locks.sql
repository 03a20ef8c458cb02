-- Named locks shared by the processes that use the database file
-- (DB.WithLock). A lock is held until expires_at unless renewed.
CREATE TABLE locks (
	name       TEXT PRIMARY KEY,
	owner      TEXT NOT NULL,
	expires_at TEXT NOT NULL
);

CREATE INDEX jobs_lease ON jobs (state, locked_until);
