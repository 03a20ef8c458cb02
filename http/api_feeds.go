package http

import (
	"context"
	gohttp "net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// jobCounter is implemented by the SQLite and PostgreSQL stores.
type jobCounter interface {
	JobCounts(ctx context.Context) (map[string]int, error)
}

// feedRequest is the body of POST /api/v1/feeds.
type feedRequest struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

// apiJob is a job without its payload (which can hold a whole article).
type apiJob struct {
	ID          int64     `json:"id"`
	Kind        string    `json:"kind"`
	Key         string    `json:"key"`
	State       string    `json:"state"`
	Attempts    int       `json:"attempts"`
	MaxAttempts int       `json:"max_attempts"`
	Error       string    `json:"error,omitempty"`
	RunAt       time.Time `json:"run_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// checkFeedURL accepts absolute http(s) URLs with a host.
func checkFeedURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", truthlens.Errorf(truthlens.EINVALID, `give the feed's "url"`)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", truthlens.Errorf(truthlens.EINVALID, "the feed url must be a full http:// or https:// address")
	}
	return raw, nil
}

// feedID parses the {id} path value.
func feedID(r *gohttp.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, truthlens.Errorf(truthlens.ENOTFOUND, "feed %q not found", r.PathValue("id"))
	}
	return id, nil
}

// findFeed returns the registered feed id.
func (s *Server) findFeed(ctx context.Context, id int64) (*truthlens.Feed, error) {
	feeds, err := s.cfg.Feeds.Feeds(ctx)
	if err != nil {
		return nil, err
	}
	for i := range feeds {
		if feeds[i].ID == id {
			return &feeds[i], nil
		}
	}
	return nil, truthlens.Errorf(truthlens.ENOTFOUND, "feed %d not found", id)
}

