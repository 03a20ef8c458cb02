package storeenc

import (
	"testing"

	truthlens "github.com/truthlens/truthlens"
)

func TestRoundOutlet(t *testing.T) {
	o := truthlens.Outlet{ID: "x", Objectivity: 6.666666, Accuracy: 7.125, Transparency: 5, Overall: 6.2649999}
	RoundOutlet(&o)
	if o.Objectivity != 6.67 || o.Accuracy != 7.13 || o.Transparency != 5 || o.Overall != 6.26 || o.ID != "x" {
		t.Errorf("RoundOutlet = %+v", o)
	}
}
