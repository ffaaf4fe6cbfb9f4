package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLandRefDated: "the land", "the lot", "the parcel" named again with a date after it
// ("bought the lot in 2019") or a measure spelled in words ("the eight-hectare property")
// stand for the site named before, for its buyer; a place after the head makes a new
// description, and two sites named before leave the ground open.
func TestLandRefDated(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"bought the land in a year",
			"Officers searched Pine Ridge Hub in Capas on Friday. Records show that Norvale Agri Corp. bought the land in 2018.",
			[]rel{{"Norvale Agri Corp.", model.Owns, "Pine Ridge Hub", ""}}, nil},
		{"acquired the measured lot in a year",
			"The raid on Silver Fern Park freed 200 workers. Land records show Tamsin Realty Inc. acquired the 12-hectare lot in 2017.",
			[]rel{{"Tamsin Realty Inc.", model.Owns, "Silver Fern Park", ""}}, nil},
		{"a measure spelled in words",
			"Workers fled Amber Gate Compound in March. A registry clerk said Kestrel Land Development Corp. purchased the seven-hectare property in 2016.",
			[]rel{{"Kestrel Land Development Corp.", model.Owns, "Amber Gate Compound", ""}}, nil},
		{"sold the parcel in a month to a buyer",
			"Police closed Copper Bay Park last week. Its former landlord sold the parcel in June 2021 to Halden Estates Ltd., the records show.",
			[]rel{{"Halden Estates Ltd.", model.Owns, "Copper Bay Park", ""}}, nil},
		{"a place after the head is a new plot",
			"Officers searched Pine Ridge Hub in Capas on Friday. Norvale Agri Corp. bought the land in Tarlac in 2018.",
			nil, []rel{{"Norvale Agri Corp.", model.Owns, "Pine Ridge Hub", ""}}},
		{"two sites leave the lot open",
			"Police raided Pine Ridge Hub and Silver Fern Park on Friday. Tamsin Realty Inc. acquired the lot in 2017.",
			nil, []rel{{"Tamsin Realty Inc.", model.Owns, "Pine Ridge Hub", ""}, {"Tamsin Realty Inc.", model.Owns, "Silver Fern Park", ""}}},
		{"a lot of money is no ground",
			"Officers searched Pine Ridge Hub on Friday. Norvale Agri Corp. made a lot in 2018 from the deal.",
			nil, []rel{{"Norvale Agri Corp.", model.Owns, "Pine Ridge Hub", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestLandDateAfter: "in"/"on" with a year, a month or a day and month say when; with a place,
// where.
func TestLandDateAfter(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the land in 2019", true},
		{"the plot in March", true},
		{"the lot on 3 May", true},
		{"the land in Kampot", false},
		{"the land on which", false},
		{"the plot in 12 villages", false},
	}
	for _, c := range cases {
		toks := tokenize(c.text)
		if got := landDateAfter(toks, 1); got != c.want {
			t.Errorf("landDateAfter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSpelledMeasure: a measure spelled in words, not any hyphened number word.
func TestSpelledMeasure(t *testing.T) {
	for w, want := range map[string]bool{"eight-hectare": true, "twenty-storey": true, "two-acre": true,
		"one-stop": false, "two-way": false, "hectare": false, "8-hectare": false} {
		if got := spelledMeasure(w); got != want {
			t.Errorf("spelledMeasure(%q) = %v, want %v", w, got, want)
		}
	}
}
