package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestIdentifiedGuards: guards that witnesses identify as a body's men protect the site told
// before; and a bare part ("the main gate") far from the one site a page has named belongs to
// it (guardActs' siteBefore through soleAntecedent). Precision: an identification with no
// guard act, a raid, and a page that has named two sites.
func TestIdentifiedGuards(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) rel { return rel{a, model.Protects, b, ""} }
	far := "Golden Reed Park is a walled compound near the river. Golden Reed Park opened in 2019. A spokesman said the firm only rents buildings. Tenants answer for their own businesses. Company filings list a sole director. "
	cases := []relCase{
		{"a passive guard act, the guards identified as a body's soldiers",
			"Witnesses who had been held in Golden Reed Park testified that it was guarded by armed men they identified as soldiers of the Salween Frontier Militia.",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		{"men in uniform guarding the gates, whom they identified as a body's soldiers",
			"Golden Reed Park is a walled compound. Thirty survivors described armed men in uniform guarding the gates, whom they identified as soldiers of the Salween Frontier Militia (SFM).",
			[]rel{prot("Salween Frontier Militia", "Golden Reed Park")}, nil},
		{"a bare part far from the one site the page names",
			far + "The men said uniformed officers of the Preah Sihanouk Provincial Police guarded the main gate at night.",
			[]rel{prot("Preah Sihanouk Provincial Police", "Golden Reed Park")}, nil},
		// Precision.
		{"an identification with no guard act",
			"Golden Reed Park is a walled compound. Survivors described managers, whom they identified as members of the Salween Frontier Militia.",
			nil, []rel{prot("Salween Frontier Militia", "Golden Reed Park")}},
		{"men identified in a raid",
			"Golden Reed Park is a walled compound. During the raid the gates were guarded by men they identified as officers of the Tak Provincial Police.",
			nil, []rel{prot("Tak Provincial Police", "Golden Reed Park")}},
		{"a bare part after a page has named two sites",
			"Golden Reed Park and Silver Moon Park are walled compounds near the river. Their owners did not respond. A spokesman said the firms only rent buildings. Tenants answer for their own businesses. Company filings list a sole director. The men said uniformed officers of the Preah Sihanouk Provincial Police guarded the main gate at night.",
			nil, []rel{prot("Preah Sihanouk Provincial Police", "Golden Reed Park"), prot("Preah Sihanouk Provincial Police", "Silver Moon Park")}},
		{"the far-back topic is not the unnamed second site",
			"The Golden Fortune compound in Bavet held 300 workers. Golden Fortune was owned by a local tycoon. Workers were later moved to a second site. Three men were charged in March. The court heard from six witnesses. The trial lasted two weeks. Survivors said that site was guarded by armed men they identified as soldiers of the Democratic Karen Buddhist Army.",
			nil, []rel{prot("Democratic Karen Buddhist Army", "Golden Fortune")}},
	}
	checkRelCases(t, x, cases)
}
