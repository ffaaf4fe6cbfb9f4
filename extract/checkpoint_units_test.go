package extract

import "testing"

// TestCheckpointUnitsAndGardenCities: a place's immigration checkpoint, in lower or upper
// case, is the unit posted there; a bare checkpoint stays the crossing; a "Garden City" is a
// gated site, a town's plain name stays a town.
func TestCheckpointUnitsAndGardenCities(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a town's immigration checkpoint in lower case",
			"Pol. Col. Thanawat Boonmee, who heads the Mae Sot immigration checkpoint, denied the claims.",
			[]string{"Organization:Mae Sot immigration checkpoint", "Person:Thanawat Boonmee"},
			[]string{"Location:Mae Sot immigration checkpoint"}},
		{"a district's immigration checkpoint after 'at the'",
			"Anucha Boonmee, an officer at the Mae Sai immigration checkpoint, was transferred.",
			[]string{"Organization:Mae Sai immigration checkpoint"},
			nil},
		{"the capitalised form",
			"The first defendant served as deputy superintendent of the Tak Immigration Checkpoint.",
			[]string{"Organization:Tak Immigration Checkpoint"},
			[]string{"Location:Tak Immigration Checkpoint"}},
		{"precision: a bare checkpoint stays the crossing",
			"The workers were handed over at the Mae Sot checkpoint on Friday.",
			[]string{"Location:Mae Sot"},
			[]string{"Organization:Mae Sot checkpoint", "Organization:Mae Sot immigration checkpoint"}},
		{"precision: immigration officers at a town are no unit's name",
			"Mae Sot immigration officers said the men had crossed the river.",
			[]string{"Location:Mae Sot"},
			[]string{"Organization:Mae Sot immigration checkpoint"}},
		{"precision: a taxi driver at the checkpoint holds no post in the unit",
			"Lim Boon Kiat, a taxi driver at the Mae Sot immigration checkpoint, drove the workers to the compound.",
			[]string{"Location:Mae Sot"},
			[]string{"Organization:Mae Sot immigration checkpoint"}},
		{"a garden city is a site",
			"Four years later Thanlwin Garden City houses an estimated 4,000 workers.",
			[]string{"Compound:Thanlwin Garden City"},
			[]string{"Location:Thanlwin Garden City"}},
		{"precision: a plain city name stays a town",
			"The recruits were flown to Angeles City and driven north.",
			[]string{"Location:Angeles City"},
			[]string{"Compound:Angeles City"}},
	}
	checkNameCases(t, x, "https://example.org/news/story", cases)
}
