package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestUnitsAndQualifiedBodies splits a unit from the listed body that holds it, joins a
// listed body written with its country's name in front, and keeps names whose "of" leads to
// a place or a field.
func TestUnitsAndQualifiedBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a unit of a listed police force",
			"The Cyber Fraud Response Centre of the Royal Thai Police traced the transfers.",
			[]string{"Organization:Cyber Fraud Response Centre", "Organization:Royal Thai Police"},
			[]string{"Organization:Cyber Fraud Response Centre of the Royal Thai Police"}},
		{"a court of a country stays whole",
			"The Supreme Court of the Philippines upheld the ruling.",
			[]string{"Organization:Supreme Court of the Philippines"},
			nil},
		{"the office of a title, with its seat",
			"Charges were filed by the Office of the Provincial Prosecutor of Pampanga on Monday.",
			[]string{"Organization:Office of the Provincial Prosecutor of Pampanga"},
			nil},
		{"an office's title followed by a person's name still splits",
			"Office of the President spokesman Claire Castro said the raid went ahead.",
			[]string{"Person:Claire Castro"},
			nil},
		{"a court named with its seat, then its province",
			"The Dali Intermediate People's Court of Yunnan Province sentenced the brothers.",
			[]string{"Organization:Dali Intermediate People's Court", "Location:Yunnan Province"},
			[]string{"Organization:Dali Intermediate People's Court of Yunnan Province"}},
		{"a court named by its rank keeps its province",
			"They may appeal to the Higher People's Court of Guangxi Province.",
			[]string{"Organization:Higher People's Court of Guangxi Province"},
			nil},
		{"an Indonesian bank named with its word first",
			"The money passed through an account at Bank Nusa Makmur.",
			[]string{"Company:Bank Nusa Makmur"},
			nil},
		{"two countries joined by a hyphen name no place",
			"Trucks crossed the Laos-Thailand border at night.",
			nil,
			[]string{"Location:Laos-Thailand"}},
		{"a section named by its fields",
			"The Money Laundering and Asset Recovery Section and the Office of International Affairs assisted.",
			[]string{"Organization:Money Laundering and Asset Recovery Section", "Organization:Office of International Affairs"},
			nil},
		{"a law's section is no body",
			"He was charged under Section 12 of the Act and Section 4.",
			nil,
			[]string{"Organization:Section 12", "Organization:Section 4"}},
		{"a ministry's fields joined by 'and'",
			"The Ministry of Digital Economy and Society blocked 400 websites.",
			[]string{"Organization:Ministry of Digital Economy and Society"},
			[]string{"Organization:Ministry of Digital Economy"}},
		{"a person and a firm joined by 'and' stay two",
			"Sok Dara and Society Holdings denied the claims.",
			[]string{"Person:Sok Dara", "Company:Society Holdings"},
			nil},
		{"a sheriff's department",
			"The Riverside County Sheriff's Department joined the search.",
			[]string{"Organization:Riverside County Sheriff's Department"},
			nil},
		{"a listed body with its country's name in front is that body",
			"The Cambodia National Committee for Counter Trafficking (NCCT) met on Monday. The NCCT said 40 people were rescued.",
			[]string{"Organization:National Committee for Counter Trafficking"},
			[]string{"Organization:Cambodia National Committee for Counter Trafficking"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
	d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: cases[0].text}
	x.Analyze(&d)
	for _, e := range d.Entities {
		if e.Name == "Cyber Fraud Response Centre" && e.Sector != model.SectorPolice {
			t.Errorf("the unit's sector is %q, want the parent's %q", e.Sector, model.SectorPolice)
		}
	}
}
