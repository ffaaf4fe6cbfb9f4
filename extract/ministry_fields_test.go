package extract

import (
	"testing"
)

// TestMinistryFieldList: a ministry named by fields a comma lists is one body; a person
// named after a ministry and a comma stays a person.
func TestMinistryFieldList(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"three fields",
			"The lease was approved by the Ministry of Mines, Water Supply and Irrigation last year.",
			[]string{"Organization:Ministry of Mines, Water Supply and Irrigation"},
			[]string{"Company:Water Supply and Irrigation"}},
		{"precision: the minister's name after the ministry",
			"A letter from the Ministry of Commerce, Pich Sovan said, was never sent.",
			[]string{"Organization:Ministry of Commerce"},
			nil},
		{"precision: two people after the ministry",
			"The Ministry of Finance, Lim Sok and Chan Sophal said, froze the accounts.",
			[]string{"Organization:Ministry of Finance", "Person:Chan Sophal"},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
