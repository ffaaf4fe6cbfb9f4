package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShareRests: "the remaining 30 percent", "the other 60%", "the remaining shares" stand
// for the rest of the shares of the firm whose shares the text just divided; their holders
// own that firm.
func TestShareRests(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the remaining percent belongs to a person, the firm in the sentence before",
			"The tower is owned by Jade Summit Leisure Co., Ltd., which in turn is 70 percent held by Lim Kheang. The remaining 30 percent belongs to Sok Dara.",
			[]rel{{"Sok Dara", model.Owns, "Jade Summit Leisure Co., Ltd.", ""}}, nil},
		{"the other share held by two holders, the first named through a possessor",
			"Bright Lotus Holdings Ltd. holds 55% of the shares of Mekong Reed Trading Co., Ltd. The other 45% is held by Lim Kheang's son, Lim Vuthy, and by Red Sail Capital Ltd.",
			[]rel{{"Lim Vuthy", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}, {"Red Sail Capital Ltd.", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}},
			[]rel{{"Lim Kheang", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}, {"Bright Lotus Holdings Ltd.", model.Owns, "Red Sail Capital Ltd.", ""}}},
		{"the same with the curly possessive",
			"Bright Lotus Holdings Ltd. holds 55% of the shares of Mekong Reed Trading Co., Ltd. The other 45% is held by Lim Kheang’s son, Lim Vuthy, and by Red Sail Capital Ltd.",
			[]rel{{"Lim Vuthy", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}, {"Red Sail Capital Ltd.", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}},
			[]rel{{"Lim Kheang", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}}},
		{"the holder before the verb",
			"Lim Kheang owns 80 percent of Mekong Reed Trading Co., Ltd. Red Sail Capital Ltd. holds the remaining 20 percent.",
			[]rel{{"Red Sail Capital Ltd.", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}}, nil},
		{"two firms and no share of either named: the rest stays open",
			"Mekong Reed Trading Co., Ltd. and Red Sail Capital Ltd. signed a deal for 40 percent of the project. The remaining 60 percent belongs to Lim Kheang.",
			nil,
			[]rel{{"Lim Kheang", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}, {"Lim Kheang", model.Owns, "Red Sail Capital Ltd.", ""}}},
		{"a remainder that says what it is a share of is no reference",
			"Lim Kheang owns 80 percent of Mekong Reed Trading Co., Ltd. The other 40 percent of Red Sail Capital Ltd. belongs to Sok Dara.",
			nil,
			[]rel{{"Sok Dara", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}}},
		{"no share told before: nothing to refer to",
			"Mekong Reed Trading Co., Ltd. ships fuel to the border. The remaining 20 percent belongs to Sok Dara.",
			nil,
			[]rel{{"Sok Dara", model.Owns, "Mekong Reed Trading Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
	// The claim quotes the sentence naming the firm and the sentence naming the holder.
	got, _ := analyzeText(t, x, cases[0].text)
	if r, ok := got[[3]string{"Sok Dara", model.Owns, "Jade Summit Leisure Co., Ltd."}]; !ok ||
		!strings.Contains(r.Quote, "Jade Summit Leisure") || !strings.Contains(r.Quote, "Sok Dara") {
		t.Errorf("quote %q does not hold both sentences", r.Quote)
	}
}
