package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTrusteeOwner holds a trustee's holding to no OWNS (trusteeOwner): neither the trustee
// nor the one held for is an owner by it; a holder told with another tie still is.
func TestTrusteeOwner(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Must not fire.
		{"a trustee in an apposition owns",
			"Sok Pheap, a trustee for Li Ming, owns Golden Bay Park.",
			nil, []rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}, {"Li Ming", model.Owns, "Golden Bay Park", ""}}},
		{"a trustee is the owner",
			"Sok Pheap, a trustee for Li Ming, is the owner of Golden Bay Park.",
			nil, []rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}, {"Li Ming", model.Owns, "Golden Bay Park", ""}}},
		{"a possessor's trustee owns",
			"Li Ming's trustee Sok Pheap owns Golden Bay Park.",
			nil, []rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}, {"Li Ming", model.Owns, "Golden Bay Park", ""}}},
		{"owned by a trustee",
			"Golden Bay Park is owned by Sok Pheap, a trustee for Li Ming.",
			nil, []rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}, {"Li Ming", model.Owns, "Golden Bay Park", ""}}},
		{"the family's trustee owns",
			"Sok Pheap, the family's trustee, owns Golden Bay Park.",
			nil, []rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}}},
		{"a custodian of shares",
			"Sok Pheap, a custodian for Li Ming, owns 40 percent of Star Link Co.",
			nil, []rel{{"Sok Pheap", model.Owns, "Star Link Co.", ""}, {"Li Ming", model.Owns, "Star Link Co.", ""}}},
		{"who acts as trustee for",
			"Sok Pheap, who acts as trustee for Li Ming, owns Star Link Co., Ltd.",
			nil, []rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}, {"Li Ming", model.Owns, "Star Link Co., Ltd.", ""}}},
		{"a trustee acting for",
			"Sok Pheap, a trustee acting for Li Ming, owns Star Link Co., Ltd.",
			nil, []rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}, {"Li Ming", model.Owns, "Star Link Co., Ltd.", ""}}},
		{"holds the shares in trust for",
			"Sok Pheap, who holds the shares in trust for Li Ming, owns Star Link Co., Ltd.",
			nil, []rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}, {"Li Ming", model.Owns, "Star Link Co., Ltd.", ""}}},
		{"a named person's trustee in an apposition",
			"Sok Pheap, Li Ming's trustee, owns Golden Bay Park.",
			nil, []rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}}},
		{"the Chen family's trustee",
			"Sok Pheap, the Chen family's trustee, owns Golden Bay Park.",
			nil, []rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}}},
		// Recall: an owner told with another tie, and an owner who names a trustee.
		{"a university's trustee owns",
			"Sok Pheap, the university's trustee, owns Star Link Co., Ltd.",
			[]rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}}, nil},
		{"a foundation's trustee owns",
			"Sok Pheap, the foundation's trustee, owns Golden Bay Park.",
			[]rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}}, nil},
		{"the Royal University's trustee owns",
			"Sok Pheap, the Royal University's trustee, owns Golden Bay Park.",
			[]rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}}, nil},
		{"in trust for another, also owns outright",
			"Sok Pheap, who holds shares in trust for Li Ming, also owns Star Link Co., Ltd. outright.",
			[]rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}}, []rel{{"Li Ming", model.Owns, "Star Link Co., Ltd.", ""}}},
		{"a trustee who owns in his own right",
			"Sok Pheap, a trustee for Li Ming, owns Golden Bay Park in his own right.",
			[]rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}}, []rel{{"Li Ming", model.Owns, "Golden Bay Park", ""}}},
		// Final review of round 24: holding in one's own name is the trustee's holding for
		// another.
		{"in trust for another, owns in his own name",
			"Wang Lei, who holds the shares in trust for Li Ming, owns Star Link Co., Ltd. in his own name.",
			nil, []rel{{"Wang Lei", model.Owns, "Star Link Co., Ltd.", ""}, {"Li Ming", model.Owns, "Star Link Co., Ltd.", ""}}},
		{"a trustee of a university owns",
			"Sok Pheap, a trustee of the Royal University of Phnom Penh, owns Star Link Co., Ltd.",
			[]rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}}, nil},
		{"a trustee of a club is the owner",
			"Sok Pheap, a trustee of the Phnom Penh Rotary Club, is also the owner of Star Link Co., Ltd.",
			[]rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}}, nil},
		{"owned by a charity's trustee",
			"Star Link Co., Ltd. is owned by Sok Pheap, a trustee of a Phnom Penh charity.",
			[]rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}}, nil},
		{"a former trustee of a foundation owns",
			"Li Ming, a former trustee of the Prince Foundation, owns Golden Bay Park.",
			[]rel{{"Li Ming", model.Owns, "Golden Bay Park", ""}}, nil},
		{"a business partner owns",
			"Sok Pheap, a business partner of Li Ming, owns Golden Bay Park.",
			[]rel{{"Sok Pheap", model.Owns, "Golden Bay Park", ""}}, nil},
		{"an owner names a trustee for others",
			"Li Ming owns Golden Bay Park and named Sok Pheap, a trustee for his children, to run it.",
			[]rel{{"Li Ming", model.Owns, "Golden Bay Park", ""}}, nil},
	})
}
