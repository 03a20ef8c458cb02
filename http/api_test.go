package http_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"strings"
	"testing"

	truthlens "github.com/truthlens/truthlens"
	tlhttp "github.com/truthlens/truthlens/http"
)

func TestErrorStatusTable(t *testing.T) {
	for code, want := range map[string]int{
		truthlens.ECONFLICT: 409, truthlens.EINVALID: 400, truthlens.ENOTFOUND: 404,
		truthlens.EUNAUTHORIZED: 401, truthlens.ETOOLARGE: 413, truthlens.EUNAVAILABLE: 503,
		truthlens.EINTERNAL: 500,
	} {
		if got := tlhttp.ErrorStatus(&truthlens.Error{Code: code}); got != want {
			t.Errorf("%s: %d, want %d", code, got, want)
		}
	}
	if got := tlhttp.ErrorStatus(strings.NewReader("").UnreadByte()); got != 500 {
		t.Errorf("plain error: %d", got)
	}
}

func decode[T any](t *testing.T, body string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("bad JSON %v: %s", err, body)
	}
	return v
}

func TestAPISubmitAndRead(t *testing.T) {
	e := newEnv(t, false)
	body := `{"text": "Fictional API test. The Wrenfield council said on Tuesday that the quarry road will close for six weeks.\n\n\"We must act now,\" said Councillor Mira Okafor.", "title": "Fictional: quarry road to close", "source": "Wrenfield Test Herald", "published": "2026-01-06"}`

	code, hdr, resp := e.do("POST", "/api/v1/articles", body, "Content-Type", "application/json")
	if code != 401 || !strings.Contains(resp, `"error"`) || hdr.Get("WWW-Authenticate") == "" {
		t.Fatalf("no token: %d %s", code, resp)
	}
	code, _, _ = e.do("POST", "/api/v1/articles", body, "Authorization", "Bearer wrong")
	if code != 401 {
		t.Fatalf("wrong token: %d", code)
	}
	code, hdr, resp = e.do("POST", "/api/v1/articles", body, "Authorization", "Bearer "+testToken)
	if code != 201 {
		t.Fatalf("submit: %d %s", code, resp)
	}
	obj := decode[map[string]any](t, resp)
	id, _ := obj["id"].(string)
	if id == "" || hdr.Get("Location") != "/api/v1/articles/"+id {
		t.Fatalf("created article: id %q, Location %q", id, hdr.Get("Location"))
	}
	for _, k := range []string{"id", "story", "url", "site", "title", "published", "text", "headline", "scores", "summary", "sentences", "quotes", "claims", "techniques", "sections", "engine", "removed", "disclosures"} {
		if _, ok := obj[k]; !ok {
			t.Errorf("article object lacks %q", k)
		}
	}
	// The same text again: 200 with the existing article.
	code, _, resp = e.do("POST", "/api/v1/articles", body, "Authorization", "Bearer "+testToken)
	if code != 200 || decode[map[string]any](t, resp)["id"] != id {
		t.Errorf("resubmit: %d %s", code, resp)
	}

	code, _, resp = e.do("GET", "/api/v1/articles/"+id, "")
	if code != 200 {
		t.Fatalf("get: %d %s", code, resp)
	}
	got := decode[truthlens.Article](t, resp)
	if got.ID != id || got.Title != "Fictional: quarry road to close" || !strings.HasPrefix(got.Text, "Fictional API test.") || got.Scores.Overall <= 0 {
		t.Errorf("get: title %q overall %v", got.Title, got.Scores.Overall)
	}

	code, _, resp = e.do("GET", "/api/v1/articles?limit=10&q=quarry", "")
	list := decode[struct {
		Total    int              `json:"total"`
		Articles []map[string]any `json:"articles"`
	}](t, resp)
	if code != 200 || list.Total != 1 || len(list.Articles) != 1 || list.Articles[0]["id"] != id {
		t.Fatalf("list: %d %s", code, resp)
	}
	row := list.Articles[0]
	for _, k := range []string{"id", "url", "source", "title", "published", "story", "scores"} {
		if _, ok := row[k]; !ok {
			t.Errorf("list row lacks %q", k)
		}
	}
	if sc, _ := row["scores"].(map[string]any); sc["overall"] == nil {
		t.Errorf("list row scores: %v", row["scores"])
	}
	code, _, resp = e.do("GET", "/api/v1/search?q=quarry", "")
	if code != 200 || !strings.Contains(resp, id) {
		t.Errorf("search: %d %s", code, resp)
	}

	code, _, resp = e.do("GET", "/api/v1/outlets", "")
	outlets := decode[struct {
		Outlets []truthlens.Outlet `json:"outlets"`
	}](t, resp)
	if code != 200 || len(outlets.Outlets) != 1 || outlets.Outlets[0].Articles != 1 {
		t.Fatalf("outlets: %d %s", code, resp)
	}
	code, _, resp = e.do("GET", "/api/v1/outlets/"+outlets.Outlets[0].ID, "")
	if code != 200 || !strings.Contains(resp, "Wrenfield Test Herald") {
		t.Errorf("outlet: %d %s", code, resp)
	}
	code, _, resp = e.do("GET", "/api/v1/stories", "")
	if code != 200 || !strings.Contains(resp, `"stories":[`) {
		t.Errorf("stories: %d %s", code, resp)
	}
}

