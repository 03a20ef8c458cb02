package story

import truthlens "github.com/truthlens/truthlens"

type quoteGroup struct{}

func (g quoteGroup) out(m []*doc) truthlens.QuoteGroup { return truthlens.QuoteGroup{} }

type claimGroup struct{}

func groupQuotes(m []*doc) []quoteGroup               { return nil }
func groupClaims(m []*doc, p provenance) []claimGroup { return nil }
func (c *comparison) claimsOut() ([]truthlens.StoryClaim, []truthlens.Omission) {
	return []truthlens.StoryClaim{}, []truthlens.Omission{}
}
