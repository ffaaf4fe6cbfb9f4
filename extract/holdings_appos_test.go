package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestApposPostObjectOwner holds the body named in a person's apposition ("X, a trustee of
// A, is the owner of B") to no owner of B: the clause after the apposition is X's.
func TestApposPostObjectOwner(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Must not fire.
		{"a trustee of a club is the owner",
			"Sok Pheap, a trustee of the Phnom Penh Rotary Club, is also the owner of Star Link Co., Ltd.",
			[]rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}}, []rel{{"Phnom Penh Rotary Club", model.Owns, "Star Link Co., Ltd.", ""}}},
		{"a member of a club is the owner",
			"Sok Pheap, a member of the Phnom Penh Rotary Club, is the owner of Star Link Co., Ltd.",
			[]rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}}, []rel{{"Phnom Penh Rotary Club", model.Owns, "Star Link Co., Ltd.", ""}}},
		{"a director of a firm is the owner",
			"Sok Pheap, a director of Golden Bay Holdings, is the owner of Star Link Co., Ltd.",
			[]rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}}, []rel{{"Golden Bay Holdings", model.Owns, "Star Link Co., Ltd.", ""}}},
		{"a subsidiary of a group is the owner",
			"Golden Bay Holdings, a subsidiary of Prince Holding Group, is the owner of KK Park.",
			[]rel{{"Golden Bay Holdings", model.Owns, "KK Park", ""}}, []rel{{"Prince Holding Group", model.Owns, "KK Park", ""}}},
		// Recall: a plain owner.
		{"a firm is the owner", "Golden Bay Holdings is the owner of KK Park.",
			[]rel{{"Golden Bay Holdings", model.Owns, "KK Park", ""}}, nil},
		{"a person is the owner", "Sok Pheap is the owner of Star Link Co., Ltd.",
			[]rel{{"Sok Pheap", model.Owns, "Star Link Co., Ltd.", ""}}, nil},
	})
}
