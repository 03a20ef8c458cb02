package http

import (
	"context"
	"fmt"
	gohttp "net/http"
	"strconv"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// feedsPage lists the polled feeds, a form to add one, and the queue.
type feedsPage struct {
	basePage
	NeedToken bool
	CanPoll   bool
	Error     string
	Notice    string
	FormURL   string
	Feeds     []feedRow
	Counts    []jobCount
	Failed    []apiJob
}

type feedRow struct {
	truthlens.Feed
	Name        string
	LastFetched string
	NextFetch   string
	Failing     bool
}

type jobCount struct {
	State string
	N     int
}

// notices are the fixed messages shown after a successful form action.
var notices = map[string]string{
	"added":   "Feed added. It is polled within a minute; new articles appear as they are analysed.",
	"polled":  "Feed polled. Its new entries are queued; see the feed's state below.",
	"exists":  "That feed was already registered.",
	"deleted": "Feed deleted. Articles already stored from it stay.",
}

// when formats a feed time for people, with how long ago or ahead it is.
func when(t, now time.Time, zero string) string {
	if t.IsZero() {
		return zero
	}
	d := t.Sub(now)
	rel := ""
	switch a := d.Abs(); {
	case a < time.Minute:
		rel = "now"
	case d < 0:
		rel = humanDuration(a) + " ago"
	default:
		rel = "in " + humanDuration(a)
	}
	return t.UTC().Format("2 Jan 2006, 15:04 UTC") + " (" + rel + ")"
}

func humanDuration(d time.Duration) string {
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h", int(d/time.Hour))
	default:
		return fmt.Sprintf("%d days", int(d/(24*time.Hour)))
	}
}

func (s *Server) feedsData(ctx context.Context, r *gohttp.Request) (*feedsPage, error) {
	p := &feedsPage{basePage: s.base(r, "Feeds"), NeedToken: !s.cfg.Open, CanPoll: s.cfg.PollNow != nil}
	p.Nav = "feeds"
	feeds, err := s.cfg.Feeds.Feeds(ctx)
	if err != nil {
		return p, err
	}
	now := time.Now()
	for _, f := range feeds {
		row := feedRow{Feed: f, Name: f.Title, Failing: f.Error != "" || f.Failures > 0}
		if row.Name == "" {
			row.Name = hostOf(f.URL)
		}
		row.LastFetched = when(f.LastFetched, now, "not yet")
		row.NextFetch = when(f.NextFetch, now, "at the next check")
		if !f.NextFetch.IsZero() && !f.NextFetch.After(now) {
			row.NextFetch = "at the next check"
		}
		p.Feeds = append(p.Feeds, row)
	}
	counts, err := s.jobCounts(ctx)
	if err != nil {
		return p, err
	}
	for _, st := range []string{truthlens.JobQueued, truthlens.JobRunning, truthlens.JobDone, truthlens.JobFailed} {
		if counts != nil {
			p.Counts = append(p.Counts, jobCount{st, counts[st]})
		}
	}
	if p.Failed, err = s.recentJobs(ctx, truthlens.JobFailed, 5); err != nil {
		return p, err
	}
	return p, nil
}

func hostOf(raw string) string {
	rest, ok := strings.CutPrefix(raw, "https://")
	if !ok {
		rest, _ = strings.CutPrefix(raw, "http://")
	}
	host, _, _ := strings.Cut(rest, "/")
	return host
}

func (s *Server) handleFeedsPage(w gohttp.ResponseWriter, r *gohttp.Request) {
	p, err := s.feedsData(r.Context(), r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Notice = notices[r.URL.Query().Get("done")]
	s.render(w, r, gohttp.StatusOK, "feeds", p)
}

// handleFeedsPost runs one form action: "add", "add-poll", "poll:ID" or
// "delete:ID" (the pressed button's value), then redirects to the page.
func (s *Server) handleFeedsPost(w gohttp.ResponseWriter, r *gohttp.Request) {
	ctx := r.Context()
	r.Body = gohttp.MaxBytesReader(w, r.Body, 64<<10)
	perr := r.ParseForm()
	formURL := strings.TrimSpace(r.PostFormValue("url"))
	fail := func(err error) {
		s.logError(r, err)
		p, lerr := s.feedsData(ctx, r)
		if lerr != nil {
			s.pageError(w, r, lerr)
			return
		}
		p.Error, p.FormURL = errorText(err), formURL
		s.render(w, r, ErrorStatus(err), "feeds", p)
	}
	if perr != nil {
		perr = truthlens.Errorf(truthlens.EINVALID, "could not read the form: %v", perr)
	} else {
		perr = s.formGate(r, r.PostFormValue("token"))
	}
	if perr != nil {
		fail(perr)
		return
	}
	action := r.PostFormValue("action")
	verb, idText, _ := strings.Cut(action, ":")
	done := ""
	switch verb {
	case "add", "add-poll":
		f, created, err := s.addFeed(ctx, formURL, "")
		if err != nil {
			fail(err)
			return
		}
		done = "added"
		if !created {
			done = "exists"
		}
		if verb == "add-poll" && s.cfg.PollNow != nil {
			if err := s.cfg.PollNow(ctx, f.ID); err != nil {
				fail(err)
				return
			}
			done = "polled"
		}
	case "poll", "delete":
		id, err := strconv.ParseInt(idText, 10, 64)
		if err != nil {
			fail(truthlens.Errorf(truthlens.EINVALID, "no feed chosen"))
			return
		}
		if verb == "delete" {
			err, done = s.cfg.Feeds.DeleteFeed(ctx, id), "deleted"
		} else if s.cfg.PollNow == nil {
			err = truthlens.Errorf(truthlens.EUNAVAILABLE, "this server cannot poll feeds")
		} else {
			err, done = s.cfg.PollNow(ctx, id), "polled"
		}
		if err != nil {
			fail(err)
			return
		}
	default:
		fail(truthlens.Errorf(truthlens.EINVALID, "choose what to do: add, poll or delete a feed"))
		return
	}
	gohttp.Redirect(w, r, "/feeds?done="+done, gohttp.StatusSeeOther)
}
