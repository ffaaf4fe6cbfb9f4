package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestSharedPostings(t *testing.T) {
	x := newTestExtractor(t)
	e := model.EmployedBy
	checkRelCases(t, x, []relCase{
		{"two officers, both attached", "Somchai Dee and Anan Rak, both attached to the Mae Sai Police Station, were detained.",
			[]rel{{"Somchai Dee", e, "Mae Sai Police Station", ""}, {"Anan Rak", e, "Mae Sai Police Station", ""}}, nil},
		{"three ranked officers, all assigned", "Police Sergeant Somchai Dee, Captain Anan Rak and Lieutenant Wirat Chai, all assigned to the Tak Provincial Police, were moved.",
			[]rel{{"Somchai Dee", e, "Tak Provincial Police", ""}, {"Anan Rak", e, "Tak Provincial Police", ""}, {"Wirat Chai", e, "Tak Provincial Police", ""}}, nil},
		// must not fire: the officers are not joined by "and" alone, or no posting is said.
		{"a patrolman's rank before the second name", "Police Staff Sergeant Somchai Dee and Patrolman Anan Rak, both assigned to the Naic Municipal Police Station, escorted the vans.",
			[]rel{{"Somchai Dee", e, "Naic Municipal Police Station", ""}, {"Anan Rak", e, "Naic Municipal Police Station", ""}}, nil},
		{"a verb between the names", "Somchai Dee met Anan Rak, both attached to the Mae Sai Police Station.",
			nil, []rel{{"Somchai Dee", e, "Mae Sai Police Station", ""}}},
		{"a visit, not a posting", "Somchai Dee and Anan Rak, both lawyers, went to the Mae Sai Police Station.",
			nil, []rel{{"Somchai Dee", e, "Mae Sai Police Station", ""}, {"Anan Rak", e, "Mae Sai Police Station", ""}}},
	})
}