func TestAPIErrors(t *testing.T) {
	e := newEnv(t, false)
	auth := []string{"Authorization", "Bearer " + testToken}
	for _, c := range []struct {
		method, path, body string
		hdr                []string
		want               int
	}{
		{"GET", "/api/v1/articles/nope", "", nil, 404},
		{"GET", "/api/v1/stories/nope", "", nil, 404},
		{"GET", "/api/v1/outlets/nope", "", nil, 404},
		{"GET", "/api/v1/nothing", "", nil, 404},
		{"GET", "/api/v1/articles?limit=0", "", nil, 400},
		{"GET", "/api/v1/articles?limit=abc", "", nil, 400},
		{"GET", "/api/v1/stories?offset=-1", "", nil, 400},
		{"POST", "/api/v1/articles", `{"text": "a", "html": "<p>b</p>"}`, auth, 400},
		{"POST", "/api/v1/articles", `{}`, auth, 400},
		{"POST", "/api/v1/articles", `{"text": `, auth, 400},
		{"POST", "/api/v1/articles", `{"text": "a"} {"text": "b"}`, auth, 400},
		{"POST", "/api/v1/articles", `{"txt": "a"}`, auth, 400},
		{"POST", "/api/v1/articles", `{"url": "ftp://example.com/a"}`, auth, 400},
		{"POST", "/api/v1/articles", `{"text": "` + strings.Repeat("a", 13<<20) + `"}`, auth, 413},
		{"DELETE", "/api/v1/articles/x", "", auth, 405},
	} {
		code, hdr, resp := e.do(c.method, c.path, c.body, c.hdr...)
		if code != c.want {
			t.Errorf("%s %s: %d, want %d (%.200s)", c.method, c.path, code, c.want, resp)
			continue
		}
		if ct := hdr.Get("Content-Type"); ct != "application/json" {
			t.Errorf("%s %s: content type %q", c.method, c.path, ct)
		}
		if m := decode[map[string]string](t, resp)["error"]; m == "" {
			t.Errorf("%s %s: no error message: %s", c.method, c.path, resp)
		}
	}
}

func TestOpenAPIDocument(t *testing.T) {
	e := newEnv(t, false)
	code, _, resp := e.do("GET", "/api/v1/openapi.json", "")
	doc := decode[struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}](t, resp)
	if code != 200 || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi: %d %.100s", code, resp)
	}
	for path, methods := range map[string][]string{
		"/articles": {"get", "post"}, "/articles/{id}": {"get"}, "/search": {"get"},
		"/stories": {"get"}, "/stories/{id}": {"get"}, "/outlets": {"get"}, "/outlets/{id}": {"get"},
		"/feeds": {"get", "post"}, "/feeds/{id}": {"get", "delete"}, "/feeds/{id}/poll": {"post"}, "/jobs": {"get"},
	} {
		for _, m := range methods {
			if doc.Paths[path][m] == nil {
				t.Errorf("openapi lacks %s %s", m, path)
			}
		}
	}
}

