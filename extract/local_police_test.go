package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLocalPoliceAndFirmNames: a place's police named with its level word is a body; a firm
// named with its legal form and the place it is registered in is two names; newer legal
// forms (free-zone firms, Portuguese limited companies) end a firm's name.
func TestLocalPoliceAndFirmNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a province's police as the subject",
			"Kampot provincial police raided the casino on Friday.",
			[]string{"Organization:Kampot provincial police"},
			[]string{"Location:Kampot"}},
		{"a province's police after 'of the'",
			"The gate was kept by officers of the Koh Kong provincial police, workers said.",
			[]string{"Organization:Koh Kong provincial police"},
			nil},
		{"a district's police",
			"Phnom Penh district police detained the manager.",
			[]string{"Organization:Phnom Penh district police"},
			nil},
		{"precision: the place's police as a post's seat stays a place",
			"Kampot provincial police chief Sok Dara said no one was held.",
			[]string{"Location:Kampot", "Person:Sok Dara"},
			[]string{"Organization:Kampot provincial police"}},
		{"precision: a place and bare 'police' stays the place",
			"Kampot police declined to comment.",
			[]string{"Location:Kampot"},
			[]string{"Organization:Kampot police"}},
		{"a state's regional government",
			"Her brother advised the Mon State regional government until 2023.",
			[]string{"Organization:Mon State regional government"},
			nil},
		{"a province's administration",
			"The plot is leased from the Takeo provincial administration by a local firm.",
			[]string{"Organization:Takeo provincial administration"},
			nil},
		{"a firm with its legal form, then where it is registered",
			"The tower belongs to Harbour Crest Holdings Pte. Ltd. of Singapore.",
			[]string{"Company:Harbour Crest Holdings Pte. Ltd.", "Location:Singapore"},
			nil},
		{"a group, then its country",
			"Its lessor is Lotus Reach Group of Cambodia, records show.",
			[]string{"Company:Lotus Reach Group", "Location:Cambodia"},
			nil},
		{"precision: a bank's 'of' is part of its name",
			"The payments went through the Commercial Bank of Ceylon.",
			nil,
			[]string{"Location:Ceylon"}},
		{"a free-zone firm",
			"Money moved through Red Dune Trading FZE, a front company in Sharjah.",
			[]string{"Company:Red Dune Trading FZE"},
			nil},
		{"a free-zone limited company",
			"The flats were rented by Crescent Media Services FZ-LLC last year.",
			[]string{"Company:Crescent Media Services FZ-LLC"},
			nil},
		{"a Portuguese limited company",
			"The park was built by Costa Azul Construções Lda. in 2023.",
			[]string{"Company:Costa Azul Construções Lda."},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
	d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: cases[0].text}
	x.Analyze(&d)
	for _, e := range d.Entities {
		if e.Type == model.Organization && e.Sector != model.SectorPolice {
			t.Errorf("%s: sector %q, want %q", e.Name, e.Sector, model.SectorPolice)
		}
	}
}

// TestLocalGovernmentSector: a place's government named with its level word is government,
// whatever people's name the place carries.
func TestLocalGovernmentSector(t *testing.T) {
	for _, name := range []string{"Karen State regional government", "Takeo provincial administration"} {
		if got := sectorOf(name); got != model.SectorGovernment {
			t.Errorf("sectorOf(%q) = %q, want %q", name, got, model.SectorGovernment)
		}
	}
	if got := sectorOf("Karen National Liberation Army"); got != model.SectorArmedGroup {
		t.Errorf("an armed group's sector changed to %q", got)
	}
}

// TestFilipinoBodySector: Filipino names of public bodies are government.
func TestFilipinoBodySector(t *testing.T) {
	if got := sectorOf("Bangko Sentral ng Pilipinas"); got != model.SectorGovernment {
		t.Errorf("sector %q, want %q", got, model.SectorGovernment)
	}
}
