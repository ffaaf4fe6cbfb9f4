package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidClauses holds the rules of raid_clauses.go: a raid passive with coordinated agents
// (in a relative clause after the site's apposition or not), coordinated subjects named
// through their men, a search carried out with partners, and a body that says it raided a
// site; recall cases and cases where nothing may be read.
func TestRaidClauses(t *testing.T) {
	x := newTestExtractor(t)
	raid := func(a, b string) rel { return rel{a, model.Raided, b, ""} }
	cases := []relCase{
		{"entered by a registry into its records",
			"KK Park was entered by the Land Registry Office of Bokeo into its records in 2019.",
			nil, []rel{raid("Land Registry Office of Bokeo", "KK Park"), raid("Land Registry Office", "KK Park")}},
		{"entered by a registry in its records, then the site",
			"The lot was entered by the Land Registry Office of Bokeo in its records, then KK Park was built.",
			nil, []rel{raid("Land Registry Office of Bokeo", "KK Park"), raid("Land Registry Office", "KK Park")}},
		{"a relative clause after an apposition, two agents",
			"The complaint concerns Amber Coast Hub, an offshore gaming compound in Cordova, Cebu, that was raided by the Presidential Anti-Organized Crime Commission (PAOCC) and the National Bureau of Investigation (NBI) on 8 October 2024.",
			[]rel{raid("Presidential Anti-Organized Crime Commission", "Amber Coast Hub"), raid("National Bureau of Investigation", "Amber Coast Hub")}, nil},
		{"a relative clause with a time before the agents",
			"Lucky Sun ran Amber Coast Hub, a complex of six buildings in Angeles City, Pampanga, which was raided in March by the Presidential Anti-Organized Crime Commission and the Philippine National Police.",
			[]rel{raid("Presidential Anti-Organized Crime Commission", "Amber Coast Hub"), raid("Philippine National Police", "Amber Coast Hub")}, nil},
		{"coordinated subjects, the second named through its men",
			"The Myanmar Police Force and soldiers from the junta's Light Infantry Battalion 312 raided Amber Coast Park, a smaller site in Myawaddy township, and detained 90 people.",
			[]rel{raid("Myanmar Police Force", "Amber Coast Park"), raid("Light Infantry Battalion 312", "Amber Coast Park")}, nil},
		{"coordinated agents who entered a site and found workers",
			"When agents of the Presidential Anti-Organized Crime Commission and the Philippine National Police entered Amber Coast Hub on June 4, they found 300 workers inside.",
			[]rel{raid("Presidential Anti-Organized Crime Commission", "Amber Coast Hub"), raid("Philippine National Police", "Amber Coast Hub")}, nil},
		{"a search carried out with two partners",
			"On 2 May the Commission for Combating Online Scams, in cooperation with the Kampot Provincial Police and the Kep City Police Inspectorate, carried out a search of the Amber Coast Complex.",
			[]rel{raid("Commission for Combating Online Scams", "Amber Coast Complex"), raid("Kampot Provincial Police", "Amber Coast Complex"), raid("Kep City Police Inspectorate", "Amber Coast Complex")}, nil},
		{"a body that says it raided a site",
			"The Karen National Army announced in May that it had raided Amber Coast Park and expelled foreigners.",
			[]rel{raid("Karen National Army", "Amber Coast Park")}, nil},
		{"a body that says its officers raided a site",
			"The Lao Ministry of Public Security said in a statement that officers raided Amber Coast Tower on 3 July and found 200 workers.",
			[]rel{raid("Lao Ministry of Public Security", "Amber Coast Tower")}, nil},
		{"a site sealed off, an aside of places before the passive and a partner acting with the raider",
			"The building, a 22-storey complex called Amber Coast Plaza a few hundred metres from the Mekong River in Ton Pheung district, Bokeo province, was sealed off on Friday by the Bokeo Provincial Police acting with the Ministry of Public Security.",
			[]rel{raid("Bokeo Provincial Police", "Amber Coast Plaza"), raid("Ministry of Public Security of Laos", "Amber Coast Plaza")}, nil},
		{"a site swept, a relative clause of places before the passive",
			"The Amber Coast Riverside Zone, which lies in Ton Pheung district of Bokeo province, was swept by Lao police in June.",
			[]rel{raid("Lao police", "Amber Coast Riverside Zone")}, nil},
		{"a site entered before dawn by the men of two bodies",
			"The site, registered as Amber Coast Hub but known in the barangay simply as \"the Hub,\" was entered before dawn on Thursday by agents of the Presidential Anti-Organized Crime Commission (PAOCC) and the Philippine National Police.",
			[]rel{raid("Presidential Anti-Organized Crime Commission", "Amber Coast Hub"), raid("Philippine National Police", "Amber Coast Hub")}, nil},
		{"a site briefly searched, an aside headed by the site's kind that names its operator",
			"Amber Coast Garden, one of several compounds operated by Bright Wave Group, was briefly searched by the Myanmar army in February.",
			[]rel{raid("Myanmar military", "Amber Coast Garden")}, nil},
		{"a site noun whose name is given in an aside, entered shortly after dawn by one body's men and another's",
			"The nine-hectare compound, marketed to investors as Amber Coast Hub, was entered shortly after dawn by PAOCC agents and operatives of the Criminal Investigation and Detection Group.",
			[]rel{raid("Presidential Anti-Organized Crime Commission", "Amber Coast Hub"), raid("Criminal Investigation and Detection Group", "Amber Coast Hub")}, nil},
		// Precision.
		{"a firm's office named in an aside, searched",
			"The office, rented by Amber Coast Hub, was searched shortly after dawn by the Philippine National Police.",
			nil, []rel{raid("Philippine National Police", "Amber Coast Hub")}},
		{"a site kind aside that is no apposition of the subject",
			"The owner of Amber Coast Garden, a compound in Myawaddy, was briefly searched by the Myanmar army.",
			nil, []rel{raid("Myanmar military", "Amber Coast Garden")}},
		{"a raid on a site planned, not made",
			"Amber Coast Garden, one of several compounds operated by Bright Wave Group, was to be searched by the Myanmar army in February.",
			nil, []rel{raid("Myanmar military", "Amber Coast Garden")}},
		{"an office near the site, rented by a firm, sealed off",
			"An office near Amber Coast Hub in Angeles City, rented by Bright Wave Gaming Inc., was sealed off by the Philippine National Police.",
			nil, []rel{raid("Philippine National Police", "Amber Coast Hub")}},
		{"a complaint about a site entered in a register",
			"A complaint about Amber Coast Hub was entered in the register by the Philippine National Police.",
			nil, []rel{raid("Philippine National Police", "Amber Coast Hub")}},
		{"a body that says it did not raid a site",
			"The Karen National Army said it had not raided Amber Coast Park.",
			nil, []rel{raid("Karen National Army", "Amber Coast Park")}},
		{"a relative clause about a firm's offices named after the site",
			"Staff moved from Amber Coast Hub to the offices of Bright Wave Gaming Inc., which were raided by the Philippine National Police and the National Bureau of Investigation.",
			nil, []rel{raid("Philippine National Police", "Amber Coast Hub"), raid("National Bureau of Investigation", "Amber Coast Hub")}},
		{"coordinated bodies who entered a site to sign a deal",
			"The Myanmar Police Force and the Karen National Army entered Amber Coast Park on Monday for talks.",
			nil, []rel{raid("Myanmar Police Force", "Amber Coast Park")}},
		{"a rights group that says police raided a site",
			"Justice Mission International said police raided Amber Coast Park in May.",
			nil, []rel{raid("Justice Mission International", "Amber Coast Park")}},
	}
	checkRelCases(t, x, cases)
}
