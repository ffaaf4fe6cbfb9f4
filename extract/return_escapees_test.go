package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestReturnEscapees: a body's men who return the workers that fled a site told before
// protect it; men who return people home or to their families do not, nor does a body that
// returns anything else.
func TestReturnEscapees(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) rel { return rel{a, model.Protects, b, ""} }
	cases := []relCase{
		{"officers returning people who had escaped, the site named before in the sentence",
			"Survivors from Golden Reed Park described uniformed officers of the Svay Rieng Provincial Police returning people who had escaped.",
			[]rel{prot("Svay Rieng Provincial Police", "Golden Reed Park")}, nil},
		{"arranged for officers to return workers who escaped",
			"It is alleged that the defendant supervised security at Golden Reed Park and arranged for officers of the Kandal Provincial Police to return workers who escaped.",
			[]rel{prot("Kandal Provincial Police", "Golden Reed Park")}, nil},
		{"soldiers bringing escapees back, the site in the sentence before",
			"Golden Reed Park is a walled compound near the river. Former workers said soldiers of the Salween Frontier Militia brought escapees back to their bosses.",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		// Precision.
		{"officers who return escapees to their families rescue them",
			"Golden Reed Park is a walled compound near the river. Officers of the Tak Provincial Police returned workers who escaped to their families.",
			nil, []rel{prot("Tak Provincial Police", "Golden Reed Park")}},
		{"officers who return something other than escapees",
			"Golden Reed Park is a walled compound near the river. Officers of the Tak Provincial Police returned the seized phones to workers.",
			nil, []rel{prot("Tak Provincial Police", "Golden Reed Park")}},
		{"officers who returned escapees home",
			"Golden Reed Park is a walled compound near the river. Officers of the Tak Provincial Police returned workers who escaped home.",
			nil, []rel{prot("Tak Provincial Police", "Golden Reed Park")}},
		{"officers who return escapees, after a comma, to an embassy",
			"Workers were held at the Golden Reed Park compound in Bavet. Officers of the Cambodian National Police returned workers who had escaped, along with their passports, to the Thai embassy.",
			nil, []rel{prot("Cambodian National Police", "Golden Reed Park")}},
		{"officers who return escapees, after a comma, to their country",
			"Golden Reed Park is a walled compound near the river. Officers of the Tak Provincial Police returned workers who escaped, by bus, to Thailand.",
			nil, []rel{prot("Tak Provincial Police", "Golden Reed Park")}},
		// Recall: an aside after the comma that names no destination.
		{"officers who return escapees, an aside after the comma",
			"Workers were held at the Golden Reed Park compound in Bavet. Officers of the Cambodian National Police returned workers who escaped to the compound, survivors said, before the raid.",
			[]rel{prot("Cambodian National Police", "Golden Reed Park")}, nil},
	}
	checkRelCases(t, x, cases)
}
