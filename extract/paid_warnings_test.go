package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPaidWarnings holds the rules of paid_warnings.go: an official or a body paid for
// warnings, tip-offs or protection that keep a site safe; recall cases and cases where
// nothing may be read (the payer, a payment for something else, two sites, no payment).
func TestPaidWarnings(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) []rel { return []rel{{a, model.Protects, b, ""}} }
	cases := []relCase{
		{"payments from the site's management for advance warning",
			"Silver Lotus Park was raided in May. Investigators found that Colonel Keo Rathana received monthly payments from the management of the compound in exchange for giving advance warning of inspections.",
			prot("Keo Rathana", "Silver Lotus Park"), nil},
		{"payments from operators in the zone for warnings",
			"Investigators are examining whether Somphone Vilay had received monthly payments from building operators in the Golden Reed Special Economic Zone in return for warnings about upcoming inspections.",
			prot("Somphone Vilay", "Golden Reed Special Economic Zone"), nil},
		{"a body's officers paid to warn the site",
			"According to the indictment, officers of the Takeo Provincial Police were paid to warn Silver Lotus Park before inspections.",
			prot("Takeo Provincial Police", "Silver Lotus Park"), nil},
		{"cash delivered to an officer in exchange for the protection he gave",
			"The defendant delivered cash to KEO RATHANA, an officer of the Takeo Provincial Police, in exchange for the protection KEO RATHANA provided to Silver Lotus Park.",
			prot("Keo Rathana", "Silver Lotus Park"), []rel{{"Takeo Provincial Police", model.Protects, "Silver Lotus Park", ""}}},
		{"sums paid to an officer, short forms in his apposition, for armed soldiers at the gates",
			"Silver Lotus Resort opened in 2019. Since at least 2021, HENG has paid monthly sums to KEO RATHANA (KEO), a colonel in the Royal Cambodian Armed Forces (RCAF) and commander of RCAF Infantry Battalion 412, in exchange for armed soldiers posted at the resort's gates.",
			prot("Keo Rathana", "Silver Lotus Resort"), nil},
		{"money from the site's management for advance notice of police checks",
			"Silver Lotus Park was inspected in July. The inspection found that Police Captain Keo Rathana, an officer of the Poipet City Police Inspectorate, had received money from the management of the complex in exchange for advance notice of police checks.",
			prot("Keo Rathana", "Silver Lotus Park"), nil},
		// Precision.
		{"sums paid to a councilor of a town for land",
			"The petition alleges that Silver Lotus Park paid monthly sums to Councilor Keo Rathana of Takeo in exchange for land near the river.",
			nil, prot("Keo Rathana", "Silver Lotus Park")},
		{"armed men paid by the police to raid a site",
			"The Takeo Provincial Police paid fees to Keo Rathana in exchange for information on Silver Lotus Park and Golden Reed Park, where armed men stood guard.",
			nil, prot("Keo Rathana", "Silver Lotus Park")},
		{"the payer is not the protector",
			"Colonel Keo Rathana said the managers of Silver Lotus Park received payments from Lim Dara in exchange for advance warning of inspections.",
			nil, []rel{{"Lim Dara", model.Protects, "Silver Lotus Park", ""}}},
		{"a payment for something else",
			"Colonel Keo Rathana received monthly payments from the management of Silver Lotus Park in exchange for land he leased to it.",
			nil, prot("Keo Rathana", "Silver Lotus Park")},
		{"victims who asked for protection",
			"Families paid money to the Takeo Provincial Police and asked for protection for relatives held at Silver Lotus Park.",
			nil, prot("Takeo Provincial Police", "Silver Lotus Park")},
		{"two sites, and which one was warned is not said",
			"Colonel Keo Rathana received payments from managers of Silver Lotus Park and Golden Reed Park in exchange for warnings of inspections.",
			nil, []rel{{"Keo Rathana", model.Protects, "Silver Lotus Park", ""}, {"Keo Rathana", model.Protects, "Golden Reed Park", ""}}},
		{"a body that raided the site after warnings to it",
			"The Takeo Provincial Police raided Silver Lotus Park after warnings of trafficking.",
			nil, prot("Takeo Provincial Police", "Silver Lotus Park")},
	}
	checkRelCases(t, x, cases)
}
