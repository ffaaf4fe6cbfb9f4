package extract

import (
	"testing"
)

// TestSiteRunBy: a name that only its last word made a city's, opening a sentence that says
// it is run or built by someone, is a compound; a listed city, or one the sentence only
// frames ("where ..."), stays a place.
func TestSiteRunBy(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"built and run by a firm, past a relative clause",
			"Golden Heron City, which opened in 2020 on former farmland, was built and is still run by Moei Star Development Co., Ltd.",
			[]string{"Compound:Golden Heron City"},
			[]string{"Location:Golden Heron City"}},
		{"operated by, straight after the name",
			"Pearl River Town is operated by a Macau-registered company.",
			[]string{"Compound:Pearl River Town"},
			nil},
		{"a listed city run by its mayor stays a city",
			"Cebu City is run by a mayor elected in 2022.",
			[]string{"Location:Cebu City"},
			[]string{"Compound:Cebu City"}},
		{"a city that only frames the sentence",
			"Dragon Bay City, where several offices are run by Chinese firms, has grown fast.",
			nil,
			[]string{"Compound:Dragon Bay City"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