func TestHealthzAndMetrics(t *testing.T) {
	e := newEnv(t, false)
	code, _, resp := e.do("GET", "/healthz", "")
	if code != 200 || !strings.Contains(resp, "ok") {
		t.Errorf("healthz: %d %s", code, resp)
	}
	e.do("GET", "/articles/nope", "")
	code, _, resp = e.do("GET", "/metrics", "")
	if code != 200 || !strings.Contains(resp, `truthlens_http_requests_total{code="404",route="GET /articles/{id}"} 1`) {
		t.Errorf("metrics: %d\n%s", code, resp)
	}
}

func TestSubmitForm(t *testing.T) {
	e := newEnv(t, false)
	form := func(token, text string) (int, string, string) {
		body := "kind=text&token=" + token + "&title=Fictional+form+test&text=" + text
		code, hdr, resp := e.do("POST", "/submit", body, "Content-Type", "application/x-www-form-urlencoded")
		return code, hdr.Get("Location"), resp
	}
	if code, _, resp := form("bad", "Some+text."); code != 401 || !strings.Contains(resp, "token") {
		t.Errorf("bad token: %d", code)
	}
	if code, _, _ := form(testToken, "+"); code != 400 {
		t.Errorf("empty text: %d", code)
	}
	code, loc, _ := form(testToken, "Fictional+form+test.+The+council+said+on+Monday+that+the+road+would+close.")
	if code != 303 || !strings.HasPrefix(loc, "/articles/") {
		t.Fatalf("submit: %d %q", code, loc)
	}
	if code, _, resp := e.do("GET", loc, ""); code != 200 || !strings.Contains(resp, "Fictional form test") {
		t.Errorf("landing page: %d", code)
	}
	// An open server needs no token; the form then has no token field.
	o := newEnv(t, false, openServer)
	if _, _, resp := o.do("GET", "/submit", ""); strings.Contains(resp, `name="token"`) {
		t.Error("open server asks for a token")
	}
	// Even an open server refuses a form posted from another site.
	code, _, _ = o.do("POST", "/submit", "kind=text&text=Cross+site.", "Content-Type", "application/x-www-form-urlencoded",
		"Origin", "https://evil.example")
	if code != 401 {
		t.Errorf("cross-site form: %d", code)
	}
	code, _, _ = o.do("POST", "/api/v1/articles", `{"text": "Cross site."}`, "Sec-Fetch-Site", "cross-site")
	if code != 401 {
		t.Errorf("cross-site API post: %d", code)
	}
	code, _, resp := o.do("POST", "/submit", "kind=url&url=javascript:alert(1)", "Content-Type", "application/x-www-form-urlencoded")
	if code != 400 || !strings.Contains(resp, "http") {
		t.Errorf("bad url: %d", code)
	}
}

func TestSubmitUploadAndGuardedURL(t *testing.T) {
	e := newEnv(t, false)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("token", testToken)
	mw.WriteField("kind", "html")
	fw, _ := mw.CreateFormFile("file", "page.html")
	fw.Write([]byte(`<!doctype html><html><head><title>Fictional upload test | Test Gazette</title><meta property="og:site_name" content="Test Gazette"></head><body><article><h1>Fictional upload test</h1><p>The council of the fictional town of Wrenfield said on Monday that the quarry road would close for six weeks, according to minutes published on its website.</p><p>"We have to act now," said Councillor Mira Okafor, who chairs the roads committee, adding that repairs would cost 120,000 pounds.</p></article></body></html>`))
	mw.Close()
	code, hdr, resp := e.do("POST", "/submit", buf.String(), "Content-Type", mw.FormDataContentType())
	if code != 303 || !strings.HasPrefix(hdr.Get("Location"), "/articles/") {
		t.Fatalf("upload: %d %.300s", code, resp)
	}
	code, _, page := e.do("GET", hdr.Get("Location"), "")
	if code != 200 || !strings.Contains(page, "Councillor Mira Okafor") {
		t.Errorf("uploaded article page: %d", code)
	}
	// The server's own loopback address is refused by the guarded fetcher.
	code, _, resp = e.do("POST", "/api/v1/articles", `{"url": "`+e.srv.URL+`/"}`, "Authorization", "Bearer "+testToken)
	if code != 400 && code != 403 || !strings.Contains(resp, `"error"`) {
		t.Errorf("loopback URL: %d %s", code, resp)
	}
}
