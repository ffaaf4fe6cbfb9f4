package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLedeSites holds lede_sites.go to ledes that place a site before naming it, and to
// sentences where the described site may be another one. The names are invented.
func TestLedeSites(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a place after a town noun, the name in the next sentence's object",
			"Forty workers who fled from a casino complex in the border town of Kampot were sent home on Sunday. " +
				"They had been held at the Jade Moon Casino for months.",
			[]rel{{"Jade Moon Casino", model.LocatedIn, "Kampot", ""}},
			nil},
		{"a subject description with two modifiers, the name opening the next sentence",
			"A casino and office complex on the Moei River that officials call a fraud hub is part-owned by Nora Vance. " +
				"Jade Moon Park, which opened in 2021, was built by Silver Cedar Holdings Corp.",
			[]rel{{"Jade Moon Park", model.LocatedIn, "Moei River", ""}},
			nil},
		{"a hyphenated modifier and a place with its country",
			"Police arrested nine people who laundered money for a call-centre compound in Battambang, Cambodia. " +
				"The money came from victims of Jade Moon Park, according to the bureau.",
			[]rel{{"Jade Moon Park", model.LocatedIn, "Battambang", ""}},
			nil},
		{"near places nothing",
			"Police raided a compound near Kampot on Monday. Jade Moon Park was empty.",
			nil,
			[]rel{{"Jade Moon Park", model.LocatedIn, "Kampot", ""}}},
		{"a site named beside the description",
			"Police raided Golden Reed Park and a compound in Kampot on Monday. Jade Moon Park was empty.",
			nil,
			[]rel{{"Jade Moon Park", model.LocatedIn, "Kampot", ""}}},
		{"two sites named after the description",
			"Police raided a compound in Kampot on Monday. Jade Moon Park and Golden Reed Park were empty.",
			nil,
			[]rel{{"Jade Moon Park", model.LocatedIn, "Kampot", ""}, {"Golden Reed Park", model.LocatedIn, "Kampot", ""}}},
		{"the naming sentence places the site itself",
			"Police arrested nine people who laundered money for a compound in Kampot. " +
				"The money came from Jade Moon Park, a compound south of Kampot.",
			nil,
			[]rel{{"Jade Moon Park", model.LocatedIn, "Kampot", ""}}},
		{"the naming sentence puts the site in another town: a second site",
			"Silver Cedar Holdings owns a warehouse complex in Mae Sot. " +
				"Fuel stored there was shipped across the river to Jade Moon Park, a scam compound in Myawaddy.",
			[]rel{{"Jade Moon Park", model.LocatedIn, "Myawaddy", ""}},
			[]rel{{"Jade Moon Park", model.LocatedIn, "Mae Sot", ""}}},
		{"a site on a river in the naming sentence may still be the described one",
			"Police froze the accounts of a scam compound in Myawaddy. " +
				"The money paid for Jade Moon Park, a compound on the Moei River.",
			[]rel{{"Jade Moon Park", model.LocatedIn, "Myawaddy", ""}},
			nil},
		{"an apposition puts the moved-to site near another town",
			"Police raided a warehouse complex in Mae Sot on Monday. The goods were moved to Golden Fortune Park, a scam compound near Myawaddy.",
			nil,
			[]rel{{"Golden Fortune Park", model.LocatedIn, "Mae Sot", ""}}},
		{"the site with 'in' and another town",
			"Police raided a warehouse complex in Mae Sot on Monday. The goods were later moved to Golden Fortune Park in Myawaddy.",
			nil,
			[]rel{{"Golden Fortune Park", model.LocatedIn, "Mae Sot", ""}}},
		{"a relative clause puts the site in another town",
			"Police raided a warehouse complex in Mae Sot on Monday. The goods were moved to Golden Fortune Park, which lies in Myawaddy.",
			nil,
			[]rel{{"Golden Fortune Park", model.LocatedIn, "Mae Sot", ""}}},
		{"a site things were taken to is another one",
			"Police raided a warehouse complex in Mae Sot on Monday. The workers were taken to Golden Fortune Park by truck.",
			nil,
			[]rel{{"Golden Fortune Park", model.LocatedIn, "Mae Sot", ""}}},
		{"a site the text named before",
			"Jade Moon Park reopened in May. Police raided a compound in Kampot on Monday. Jade Moon Park was empty.",
			nil,
			[]rel{{"Jade Moon Park", model.LocatedIn, "Kampot", ""}}},
	}
	checkRelCases(t, x, cases)
}
