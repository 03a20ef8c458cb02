package main

import (
	"flag"

	"github.com/truthlens/truthlens/llm"
)

// llmConfig are the optional LLM flags; off unless both a URL and a model
// are given (flags or TRUTHLENS_LLM_URL / _MODEL / _KEY).
type llmConfig struct {
	url, model, key string
}

func (c *llmConfig) register(fs *flag.FlagSet, e *env) {
	fs.StringVar(&c.url, "llm-url", e.getenv("TRUTHLENS_LLM_URL"), "OpenAI-compatible server for optional prose (e.g. http://localhost:11434/v1)")
	fs.StringVar(&c.model, "llm-model", e.getenv("TRUTHLENS_LLM_MODEL"), "model name for --llm-url")
	fs.StringVar(&c.key, "llm-key", e.getenv("TRUTHLENS_LLM_KEY"), "API key for --llm-url")
}

// client returns nil when no LLM is configured.
func (c *llmConfig) client(e *env) (*llm.Client, error) {
	if c.url == "" && c.model == "" {
		return nil, nil
	}
	cl, err := llm.New(llm.Config{URL: c.url, Model: c.model, Key: c.key}, e.logger)
	if err != nil {
		return nil, usagef("%v", err)
	}
	return cl, nil
}
