package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFirmVehicles covers an offshore vehicle, entity or shell placed by its jurisdiction,
// before its name ("a British Virgin Islands vehicle, X") or after it ("X, a Seychelles
// investment vehicle"); with cases where the place qualifies no firm.
func TestFirmVehicles(t *testing.T) {
	x := newTestExtractor(t)
	L := model.LocatedIn
	cases := []relCase{
		{name: "place and vehicle before the firm's name", text: "The rest of the shares sit with a British Virgin Islands vehicle, Harrow Peak Ventures Inc., whose owners are unknown.",
			want: []rel{{"Harrow Peak Ventures Inc.", L, "British Virgin Islands", ""}}},
		{name: "place and shell before the firm's name", text: "The payments went to a Seychelles shell, Harrow Peak Ventures Inc., in 2022.",
			want: []rel{{"Harrow Peak Ventures Inc.", L, "Seychelles", ""}}},
		{name: "vehicle after the firm's name", text: "The stake is held by Harrow Peak Ventures Inc., a Samoa offshore vehicle.",
			want: []rel{{"Harrow Peak Ventures Inc.", L, "Samoa", ""}}},
		{name: "entity after the firm's name", text: "The stake is held by Harrow Peak Ventures Inc., a Labuan entity set up in 2020.",
			want: []rel{{"Harrow Peak Ventures Inc.", L, "Labuan", ""}}},
		{name: "a vehicle bought in a place is no firm's seat", text: "Harrow Peak Ventures Inc. bought a vehicle in Bangkok, a van, for the site.",
			forbid: []rel{{"Harrow Peak Ventures Inc.", L, "Bangkok", ""}}},
		{name: "a person after the vehicle", text: "The rest sits with a Seychelles vehicle, Chen Baoliang said on Monday.",
			forbid: []rel{{"Chen Baoliang", L, "Seychelles", ""}}},
	}
	checkRelCases(t, x, cases)
}
