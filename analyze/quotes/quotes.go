// Package quotes finds direct quotations and resolves their speakers.
package quotes

import (
	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/text"
)

// Find returns the direct quotations of s (sentences as split by
// text.Sentences) with their speakers, in text order. STUB.
func Find(s string, sents []text.Range, lang string) []truthlens.Quote { return nil }
