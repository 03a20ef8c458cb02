// Package headline scores a headline for clickbait and sensationalism and
// suggests a neutral rewrite. Deterministic; no LLM.
package headline

import truthlens "github.com/truthlens/truthlens"

// Analyze returns the headline analysis of title. Evidence offsets point
// into title. STUB.
func Analyze(title, lang string) truthlens.Headline {
	return truthlens.Headline{Original: title, Suggested: title, Evidence: []truthlens.Span{}}
}
