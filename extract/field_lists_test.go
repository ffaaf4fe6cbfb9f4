package extract

import (
	"testing"
)

// TestFieldListsInBodyNames reads a body's fields listed with commas and "and" after its head
// as one name, keeps a field that is also a title's word, and leaves bodies, places and
// people listed after a ministry as names of their own.
func TestFieldListsInBodyNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"three fields with commas",
			"The Ministry of Mines, Energy and Water revoked the permit.",
			[]string{"Organization:Ministry of Mines, Energy and Water"},
			[]string{"Organization:Ministry of Mines"}},
		{"a plain plural among the fields",
			"Victims were screened by the Ministry of Labour, Migrants and Family Welfare on arrival.",
			[]string{"Organization:Ministry of Labour, Migrants and Family Welfare"},
			nil},
		{"a field that is also a title's word",
			"The Ministry of Commerce and Finance froze the licence.",
			[]string{"Organization:Ministry of Commerce and Finance"},
			[]string{"Organization:Ministry of Commerce"}},
		{"a field of two words after 'and'",
			"The Ministry of Foreign and Overseas Affairs helped them home.",
			[]string{"Organization:Ministry of Foreign and Overseas Affairs"},
			nil},
		{"fields listed with commas before the head",
			"Officers of the Human Smuggling, Labour Exploitation and Intelligence Unit arrested him.",
			[]string{"Organization:Human Smuggling, Labour Exploitation and Intelligence Unit"},
			[]string{"Organization:Intelligence Unit"}},
		{"precision: places listed before a force",
			"Thailand, Cambodia and Laos Police met in Vientiane.",
			[]string{"Location:Thailand", "Location:Cambodia"},
			[]string{"Organization:Thailand, Cambodia and Laos Police"}},
		{"precision: places after a ministry and a comma",
			"The Ministry of Interior, Laos and Vietnam signed the pact.",
			[]string{"Organization:Ministry of Interior", "Location:Laos", "Location:Vietnam"},
			nil},
		{"precision: a person after the ministry and 'and'",
			"The Ministry of Interior and Sok Dara denied it.",
			[]string{"Organization:Ministry of Interior", "Person:Sok Dara"},
			nil},
		{"precision: a title and its holder after 'and'",
			"The Ministry of Trade and Finance Minister Chan Dara met the envoy.",
			[]string{"Organization:Ministry of Trade", "Person:Chan Dara"},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
