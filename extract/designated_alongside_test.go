package extract

import "testing"

// TestDesignatedAlongside holds the rule of designated_alongside.go: names coordinated after
// "along with", "on the same day as" share a designation told once; descriptions, other verbs
// and denied designations read nothing.
func TestDesignatedAlongside(t *testing.T) {
	x := newTestExtractor(t)
	const ofac = "Office of Foreign Assets Control"
	const lead = "The Office of Foreign Assets Control sanctioned Red Lantern Holdings Co., Ltd. in March. "
	cases := []relCase{
		{"parties joined to a passive with its agent",
			"Blue Harbour Co., Ltd. was sanctioned by the Office of Foreign Assets Control along with Golden River Co., Ltd. and Tan Boon Hock.",
			sanctioned("Golden River Co., Ltd.", ofac, "Tan Boon Hock", ofac), nil},
		{"parties designated on the same day, some under a description",
			lead + "Blue Harbour Co., Ltd. was designated on the same day as Tan Boon Hock and two unrelated firms, Sen Hok Trading Co., Ltd. and Riverway Payments Plc in March.",
			sanctioned("Tan Boon Hock", ofac, "Sen Hok Trading Co., Ltd.", ofac, "Riverway Payments Plc", ofac), nil},
		{"a party designated together with one other",
			lead + "Lim Kok Wah was also designated together with his company, Golden River Co., Ltd.",
			sanctioned("Golden River Co., Ltd.", ofac), nil},
		// Precision.
		{"a name inside the description of a party",
			lead + "Blue Harbour Co., Ltd. was designated along with Golden River Co., Ltd., a firm owned by Tan Boon Hock.",
			sanctioned("Golden River Co., Ltd.", ofac), sanctioned("Tan Boon Hock", ofac)},
		{"a name in a clause after the party",
			lead + "Blue Harbour Co., Ltd. was designated along with two other firms that Tan Boon Hock said had bought fuel.",
			nil, sanctioned("Tan Boon Hock", ofac)},
		{"an arrest, not a designation",
			lead + "Tan Boon Hock was arrested along with Lim Kok Wah and Golden River Co., Ltd.",
			nil, sanctioned("Lim Kok Wah", ofac, "Golden River Co., Ltd.", ofac)},
		{"a designation denied",
			lead + "Blue Harbour Co., Ltd. was not designated along with Golden River Co., Ltd. and Tan Boon Hock.",
			nil, sanctioned("Golden River Co., Ltd.", ofac, "Tan Boon Hock", ofac)},
		{"an agent the rule does not know",
			lead + "Blue Harbour Co., Ltd. was sanctioned by a court along with Golden River Co., Ltd. and Tan Boon Hock.",
			nil, sanctioned("Golden River Co., Ltd.", ofac, "Tan Boon Hock", ofac)},
	}
	checkRelCases(t, x, cases)
}
