package extract

import "testing"

// TestMalaysianPoliceUnit covers Bukit Aman's anti-trafficking division, written with its
// acronym and with "division" or "unit" after its name: the listed body, a police one; the
// acronym in lower case is no name.
func TestMalaysianPoliceUnit(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"the division with its acronym", "Seven were arrested by Bukit Aman's Anti-Trafficking in Persons and Anti-Smuggling of Migrants division (ATIPSOM) last week.",
			[]string{"Organization:Anti-Trafficking in Persons and Anti-Smuggling of Migrants division", "Organization:Bukit Aman"}, nil},
		{"the unit named after the force", "The Royal Malaysia Police's Anti-Trafficking in Persons and Anti-Smuggling of Migrants unit (ATIPSOM) traced the firm.",
			[]string{"Organization:Anti-Trafficking in Persons and Anti-Smuggling of Migrants division"}, nil},
		{"the acronym in lower case", "The atipsom files were never opened.", nil,
			[]string{"Organization:Anti-Trafficking in Persons and Anti-Smuggling of Migrants division"}},
	}
	checkNameCases(t, x, "https://news.example.org/2026/story", cases)
}
