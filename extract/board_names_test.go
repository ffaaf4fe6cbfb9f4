package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBoardNames holds a board seat named by its body before "board" (board_names.go), with
// a member joined by "alongside" and must-not-fire cases.
func TestBoardNames(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"the body's name before board, and a member alongside", "His niece, Sok Chanthy, sits on the Golden Reef Holdings board alongside Wang Lei, a Chinese investor.",
			[]rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}, {"Wang Lei", model.Directs, "Golden Reef Holdings", ""}}, nil},
		{"a possessive before board and a time after it", "Sok Chanthy has served on Golden Reef Holdings' board of directors since 2020.",
			[]rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}, nil},
		{"an abbreviation's point before board", "Sok Chanthy also sits on the Golden Reef Co., Ltd. board.",
			[]rel{{"Sok Chanthy", model.Directs, "Golden Reef Co., Ltd.", ""}}, nil},
		{"another committee of the body is no board seat", "Sok Chanthy sits on the Golden Reef Holdings audit committee.",
			nil, []rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}},
		{"a board seat on the body's advisory arm is no seat on the body", "Sok Chanthy sits on the Golden Reef Holdings foundation's board.",
			nil, []rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}},
		{"a name met at the board is no member", "Sok Chanthy sits on the Golden Reef Holdings board, Wang Lei said.",
			[]rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}, []rel{{"Wang Lei", model.Directs, "Golden Reef Holdings", ""}}},
		{"the chair of a board named by its body", "Shares are held by Sok Chanthy, who also chairs the Golden Reef Holdings board.",
			[]rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}, nil},
		{"a chair of some other body's board", "Sok Chanthy, who also chairs the board of a charity, met Golden Reef Holdings.",
			nil, []rel{{"Sok Chanthy", model.Directs, "Golden Reef Holdings", ""}}},
		{"a board that also includes a person", "Filings show that Golden Reef Holdings' board also includes Wang Lei, a former lawmaker.",
			[]rel{{"Wang Lei", model.Directs, "Golden Reef Holdings", ""}}, nil},
		{"a board that includes no one named", "The Golden Reef Holdings board includes two outsiders, Wang Lei said.",
			nil, []rel{{"Wang Lei", model.Directs, "Golden Reef Holdings", ""}}},
	})
}
