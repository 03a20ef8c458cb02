package http

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	gohttp "net/http"
	"strconv"
	"strings"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/extract"
)

// openapiJSON is the API description served at /api/v1/openapi.json.
//
//go:embed openapi.json
var openapiJSON []byte

// apiArticle is the article object of the API: the analyze object plus
// "id" and "story" (null when the article is in no story yet).
type apiArticleObject struct {
	*truthlens.Article
	Story *string `json:"story"`
}

// apiSummary is one row of GET /articles.
type apiSummary struct {
	ID        string         `json:"id"`
	URL       string         `json:"url"`
	Source    string         `json:"source"`
	Title     string         `json:"title"`
	Published truthlens.Date `json:"published"`
	Story     *string        `json:"story"`
	Scores    struct {
		Overall float64 `json:"overall"`
	} `json:"scores"`
}

// pageParams reads limit (1..200, default 50) and offset (>= 0).
func pageParams(r *gohttp.Request, def int) (limit, offset int, err error) {
	limit, offset = def, 0
	if v := r.URL.Query().Get("limit"); v != "" {
		n, e := strconv.Atoi(v)
		if e != nil || n < 1 || n > 200 {
			return 0, 0, truthlens.Errorf(truthlens.EINVALID, "limit must be a number from 1 to 200")
		}
		limit = n
	}
	if v := r.URL.Query().Get("offset"); v != "" {
		n, e := strconv.Atoi(v)
		if e != nil || n < 0 {
			return 0, 0, truthlens.Errorf(truthlens.EINVALID, "offset must be a number >= 0")
		}
		offset = n
	}
	return limit, offset, nil
}

func (s *Server) apiArticles(w gohttp.ResponseWriter, r *gohttp.Request) {
	limit, offset, err := pageParams(r, 50)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	q := r.URL.Query()
	f := truthlens.ArticleFilter{Limit: limit, Offset: offset, Source: q.Get("source"), Query: q.Get("q")}
	rows, total, err := s.cfg.Store.Articles(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out := struct {
		Total    int          `json:"total"`
		Articles []apiSummary `json:"articles"`
	}{Total: total, Articles: make([]apiSummary, 0, len(rows))}
	for _, a := range rows {
		row := apiSummary{ID: a.ID, URL: a.URL, Source: a.Source, Title: a.Title, Published: a.Published, Story: a.Story}
		row.Scores.Overall = a.Overall
		out.Articles = append(out.Articles, row)
	}
	writeJSON(w, gohttp.StatusOK, out)
}

func (s *Server) apiArticle(w gohttp.ResponseWriter, r *gohttp.Request) {
	a, err := s.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, gohttp.StatusOK, apiArticleObject{Article: a, Story: a.Story})
}

// decodeBody reads exactly one JSON value of at most max bytes into v,
// rejecting unknown fields; on failure it answers the request (tooLarge
// names the limit in the message) and returns false.
func (s *Server) decodeBody(w gohttp.ResponseWriter, r *gohttp.Request, v any, max int64, tooLarge string) bool {
	dec := json.NewDecoder(gohttp.MaxBytesReader(w, r.Body, max))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *gohttp.MaxBytesError
		if errors.As(err, &mbe) {
			s.apiError(w, r, truthlens.Errorf(truthlens.ETOOLARGE, "request body is larger than %s", tooLarge))
			return false
		}
		s.apiError(w, r, truthlens.Errorf(truthlens.EINVALID, "invalid JSON body: %v", err))
		return false
	}
	if _, err := dec.Token(); err != io.EOF {
		s.apiError(w, r, truthlens.Errorf(truthlens.EINVALID, "invalid JSON body: more than one value"))
		return false
	}
	return true
}

// submitRequest is the body of POST /articles.
type submitRequest struct {
	URL       string         `json:"url"`
	Text      string         `json:"text"`
	HTML      string         `json:"html"`
	Title     string         `json:"title"`
	Source    string         `json:"source"`
	Published truthlens.Date `json:"published"`
}

