package http

import (
	"bytes"
	"encoding/json"
	gohttp "net/http"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

// codes maps truthlens error codes to HTTP statuses: the one table.
var codes = map[string]int{
	truthlens.ECONFLICT:     gohttp.StatusConflict,
	truthlens.EINVALID:      gohttp.StatusBadRequest,
	truthlens.ENOTFOUND:     gohttp.StatusNotFound,
	truthlens.EUNAUTHORIZED: gohttp.StatusUnauthorized,
	truthlens.ETOOLARGE:     gohttp.StatusRequestEntityTooLarge,
	truthlens.EUNAVAILABLE:  gohttp.StatusServiceUnavailable,
	truthlens.EINTERNAL:     gohttp.StatusInternalServerError,
}

// ErrorStatus returns the HTTP status for err's code.
func ErrorStatus(err error) int {
	if st, ok := codes[truthlens.ErrorCode(err)]; ok {
		return st
	}
	return gohttp.StatusInternalServerError
}

// errorText is the message shown to users: internal details stay in logs.
func errorText(err error) string {
	if truthlens.ErrorCode(err) == truthlens.EINTERNAL {
		return "internal error"
	}
	return truthlens.ErrorMessage(err)
}

// logError logs server-side failures (5xx) with the request.
func (s *Server) logError(r *gohttp.Request, err error) {
	if ErrorStatus(err) >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
}

// writeJSON writes v as JSON with status.
func writeJSON(w gohttp.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(gohttp.StatusInternalServerError)
		w.Write([]byte(`{"error":"internal error"}` + "\n"))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// apiError writes err as {"error": message} with its status.
func (s *Server) apiError(w gohttp.ResponseWriter, r *gohttp.Request, err error) {
	s.logError(r, err)
	st := ErrorStatus(err)
	if st == gohttp.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="truthlens"`)
	}
	writeJSON(w, st, map[string]string{"error": errorText(err)})
}

// apiPaths are the API's routes without their methods, to tell a wrong
// method (405) from an unknown path (404).
var apiPaths = func() *gohttp.ServeMux {
	m := gohttp.NewServeMux()
	for _, p := range []string{"/api/v1/articles", "/api/v1/search", "/api/v1/articles/{id}", "/api/v1/stories",
		"/api/v1/stories/{id}", "/api/v1/outlets", "/api/v1/outlets/{id}", "/api/v1/openapi.json",
		"/api/v1/feeds", "/api/v1/feeds/{id}", "/api/v1/feeds/{id}/poll", "/api/v1/jobs"} {
		m.HandleFunc(p, func(gohttp.ResponseWriter, *gohttp.Request) {})
	}
	return m
}()

func (s *Server) apiNotFound(w gohttp.ResponseWriter, r *gohttp.Request) {
	if _, pat := apiPaths.Handler(r); pat != "" {
		allow := "GET, HEAD"
		switch pat {
		case "/api/v1/articles", "/api/v1/feeds":
			allow = "GET, HEAD, POST"
		case "/api/v1/feeds/{id}":
			allow = "GET, HEAD, DELETE"
		case "/api/v1/feeds/{id}/poll":
			allow = "POST"
		}
		w.Header().Set("Allow", allow)
		writeJSON(w, gohttp.StatusMethodNotAllowed, map[string]string{"error": "method " + r.Method + " not allowed here; use " + allow})
		return
	}
	s.apiError(w, r, truthlens.Errorf(truthlens.ENOTFOUND, "no such endpoint: %s %s", r.Method, r.URL.Path))
}

// pageError renders the error page for err.
func (s *Server) pageError(w gohttp.ResponseWriter, r *gohttp.Request, err error) {
	s.logError(r, err)
	st := ErrorStatus(err)
	s.render(w, r, st, "error", &errorPage{
		basePage: s.base(r, "Error"),
		Status:   st,
		Text:     gohttp.StatusText(st),
		Message:  capitalize(errorText(err)),
	})
}

func (s *Server) handlePageNotFound(w gohttp.ResponseWriter, r *gohttp.Request) {
	if r.Method != gohttp.MethodGet && r.Method != gohttp.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.pageError(w, r, &truthlens.Error{Code: truthlens.EINVALID, Message: "method not allowed"})
		return
	}
	s.pageError(w, r, truthlens.Errorf(truthlens.ENOTFOUND, "page not found"))
}

type errorPage struct {
	basePage
	Status  int
	Text    string
	Message string
}

// capitalize upper-cases the first letter of a message for display.
func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
