package extract

import (
	"testing"
)

// TestSiteCalled: a site noun and "called", "named", "known as" or "marketed as" say the
// next name is a compound's, whatever its words look like, and over its other mentions; a
// person's noun does not.
func TestSiteCalled(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a complex called a city-like name",
			"Survivors spoke of a complex called Jade Harbour City near the river.",
			[]string{"Compound:Jade Harbour City"},
			[]string{"Location:Jade Harbour City"}},
		{"a building named a person-like name",
			"They were taken to a building named Golden Pine, guarded by men with rifles.",
			[]string{"Compound:Golden Pine"},
			[]string{"Person:Golden Pine"}},
		{"known to workers as",
			"One compound, known to its workers as Silver Crane Plaza, held 600 people.",
			[]string{"Compound:Silver Crane Plaza"},
			nil},
		{"the stated kind decides over later mentions its shape calls a person",
			"Workers described a building complex known as Red Heron Square. Red Heron Square was run by a firm from Macau, and the land under Red Heron Square is leased.",
			[]string{"Compound:Red Heron Square"},
			[]string{"Person:Red Heron Square"}},
		{"a tower marketed under a city's name",
			"The tower, marketed as Mekong Sky City, was built by a Hong Kong developer.",
			[]string{"Compound:Mekong Sky City"},
			[]string{"Location:Mekong Sky City"}},
		{"precision: a person marketed as",
			"The recruiter, advertised as Teacher Lin on the job board, took their passports.",
			nil,
			[]string{"Compound:Teacher Lin"}},
		{"precision: a man called",
			"A man called Han Wei recruited them online.",
			[]string{"Person:Han Wei"},
			[]string{"Compound:Han Wei"}},
		{"precision: a person known as",
			"The manager, known to staff as Big Brother Zhou, kept the passports.",
			nil,
			[]string{"Compound:Big Brother Zhou"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