func (s *Server) apiSubmit(w gohttp.ResponseWriter, r *gohttp.Request) {
	if !s.writeGate(w, r, "submit articles") {
		return
	}
	var req submitRequest
	if !s.decodeBody(w, r, &req, s.cfg.MaxBody, fmt.Sprintf("%d bytes", s.cfg.MaxBody)) {
		return
	}
	a, created, err := s.submit(r, req)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	st := gohttp.StatusOK
	if created {
		st = gohttp.StatusCreated
		w.Header().Set("Location", "/api/v1/articles/"+a.ID)
	}
	writeJSON(w, st, apiArticleObject{Article: a, Story: a.Story})
}

// submit validates req and hands it to the Submitter: "text" or "html"
// (with "url" as a hint), or "url" alone to fetch it.
func (s *Server) submit(r *gohttp.Request, req submitRequest) (*truthlens.Article, bool, error) {
	hasText, hasHTML := strings.TrimSpace(req.Text) != "", strings.TrimSpace(req.HTML) != ""
	switch {
	case hasText && hasHTML:
		return nil, false, truthlens.Errorf(truthlens.EINVALID, `give "text" or "html", not both`)
	case !hasText && !hasHTML && strings.TrimSpace(req.URL) == "":
		return nil, false, truthlens.Errorf(truthlens.EINVALID, `give one of "url", "text" or "html"`)
	}
	if s.cfg.Submitter == nil {
		return nil, false, truthlens.Errorf(truthlens.EUNAVAILABLE, "this server does not accept submissions")
	}
	kind := "text"
	var (
		a       *truthlens.Article
		created bool
		err     error
	)
	switch {
	case !hasText && !hasHTML:
		kind = "url"
		u := strings.TrimSpace(req.URL)
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return nil, false, truthlens.Errorf(truthlens.EINVALID, "url must start with http:// or https://")
		}
		a, created, err = s.cfg.Submitter.SubmitURL(r.Context(), u)
	default:
		src := extract.Source{Input: "api", URL: strings.TrimSpace(req.URL), Site: req.Source,
			Title: req.Title, Published: req.Published, Body: []byte(req.Text), Kind: "text"}
		if hasHTML {
			kind, src.Body, src.Kind = "html", []byte(req.HTML), "html"
		}
		a, created, err = s.cfg.Submitter.Submit(r.Context(), src)
	}
	result := "existing"
	if err != nil {
		result = "error"
	} else if created {
		result = "created"
		s.cache.clear()
	}
	s.metrics.submits.WithLabelValues(kind, result).Inc()
	return a, created, err
}

func (s *Server) apiStories(w gohttp.ResponseWriter, r *gohttp.Request) {
	limit, offset, err := pageParams(r, 50)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	stories, total, err := s.cfg.Store.Stories(r.Context(), limit, offset)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if stories == nil {
		stories = []truthlens.Story{}
	}
	writeJSON(w, gohttp.StatusOK, struct {
		Total   int               `json:"total"`
		Stories []truthlens.Story `json:"stories"`
	}{total, stories})
}

func (s *Server) apiStory(w gohttp.ResponseWriter, r *gohttp.Request) {
	st, err := s.cfg.Store.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, gohttp.StatusOK, st)
}

func (s *Server) apiOutlets(w gohttp.ResponseWriter, r *gohttp.Request) {
	outlets, err := s.cfg.Store.Outlets(r.Context())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if outlets == nil {
		outlets = []truthlens.Outlet{}
	}
	writeJSON(w, gohttp.StatusOK, struct {
		Total   int                `json:"total"`
		Outlets []truthlens.Outlet `json:"outlets"`
	}{len(outlets), outlets})
}

func (s *Server) apiOutlet(w gohttp.ResponseWriter, r *gohttp.Request) {
	o, err := s.cfg.Store.Outlet(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, gohttp.StatusOK, o)
}

func (s *Server) apiOpenAPI(w gohttp.ResponseWriter, r *gohttp.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(openapiJSON)
}
