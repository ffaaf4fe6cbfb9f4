package extract

import "testing"

// TestPossessiveBodies covers a body whose name holds a group's possessive after a people's
// name ("Lao Women's Union"): every word of it may name nothing alone, yet it is a name; a
// people's name before a lower-case group stays unnamed.
func TestPossessiveBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a union after a people's name", "The returnees were met by the Lao Women's Union in Vientiane.", []string{"Organization:Lao Women's Union"}, nil},
		{"a union with the curly apostrophe", "The returnees were met by the Lao Women’s Union in Vientiane.", []string{"Organization:Lao Women’s Union"}, nil},
		{"a fund after a people's name", "The Khmer Children's Fund paid for the flights home.", []string{"Organization:Khmer Children's Fund"}, nil},
		{"an organisation after a people's name", "Survivors were sheltered by the Karen Women's Organisation near the border.", []string{"Organization:Karen Women's Organisation"}, nil},
		{"a people's women in lower case name nothing", "Lao women's groups met the returnees.", nil, []string{"Organization:Lao women's groups"}},
		{"a people's police in capitals stay unnamed", "Lao Police raided the site.", nil, []string{"Organization:Lao Police"}},
	}
	checkNameCases(t, x, "https://news.example.org/2026/story", cases)
}
