package extract

import "testing"

// TestDesignatedSubjectLists holds the rule of designated_subject_lists.go: the names of a list
// that opens the sentence share its agentless designation; a list under a description, a
// list the sentence reports from someone, a singular verb and a denial read nothing more.
func TestDesignatedSubjectLists(t *testing.T) {
	x := newTestExtractor(t)
	const ofac = "Office of Foreign Assets Control"
	const lead = "Today, the Office of Foreign Assets Control (OFAC) sanctioned a Cambodian tycoon and his companies. "
	cases := []relCase{
		{"a list of firms before a plural designation",
			lead + "Golden River Co., Ltd., Blue Harbour Holdings Limited and Sen Hok Trading Co., Ltd. are being designated pursuant to E.O. 13818.",
			sanctioned("Golden River Co., Ltd.", ofac, "Blue Harbour Holdings Limited", ofac, "Sen Hok Trading Co., Ltd.", ofac), nil},
		{"two lists joined by as well as",
			lead + "Tan Boon Hock and Lim Kok Wah, as well as Golden River Co., Ltd. and Blue Harbour Holdings Limited, were designated pursuant to Executive Order 13581.",
			sanctioned("Tan Boon Hock", ofac, "Lim Kok Wah", ofac, "Golden River Co., Ltd.", ofac, "Blue Harbour Holdings Limited", ofac), nil},
		{"a pair after an opening adverb",
			lead + "Additionally, Golden River Co., Ltd. and Tan Boon Hock are being designated pursuant to E.O. 13818.",
			sanctioned("Golden River Co., Ltd.", ofac, "Tan Boon Hock", ofac), nil},
		// Precision.
		{"a name in a description inside the list",
			lead + "Golden River Co., Ltd., a firm owned by Tan Boon Hock, and Blue Harbour Holdings Limited are being designated pursuant to E.O. 13818.",
			sanctioned("Blue Harbour Holdings Limited", ofac), sanctioned("Tan Boon Hock", ofac, "Golden River Co., Ltd.", ofac)},
		{"a list the sentence reports from another",
			lead + "Reporters said Golden River Co., Ltd. and Tan Boon Hock were designated pursuant to E.O. 13818.",
			nil, sanctioned("Golden River Co., Ltd.", ofac)},
		{"a designation denied",
			lead + "Golden River Co., Ltd. and Tan Boon Hock were not designated.",
			nil, sanctioned("Golden River Co., Ltd.", ofac, "Tan Boon Hock", ofac)},
		{"a sanctioned list beside an unsanctioned one",
			lead + "Golden River Co., Ltd. and Tan Boon Hock were not designated. Blue Harbour Holdings Limited and Lim Kok Wah are being designated pursuant to E.O. 13818.",
			sanctioned("Blue Harbour Holdings Limited", ofac, "Lim Kok Wah", ofac), sanctioned("Golden River Co., Ltd.", ofac, "Tan Boon Hock", ofac)},
		{"a possessor before the designated",
			lead + "Tan Boon Hock's firms Golden River Co., Ltd. and Blue Harbour Holdings Limited were designated pursuant to E.O. 13818.",
			nil, sanctioned("Tan Boon Hock", ofac)},
	}
	checkRelCases(t, x, cases)
}
