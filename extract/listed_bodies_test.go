package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestListedRegionalBodies covers the parties, rights groups and enforcement bodies of the
// region that the gazetteer lists: named by a short form or an acronym with no cue word,
// they are bodies all the same; a listed acronym written in lower case is no name.
func TestListedRegionalBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a party by its short form, as a modifier",
			"The firm's founder, a long-time Umno member, denied any link to the site.",
			[]string{"Organization:United Malays National Organisation"},
			[]string{"Person:Umno"}},
		{"a rights group by its acronym alone",
			"Families were told to contact LICADHO, which has helped others get out.",
			[]string{"Organization:Cambodian League for the Promotion and Defense of Human Rights"},
			nil},
		{"an enforcement body by its acronym",
			"Agents of the PAOCC and the NBI searched the building on Tuesday.",
			[]string{"Organization:Presidential Anti-Organized Crime Commission", "Organization:National Bureau of Investigation"},
			nil},
		{"outlets and armed groups named by one word or letters",
			"Mizzima and Rappler reported that the MNDAA had handed the site to the UWSA.",
			[]string{"Organization:Mizzima", "Organization:Rappler", "Organization:Myanmar National Democratic Alliance Army", "Organization:United Wa State Army"},
			nil},
		{"a rights group whose name reads like a person's",
			"Researchers at Walk Free and Liberty Shared counted the victims.",
			[]string{"Organization:Walk Free", "Organization:Liberty Shared"},
			[]string{"Person:Walk Free", "Person:Liberty Shared"}},
		{"a listed name's words in lower case are plain words",
			"The court let the two guards walk free after the guardian of one victim withdrew.",
			nil,
			[]string{"Organization:Walk Free", "Organization:The Guardian"}},
		{"bodies by their acronyms and names without a cue word",
			"The DILG and Europol asked BP2MI for the list.",
			[]string{"Organization:Department of the Interior and Local Government", "Organization:Europol", "Organization:Indonesian Migrant Workers Protection Agency"},
			nil},
		{"listed acronyms written in lower case are plain words",
			"The stall sold dap and ssm cards beside the market gate.",
			nil,
			[]string{"Organization:Democratic Action Party", "Organization:Companies Commission of Malaysia"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}

// TestListedRegionalBodySectors: listed parties are "other" and rights groups NGOs, even
// where a word of the name points elsewhere ("Defense").
func TestListedRegionalBodySectors(t *testing.T) {
	want := map[string]string{
		"Cambodian League for the Promotion and Defense of Human Rights": model.SectorNGO,
		"United Malays National Organisation":                            model.SectorOther,
		"Bareskrim":                                                      model.SectorPolice,
		"Pheu Thai Party":                                                model.SectorOther,
		"Mizzima":                                                        model.SectorMedia,
		"United Wa State Army":                                           model.SectorArmedGroup,
	}
	for name, s := range want {
		if got := sectorOf(name); got != s {
			t.Errorf("sectorOf(%q) = %q, want %q", name, got, s)
		}
	}
}

// TestListedRegionalPlaces: the provinces, towns and border crossings of the region that the
// gazetteer lists are places whatever the sentence around them; a listed place opening a
// firm's longer name stays part of it.
func TestListedRegionalPlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"places whose words read like a person's name",
			"Mong La has changed since 2020, and so have Chiang Mai and Kampong Cham.",
			[]string{"Location:Mong La", "Location:Chiang Mai", "Location:Kampong Cham"},
			[]string{"Person:Mong La", "Person:Chiang Mai", "Person:Kampong Cham"}},
		{"states and offshore registries named alone",
			"Sabah and Selangor police traced the money to firms from Samoa and Vanuatu.",
			[]string{"Location:Samoa", "Location:Vanuatu"},
			nil},
		{"a listed place opening a firm's name",
			"Mactan Harbour Realty Corporation owns the land under the towers.",
			[]string{"Company:Mactan Harbour Realty Corporation"},
			[]string{"Location:Mactan"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
