package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHeadingsDashesAndBranches: a Roman section number opening a heading names no one; a
// dash inside a longer name joins it; an acronym with a listed city names a body's office
// there; residences are a site; a police force named in Portuguese, Spanish or Malay is a
// body.
func TestHeadingsDashesAndBranches(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
		{"a Roman section number before a heading",
			"III. Findings of fact The accused ran the payroll.",
			nil,
			[]string{"Person:III. Findings", "Person:Findings"}},
		{"two names joined by a dash inside a bridge's name",
			"The workers crossed the First Lao–Thai Friendship Bridge on foot.",
			[]string{"Location:First Lao–Thai Friendship Bridge"},
			nil},
		{"precision: two countries joined by a dash before a common noun",
			"Fighting closed the Thailand–Cambodia border for a week.",
			[]string{"Location:Thailand", "Location:Cambodia"},
			nil},
		{"an acronym with a listed city",
			"Families were told to call KBRI Kuala Lumpur for help.",
			[]string{"Organization:KBRI Kuala Lumpur"},
			nil},
		{"precision: an acronym of two letters with a city",
			"The UN Bangkok office said nothing.",
			nil,
			[]string{"Organization:UN Bangkok"}},
		{"residences are a site",
			"Police raided Sunset Cove Residences, a gated block of flats, on Tuesday.",
			[]string{"Compound:Sunset Cove Residences"},
			nil},
		{"a police force named in Portuguese",
			"The Polícia Judiciária de Macau opened a case.",
			[]string{"Organization:Polícia Judiciária de Macau"},
			nil},
		{"a press release's heading names no body",
			"Press Release No. 12/2025 The ministry received 80 people on Monday.",
			nil,
			[]string{"Organization:Press Release No", "Organization:Press Release"}},
		{"a press release's heading before a dateline in capitals",
			"Press Release JAKARTA — The embassy brought 40 citizens home.",
			nil,
			[]string{"Organization:Press Release JAKARTA"}},
		{"precision: a newspaper with press in its name",
			"The Free Press Journal reported the raid first.",
			[]string{"Organization:Free Press Journal"},
			nil},
		{"a unit ending in a body's head, of a listed police force",
			"The Maritime Intelligence Group of the Philippine National Police led the raid.",
			[]string{"Organization:Maritime Intelligence Group", "Organization:Philippine National Police"},
			nil},
		{"a number word opening a firm's name",
			"Payments went to Four Seasons Lotus Trading Co., Ltd., the builder.",
			[]string{"Company:Four Seasons Lotus Trading Co., Ltd."},
			nil},
		{"precision: a number word opening a sentence",
			"Two Kenyans escaped on Monday.",
			nil,
			[]string{"Location:Two Kenyans"}},
		{"a casino and hotel are one site",
			"Police raided the Golden Crane Casino and Hotel at dawn.",
			[]string{"Compound:Golden Crane Casino and Hotel"},
			nil},
		{"'in Persons' inside a body's name",
			"The Anti-Trafficking in Persons Division screened them.",
			[]string{"Organization:Anti-Trafficking in Persons Division"},
			[]string{"Organization:Persons Division"}},
		{"a magistrate's court",
			"He was produced before the Galle Magistrate's Court on Friday.",
			[]string{"Organization:Galle Magistrate's Court"},
			nil},
		{"a single-word place after a woman 'from'",
			"A 19-year-old woman from Ubonrat said she was beaten.",
			[]string{"Location:Ubonrat"},
			nil},
		{"a single-word place after 'I am from'",
			"I was inside for five months. I am from Kendari. Please help.",
			[]string{"Location:Kendari"},
			nil},
		{"precision: a thing taken from a person",
			"Police said he took the files from Kovalenko before he fled.",
			nil,
			[]string{"Location:Kovalenko"}},
		{"a unit numbered with four digits",
			"The guards belonged to Battalion 2047, which is commanded by a major.",
			[]string{"Organization:Battalion 2047"},
			nil},
		{"a Khmer honorific before an office names no one",
			"Under the leadership of Samdech Thipadei Prime Minister, the ministries acted.",
			nil,
			[]string{"Person:Thipadei Prime Minister", "Person:Thipadei"}},
		{"a site named with its kind word, no article, then by its name alone",
			"Ex-workers of Silver Reef compound share stories here. I was in Silver Reef for a year. Silver Reef was raided.",
			[]string{"Compound:Silver Reef"},
			[]string{"Person:Silver Reef", "Compound:Ex-workers of Silver Reef"}},
		{"a demonym joined to a participle is an adjective",
			"The site is run by a Thai-owned firm and a Chinese-invested bank.",
			nil,
			[]string{"Location:Thai-owned", "Location:Chinese-invested"}},
		{"a police operation's name names no place",
			"Officers announced the results of Operation Safe Harbour 2 on Monday.",
			nil,
			[]string{"Location:Operation Safe Harbour", "Person:Operation Safe Harbour"}},
		{"precision: a place named with a hyphen",
			"The workers came from Petaling Jaya and Kuala Lumpur.",
			[]string{"Location:Kuala Lumpur"},
			nil},
		{"a Filipino body's name with 'ng'",
			"The license was cancelled by the Komisyon ng Halalan last year.",
			[]string{"Organization:Komisyon ng Halalan"},
			nil},
		{"precision: Ng as a surname",
			"Lim Wei Ng and Chan Dara were charged.",
			[]string{"Person:Chan Dara"},
			nil},
		{"a township is a place of its own beside its town",
			"The park lies in Myawaddy Township, about 20 kilometres south of Myawaddy.",
			[]string{"Location:Myawaddy Township", "Location:Myawaddy"},
			nil},
		{"a country the list now holds",
			"Recruiters moved the workers to Timor-Leste in 2024.",
			[]string{"Location:Timor-Leste"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
