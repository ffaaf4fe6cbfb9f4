package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// farGap is five sentences that name no body, so a description after them is past
// bodyRefSentences.
const farGap = " Workers were moved to a shelter. Some had been held for a year. Families waited outside. " +
	"Several had paid recruiters. Others had answered online job offers."

// TestBodyFarRefs: a post in a body described by more than its head ("the provincial
// police") reaches back past the near window to the one body named with those words; a
// bare head, or two bodies that fit, tie no one.
func TestBodyFarRefs(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCasesEitherWay(t, x, []relCase{
		{"a spokesperson for the provincial police, far back",
			"On 9 October, officers from the Preah Sihanouk Provincial Police raided Blue Bay Park." + farGap +
				" Kim Rithy, a spokesperson for the provincial police, said the claims would be examined.",
			[]rel{{"Kim Rithy", model.EmployedBy, "Preah Sihanouk Provincial Police", ""}}, nil},
		{"the interior ministry's spokesman, far back",
			"Cambodia's Ministry of Interior ordered the closure of the Golden Reed compound." + farGap +
				" Touch Sokhak, the interior ministry's spokesman, said more raids would follow.",
			[]rel{{"Touch Sokhak", model.EmployedBy, "Ministry of Interior of Cambodia", ""}}, nil},
		{"a bare head far back ties no one",
			"On 9 October, officers from the Preah Sihanouk Provincial Police raided Blue Bay Park." + farGap +
				" Kim Rithy, a spokesperson for the police, said the claims would be examined.",
			nil,
			[]rel{{"Kim Rithy", model.EmployedBy, "Preah Sihanouk Provincial Police", ""}}},
		{"two fitting bodies leave it open",
			"Officers from the Preah Sihanouk Provincial Police and the Kampot Provincial Police raided Blue Bay Park." + farGap +
				" Kim Rithy, a spokesperson for the provincial police, said the claims would be examined.",
			nil,
			[]rel{{"Kim Rithy", model.EmployedBy, "Preah Sihanouk Provincial Police", ""}, {"Kim Rithy", model.EmployedBy, "Kampot Provincial Police", ""}}},
	})
}
