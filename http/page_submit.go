package http

import (
	"errors"
	"io"
	gohttp "net/http"
	"net/url"
	"strings"

	truthlens "github.com/truthlens/truthlens"
)

type submitPage struct {
	basePage
	NeedToken bool
	Error     string
	Kind      string
	Form      submitRequest
}

func (s *Server) handleSubmitForm(w gohttp.ResponseWriter, r *gohttp.Request) {
	p := &submitPage{basePage: s.base(r, "Analyse an article"), NeedToken: !s.cfg.Open, Kind: "text"}
	p.Nav = "submit"
	s.render(w, r, gohttp.StatusOK, "submit", p)
}

// formGate refuses a write form sent from another site or without the
// write token.
func (s *Server) formGate(r *gohttp.Request, token string) error {
	if !sameOrigin(r) {
		return truthlens.Errorf(truthlens.EUNAUTHORIZED, "this form was sent from another site")
	}
	if !s.authorized(token) {
		return truthlens.Errorf(truthlens.EUNAUTHORIZED, "the write token is missing or wrong")
	}
	return nil
}

// handleSubmitPost takes the form (multipart, for the file upload). The
// pressed button's value says which input to use: text, html or url.
func (s *Server) handleSubmitPost(w gohttp.ResponseWriter, r *gohttp.Request) {
	p := &submitPage{basePage: s.base(r, "Analyse an article"), NeedToken: !s.cfg.Open}
	p.Nav = "submit"
	fail := func(err error) {
		s.logError(r, err)
		p.Error = errorText(err)
		s.render(w, r, ErrorStatus(err), "submit", p)
	}
	r.Body = gohttp.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	if err := r.ParseMultipartForm(4 << 20); err != nil && !errors.Is(err, gohttp.ErrNotMultipart) {
		var mbe *gohttp.MaxBytesError
		if errors.As(err, &mbe) {
			fail(truthlens.Errorf(truthlens.ETOOLARGE, "the upload is larger than %d MB", s.cfg.MaxBody>>20))
			return
		}
		fail(truthlens.Errorf(truthlens.EINVALID, "could not read the form: %v", err))
		return
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	p.Kind = r.FormValue("kind")
	p.Form = submitRequest{
		Title: strings.TrimSpace(r.FormValue("title")), Source: strings.TrimSpace(r.FormValue("source")),
		Published: truthlens.Date(strings.TrimSpace(r.FormValue("published"))),
	}
	if err := s.formGate(r, r.FormValue("token")); err != nil {
		fail(err)
		return
	}
	req := p.Form
	switch p.Kind {
	case "text":
		p.Form.Text = r.FormValue("text")
		p.Form.URL = strings.TrimSpace(r.FormValue("text_url"))
		req.Text, req.URL = p.Form.Text, p.Form.URL
		if strings.TrimSpace(req.Text) == "" {
			fail(truthlens.Errorf(truthlens.EINVALID, "paste the article text first"))
			return
		}
	case "html":
		f, hdr, err := r.FormFile("file")
		if err != nil {
			fail(truthlens.Errorf(truthlens.EINVALID, "choose an HTML file to upload"))
			return
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			fail(truthlens.Errorf(truthlens.EINVALID, "could not read %s: %v", hdr.Filename, err))
			return
		}
		if len(strings.TrimSpace(string(b))) == 0 {
			fail(truthlens.Errorf(truthlens.EINVALID, "%s is empty", hdr.Filename))
			return
		}
		req = submitRequest{HTML: string(b), URL: strings.TrimSpace(r.FormValue("html_url"))}
	case "url":
		p.Form.URL = strings.TrimSpace(r.FormValue("url"))
		req = submitRequest{URL: p.Form.URL}
		if u, err := url.Parse(req.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			fail(truthlens.Errorf(truthlens.EINVALID, "give a full http:// or https:// address"))
			return
		}
	default:
		fail(truthlens.Errorf(truthlens.EINVALID, "choose what to submit: text, an HTML file or a URL"))
		return
	}
	a, _, err := s.submit(r, req)
	if err != nil {
		fail(err)
		return
	}
	gohttp.Redirect(w, r, "/articles/"+url.PathEscape(a.ID), gohttp.StatusSeeOther)
}
