// Package llm is the optional OpenAI-compatible client that rewrites the
// analysis sections and the suggested headline as fluent prose, grounded in
// the engine's evidence: every sentence must cite evidence ids, quotes must
// appear in the article and numbers in the evidence, or the sentence is
// dropped. Scores are never taken from the model. Any failure keeps the
// rule-based text with a visible note.
package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Config configures the client (flags --llm-url, --llm-model, --llm-key
// or TRUTHLENS_LLM_URL / _MODEL / _KEY).
type Config struct {
	URL         string // base URL of the server, e.g. http://localhost:11434/v1
	Model       string
	Key         string
	Timeout     time.Duration // per request (default 60s)
	Retries     int           // extra attempts on 429/5xx/timeouts (default 2)
	Concurrency int           // requests at once (default 2)
	CacheSize   int           // answers kept in memory (default 256)
	HTTPClient  *http.Client  // default: a client with Timeout
}

// Client talks to /v1/chat/completions.
type Client struct {
	cfg    Config
	http   *http.Client
	sem    chan struct{}
	logger *slog.Logger

	mu        sync.Mutex
	cache     map[string]string
	order     []string
	noJSONFmt bool // the server rejected response_format
}

// New returns a client; cfg.URL and cfg.Model are required.
func New(cfg Config, logger *slog.Logger) (*Client, error) {
	if strings.TrimSpace(cfg.URL) == "" || strings.TrimSpace(cfg.Model) == "" {
		return nil, errors.New("llm: both a server URL and a model are needed")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 60 * time.Second
	}
	if cfg.Retries < 0 {
		cfg.Retries = 0
	} else if cfg.Retries == 0 {
		cfg.Retries = 2
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 2
	}
	if cfg.CacheSize <= 0 {
		cfg.CacheSize = 256
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: cfg.Timeout}
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Client{cfg: cfg, http: hc, sem: make(chan struct{}, cfg.Concurrency), logger: logger, cache: map[string]string{}}, nil
}

// Model is the configured model name.
func (c *Client) Model() string { return c.cfg.Model }

func (c *Client) endpoint() string {
	u := strings.TrimRight(c.cfg.URL, "/")
	if strings.HasSuffix(u, "/chat/completions") {
		return u
	}
	if !strings.HasSuffix(u, "/v1") {
		u += "/v1"
	}
	return u + "/chat/completions"
}

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model          string        `json:"model"`
	Messages       []chatMessage `json:"messages"`
	Temperature    float64       `json:"temperature"`
	ResponseFormat *struct {
		Type string `json:"type"`
	} `json:"response_format,omitempty"`
}

type chatResponse struct {
	Choices []struct {
		Message      chatMessage `json:"message"`
		FinishReason string      `json:"finish_reason"`
	} `json:"choices"`
	Error *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// statusError is a non-2xx answer.
type statusError struct {
	code int
	body string
}

func (e *statusError) Error() string {
	return fmt.Sprintf("llm server answered HTTP %d: %s", e.code, e.body)
}

// Complete sends the messages and returns the model's text. Answers are
// cached by cacheKey; 429, 5xx and timeouts are retried with backoff.
func (c *Client) Complete(ctx context.Context, cacheKey, system, user string) (string, error) {
	c.mu.Lock()
	if v, ok := c.cache[cacheKey]; ok {
		c.mu.Unlock()
		return v, nil
	}
	c.mu.Unlock()
	select {
	case c.sem <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-c.sem }()
	var lastErr error
	for attempt := 0; attempt <= c.cfg.Retries; attempt++ {
		if attempt > 0 {
			wait := time.Duration(250<<min(attempt, 6)) * time.Millisecond
			select {
			case <-time.After(wait):
			case <-ctx.Done():
				return "", ctx.Err()
			}
		}
		out, err := c.once(ctx, system, user)
		if err == nil {
			c.remember(cacheKey, out)
			return out, nil
		}
		lastErr = err
		var se *statusError
		if errors.As(err, &se) && se.code == http.StatusBadRequest && !c.jsonFormatOff() && strings.Contains(strings.ToLower(se.body), "response_format") {
			c.mu.Lock()
			c.noJSONFmt = true // retry at once without JSON mode
			c.mu.Unlock()
			attempt--
			continue
		}
		if errors.As(err, &se) && se.code < 500 && se.code != http.StatusTooManyRequests {
			break // the request itself is wrong: retrying cannot help
		}
		if ctx.Err() != nil {
			break
		}
		c.logger.Warn("llm request failed; retrying", "attempt", attempt+1, "err", err)
	}
	return "", lastErr
}

func (c *Client) jsonFormatOff() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.noJSONFmt
}

func (c *Client) once(ctx context.Context, system, user string) (string, error) {
	req := chatRequest{Model: c.cfg.Model, Temperature: 0, Messages: []chatMessage{{"system", system}, {"user", user}}}
	if !c.jsonFormatOff() {
		req.ResponseFormat = &struct {
			Type string `json:"type"`
		}{"json_object"}
	}
	body, _ := json.Marshal(req)
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint(), bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	hr.Header.Set("Content-Type", "application/json")
	if c.cfg.Key != "" {
		hr.Header.Set("Authorization", "Bearer "+c.cfg.Key)
	}
	resp, err := c.http.Do(hr)
	if err != nil {
		return "", fmt.Errorf("llm request: %w", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return "", fmt.Errorf("llm response: %w", err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return "", &statusError{resp.StatusCode, strings.TrimSpace(string(b[:min(len(b), 300)]))}
	}
	var cr chatResponse
	if err := json.Unmarshal(b, &cr); err != nil {
		return "", fmt.Errorf("llm response is not chat-completions JSON: %w", err)
	}
	if cr.Error != nil {
		return "", fmt.Errorf("llm error: %s", cr.Error.Message)
	}
	if len(cr.Choices) == 0 {
		return "", errors.New("llm response has no choices")
	}
	return cr.Choices[0].Message.Content, nil
}

func (c *Client) remember(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.cache[k]; ok {
		return
	}
	c.cache[k] = v
	c.order = append(c.order, k)
	for len(c.order) > c.cfg.CacheSize {
		delete(c.cache, c.order[0])
		c.order = c.order[1:]
	}
}

// ParseJSONObject finds the JSON object in a model's answer, tolerating
// prose around it and Markdown code fences.
func ParseJSONObject(s string, v any) error {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "```"); i >= 0 {
		rest := s[i+3:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[nl+1:]
		}
		if j := strings.Index(rest, "```"); j >= 0 {
			s = rest[:j]
		} else {
			s = rest
		}
	}
	start := strings.IndexByte(s, '{')
	if start < 0 {
		return errors.New("no JSON object in the answer")
	}
	dec := json.NewDecoder(strings.NewReader(s[start:]))
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("the answer's JSON is broken or truncated: %w", err)
	}
	return nil
}