// addFeed registers a feed; created is false when the URL was known (the
// existing feed is returned then).
func (s *Server) addFeed(ctx context.Context, raw, title string) (*truthlens.Feed, bool, error) {
	u, err := checkFeedURL(raw)
	if err != nil {
		return nil, false, err
	}
	f, err := s.cfg.Feeds.AddFeed(ctx, u, strings.TrimSpace(title))
	if truthlens.ErrorCode(err) == truthlens.ECONFLICT && f != nil {
		return f, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return f, true, nil
}

// writeGate refuses cross-site and unauthenticated API writes; action
// ("write", "submit articles") names what a cross-site request may not do.
func (s *Server) writeGate(w gohttp.ResponseWriter, r *gohttp.Request, action string) bool {
	if !sameOrigin(r) {
		s.apiError(w, r, truthlens.Errorf(truthlens.EUNAUTHORIZED, "cross-site requests may not %s", action))
		return false
	}
	if !s.authorized(bearer(r)) {
		s.apiError(w, r, truthlens.Errorf(truthlens.EUNAUTHORIZED, "a valid write token is required (Authorization: Bearer TOKEN)"))
		return false
	}
	return true
}

func (s *Server) apiFeeds(w gohttp.ResponseWriter, r *gohttp.Request) {
	feeds, err := s.cfg.Feeds.Feeds(r.Context())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if feeds == nil {
		feeds = []truthlens.Feed{}
	}
	writeJSON(w, gohttp.StatusOK, struct {
		Total int              `json:"total"`
		Feeds []truthlens.Feed `json:"feeds"`
	}{len(feeds), feeds})
}

func (s *Server) apiFeed(w gohttp.ResponseWriter, r *gohttp.Request) {
	id, err := feedID(r)
	if err == nil {
		var f *truthlens.Feed
		if f, err = s.findFeed(r.Context(), id); err == nil {
			writeJSON(w, gohttp.StatusOK, f)
			return
		}
	}
	s.apiError(w, r, err)
}

func (s *Server) apiAddFeed(w gohttp.ResponseWriter, r *gohttp.Request) {
	if !s.writeGate(w, r, "write") {
		return
	}
	var req feedRequest
	if !s.decodeBody(w, r, &req, 64<<10, "64 KiB") {
		return
	}
	f, created, err := s.addFeed(r.Context(), req.URL, req.Title)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	st := gohttp.StatusOK
	if created {
		st = gohttp.StatusCreated
		w.Header().Set("Location", "/api/v1/feeds/"+strconv.FormatInt(f.ID, 10))
	}
	writeJSON(w, st, f)
}

func (s *Server) apiDeleteFeed(w gohttp.ResponseWriter, r *gohttp.Request) {
	if !s.writeGate(w, r, "write") {
		return
	}
	id, err := feedID(r)
	if err == nil {
		err = s.cfg.Feeds.DeleteFeed(r.Context(), id)
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	w.WriteHeader(gohttp.StatusNoContent)
}

// apiPollFeed polls a feed at once and returns it with the outcome
// recorded (failures and error when the poll failed).
func (s *Server) apiPollFeed(w gohttp.ResponseWriter, r *gohttp.Request) {
	if !s.writeGate(w, r, "write") {
		return
	}
	id, err := feedID(r)
	if err == nil && s.cfg.PollNow == nil {
		err = truthlens.Errorf(truthlens.EUNAVAILABLE, "this server does not poll feeds")
	}
	if err == nil {
		err = s.cfg.PollNow(r.Context(), id)
	}
	var f *truthlens.Feed
	if err == nil {
		f, err = s.findFeed(r.Context(), id)
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, gohttp.StatusOK, f)
}

// jobStates are the states GET /api/v1/jobs accepts.
var jobStates = map[string]bool{truthlens.JobQueued: true, truthlens.JobRunning: true, truthlens.JobDone: true, truthlens.JobFailed: true}

// maxJobScan bounds how many jobs recentJobs reads: the queue lists jobs
// oldest first with their payloads, so the newest are found by reading
// them all (up to this many).
const maxJobScan = 2000

// recentJobs returns the newest limit jobs in state, newest first.
func (s *Server) recentJobs(ctx context.Context, state string, limit int) ([]apiJob, error) {
	js, err := s.cfg.Jobs.Jobs(ctx, state, maxJobScan)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(js, func(i, j int) bool { return js[i].ID > js[j].ID })
	out := make([]apiJob, 0, min(limit, len(js)))
	for _, j := range js[:min(limit, len(js))] {
		out = append(out, apiJob{j.ID, j.Kind, j.Key, j.State, j.Attempts, j.MaxAttempts, j.Error, j.RunAt, j.UpdatedAt})
	}
	return out, nil
}

// jobCounts returns the number of jobs per state, or nil when the queue
// cannot count.
func (s *Server) jobCounts(ctx context.Context) (map[string]int, error) {
	jc, ok := s.cfg.Jobs.(jobCounter)
	if !ok {
		return nil, nil
	}
	c, err := jc.JobCounts(ctx)
	if err != nil {
		return nil, err
	}
	for st := range jobStates {
		if _, ok := c[st]; !ok {
			c[st] = 0
		}
	}
	return c, nil
}

func (s *Server) apiJobs(w gohttp.ResponseWriter, r *gohttp.Request) {
	state := r.URL.Query().Get("state")
	if state == "" {
		state = truthlens.JobFailed
	}
	if !jobStates[state] {
		s.apiError(w, r, truthlens.Errorf(truthlens.EINVALID, "state must be queued, running, done or failed"))
		return
	}
	limit, _, err := pageParams(r, 20)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	counts, err := s.jobCounts(r.Context())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	jobs, err := s.recentJobs(r.Context(), state, limit)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, gohttp.StatusOK, struct {
		Counts map[string]int `json:"counts,omitempty"`
		State  string         `json:"state"`
		Jobs   []apiJob       `json:"jobs"`
	}{counts, state, jobs})
}
