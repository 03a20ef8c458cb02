package storeenc

import truthlens "github.com/truthlens/truthlens"

// RoundOutlet rounds the average scores of an outlet, as a store's SQL
// aggregate returns them, to two decimals for display (truthlens.Round2).
func RoundOutlet(o *truthlens.Outlet) {
	o.Objectivity = truthlens.Round2(o.Objectivity)
	o.Accuracy = truthlens.Round2(o.Accuracy)
	o.Transparency = truthlens.Round2(o.Transparency)
	o.Overall = truthlens.Round2(o.Overall)
}
