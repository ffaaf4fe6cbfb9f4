package extract

import (
	"testing"
)

// TestAgentTitle: "Special Agent" is a title before a person's name, after the agency's
// letters; a given name that is also a people's name ("Karen") stays in a two-word name.
func TestAgentTitle(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"agency letters, the title, the agent",
			"An FBI Special Agent Dana Whitfield testified about the transfers.",
			[]string{"Organization:Federal Bureau of Investigation", "Person:Dana Whitfield"},
			nil},
		{"a given name that is also a people's name",
			"HSI Special Agent Karen Doyle traced the wallets.",
			[]string{"Person:Karen Doyle"},
			[]string{"Person:Doyle"}},
		{"precision: a travel agent's firm keeps its name",
			"Tickets were sold by Sunrise Travel Agent Co., Ltd. in Manila.",
			[]string{"Company:Sunrise Travel Agent Co., Ltd."},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
