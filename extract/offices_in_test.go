package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOfficesIn covers a firm with offices or branches in a list of places, each of which it
// is in; with the must-not-fire case of one body named with a list of places its acts reached.
func TestOfficesIn(t *testing.T) {
	x := newTestExtractor(t)
	L := model.LocatedIn
	cases := []relCase{
		{name: "offices in two places", text: "Tan runs Bayview Manpower Sdn Bhd, a recruitment agency with offices in Penang and Ipoh.",
			want: []rel{{"Bayview Manpower Sdn Bhd", L, "Penang", ""}, {"Bayview Manpower Sdn Bhd", L, "Ipoh", ""}}},
		{name: "branches in three places", text: "Bayview Manpower Sdn Bhd, an agency with branches in Penang, Ipoh and Melaka, hired them.",
			want: []rel{{"Bayview Manpower Sdn Bhd", L, "Ipoh", ""}, {"Bayview Manpower Sdn Bhd", L, "Melaka", ""}}},
		{name: "one court and the towns its warrants reached", text: "Officers served warrants issued by the Southern Criminal Court in Hat Yai, Songkhla and Satun.",
			forbid: []rel{{"Southern Criminal Court", L, "Songkhla", ""}, {"Southern Criminal Court", L, "Satun", ""}}},
		{name: "a firm that sent workers to places", text: "Bayview Manpower Sdn Bhd sent workers to Penang and Ipoh.",
			forbid: []rel{{"Bayview Manpower Sdn Bhd", L, "Ipoh", ""}}},
	}
	checkRelCases(t, x, cases)
}
