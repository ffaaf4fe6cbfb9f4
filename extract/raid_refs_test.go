package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidRefs holds the rules of raid_refs.go: a site told as "it" in a raid passive, and
// raiders told by their head noun ("the police") after their full name; and the cases where
// "it" or the head noun stands for something else.
func TestRaidRefs(t *testing.T) {
	x := newTestExtractor(t)
	raid := func(a, b string) []rel { return []rel{{a, model.Raided, b, ""}} }
	cases := []relCase{
		{"'it' raided by a body, the site named before in the sentence",
			"Police say Kim Dae-ho ran Harbour Light Park until it was raided by the Kampot Provincial Police in August.",
			raid("Kampot Provincial Police", "Harbour Light Park"), nil},
		{"'it' stormed by a body's troops, the site named in the sentence before",
			"Silver Reed Park opened in 2021 beside the river. In May it was stormed by troops of the Kayin Frontier Army.",
			raid("Kayin Frontier Army", "Silver Reed Park"), nil},
		{"'the police' stand for the police force named the sentence before",
			"The Kampot Provincial Police raided Harbour Light Park on Monday. The police also raided Silver Reed Park, a casino in Kep.",
			raid("Kampot Provincial Police", "Silver Reed Park"), nil},
		{"'the army' stand for the army named two sentences before",
			"The Kayin Frontier Army took over the river crossing in March. Its troops freed 40 people from a farm. The army later raided Silver Reed Park.",
			raid("Kayin Frontier Army", "Silver Reed Park"), nil},
		{"'it' stands for a firm, the nearest name",
			"Harbour Light Park was leased to Golden Reed Trading Co., Ltd. until it was raided by the Kampot Provincial Police.",
			nil, raid("Kampot Provincial Police", "Harbour Light Park")},
		{"'the police' cannot stand for an army",
			"The Kayin Frontier Army took over the crossing in March. The police also raided Silver Reed Park.",
			nil, raid("Kayin Frontier Army", "Silver Reed Park")},
		{"'the police' with two police forces named before",
			"The Kampot Provincial Police and the Kep Provincial Police met on Monday. The police also raided Silver Reed Park.",
			nil, append(raid("Kampot Provincial Police", "Silver Reed Park"), raid("Kep Provincial Police", "Silver Reed Park")...)},
	}
	checkRelCases(t, x, cases)
}
