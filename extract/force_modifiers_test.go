package extract

import (
	"testing"
)

// TestForceModifiers: a phrase for a state's forces names a body where it acts or is acted
// on, and none where it only modifies the noun after it.
func TestForceModifiers(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"the forces act",
			"Lao police searched the tower on Friday and detained 300 people.",
			[]string{"Organization:Lao police"},
			nil},
		{"the forces modify the people seen",
			"Two survivors said they had seen Cambodian police officers drinking with the managers.",
			nil,
			[]string{"Organization:Cambodian police"}},
		{"a listed government modifies a document",
			"According to a Lao government statement, the site was closed in May.",
			nil,
			[]string{"Organization:Lao government"}},
		{"the same listed government acting",
			"The Lao government holds a minority share in the zone's management company.",
			[]string{"Organization:Lao government"},
			nil},
		{"a spokesman of the army",
			"A Thai army spokesman said the border gate would stay shut.",
			nil,
			[]string{"Organization:Thai army"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
