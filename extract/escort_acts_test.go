package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestEscortActs holds the rules of escort_acts.go: a body's men, a body or an officer who
// escort people or vehicles to, into or through a site, or give its people escorts; and
// escorts of freed or detained people, away from a site or in a raid, which protect nothing.
func TestEscortActs(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) []rel { return []rel{{a, model.Protects, b, ""}} }
	cases := []relCase{
		{"a body's men escort cars to and from the site",
			"Former staff said that soldiers from the Kayin Frontier Army escorted the bosses' cars to and from Silver Reed Park every week.",
			prot("Kayin Frontier Army", "Silver Reed Park"), nil},
		{"a body's men escort lorries through the site's gates",
			"Two drivers said uniformed officers of the Kampot Provincial Police escorted lorries of new recruits through the gates of Harbour Light Park.",
			prot("Kampot Provincial Police", "Harbour Light Park"), nil},
		{"an officer behind his title and an aside escorts vans into the site",
			"The indictment says that Police Major Ramon Duterio, then chief of the Pampanga Provincial Police Office, escorted vans carrying workers into Emerald Cove Hub.",
			prot("Ramon Duterio", "Emerald Cove Hub"), nil},
		{"an officer assigned men to escort buses leaving the site",
			"Records show that Colonel Bun Sarath had assigned officers to escort buses leaving Diamond Sands Park at night.",
			prot("Bun Sarath", "Diamond Sands Park"), nil},
		{"an officer provided security escorts for the site's managers",
			"Investigators said Colonel Bun Sarath provided security escorts for Diamond Sands Park's managers.",
			prot("Bun Sarath", "Diamond Sands Park"), nil},
		{"rescued workers escorted out of the site",
			"Officers of the Kampot Provincial Police escorted the rescued workers out of Harbour Light Park.",
			nil, prot("Kampot Provincial Police", "Harbour Light Park")},
		{"victims escorted from the site to a shelter",
			"Officers of the Kampot Provincial Police escorted victims from Harbour Light Park to a shelter.",
			nil, prot("Kampot Provincial Police", "Harbour Light Park")},
		{"escorted past the site to somewhere else",
			"Soldiers from the Kayin Frontier Army escorted the diplomats past Silver Reed Park to the border.",
			nil, prot("Kayin Frontier Army", "Silver Reed Park")},
		{"raiders who escort detainees",
			"Officers of the Kampot Provincial Police raided the site and escorted detainees to Harbour Light Park.",
			nil, prot("Kampot Provincial Police", "Harbour Light Park")},
	}
	checkRelCases(t, x, cases)
}
