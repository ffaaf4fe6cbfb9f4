package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPrecAntecedents holds the guards on whose a tie is: each must-not-fire case is a
// sentence where an earlier rule gave the tie to the wrong name, beside a must-fire case
// of the right shape.
func TestPrecAntecedents(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// A kin noun after "and her" belongs to the list item before it.
		{"her brother is the wife's brother, not the husband's",
			"Somchai Rattana, a provincial MP, declined to comment. The land company, Eastern Star Co., Ltd., is owned by Somchai's wife, Malee Rattana, and her brother, Prasert Boonmee.",
			[]rel{{"Malee Rattana", model.FamilyOf, "Somchai Rattana", ""}, {"Prasert Boonmee", model.Owns, "Eastern Star Co., Ltd.", ""}},
			[]rel{{"Prasert Boonmee", model.FamilyOf, "Somchai Rattana", ""}, {"Somchai Rattana", model.FamilyOf, "Prasert Boonmee", ""}}},
		{"a list of one person's kin keeps every item",
			"Somchai Rattana, a provincial MP, declined to comment. The land company is owned by Somchai's sons, Anan Rattana and Boon Rattana.",
			[]rel{{"Anan Rattana", model.FamilyOf, "Somchai Rattana", ""}, {"Boon Rattana", model.FamilyOf, "Somchai Rattana", ""}},
			nil},
		// A "he" after a description of a person in its own sentence continues it.
		{"he after the accused is not the last person named",
			"Chen Hao, a tycoon from Fujian, pleaded guilty on Monday. The plot was bought by Dara Land Co., Ltd., a firm wholly owned by Mao Dara. The accused then moved the funds through Harbour Gate Pte. Ltd., a company of which he was the sole shareholder.",
			[]rel{{"Mao Dara", model.Owns, "Dara Land Co., Ltd.", ""}},
			[]rel{{"Mao Dara", model.Owns, "Harbour Gate Pte. Ltd.", ""}}},
		{"he with no description before it is the person named",
			"Chen Hao, a tycoon from Fujian, pleaded guilty on Monday. Prosecutors said he later moved the funds through Harbour Gate Pte. Ltd., a company of which he was the sole shareholder.",
			[]rel{{"Chen Hao", model.Owns, "Harbour Gate Pte. Ltd.", ""}},
			nil},
		// "the company" is the firm its own sentence names by its legal form.
		{"the company is the firm named in its sentence",
			"Lim Wei is the sole shareholder of Orchid Capital Ltd., a company registered in Labuan. Regulators sanctioned Jade Lotus Holdings Co., Ltd. last year, finding that the company operates the Jade Lotus compound in Bavet.",
			[]rel{{"Jade Lotus Holdings Co., Ltd.", model.Operates, "Jade Lotus", ""}},
			[]rel{{"Orchid Capital Ltd.", model.Operates, "Jade Lotus", ""}}},
		{"the company with no firm in its sentence is the one described before",
			"Lim Wei is the sole shareholder of Orchid Capital Ltd., a company registered in Labuan. Regulators later found that the company operates the Jade Lotus compound in Bavet.",
			[]rel{{"Orchid Capital Ltd.", model.Operates, "Jade Lotus", ""}},
			nil},
		// "the group" is no news outlet.
		{"the group is not the outlet spoken to",
			"Speaking to Khmer Times, Sok Dara, a spokesman for the group, denied the report.",
			nil,
			[]rel{{"Sok Dara", model.EmployedBy, "Khmer Times", ""}}},
		{"the group is the firm named before the outlet",
			"The casino is owned by Golden Crane Group Co., Ltd. Speaking to Khmer Times, Sok Dara, a spokesman for the group, denied the report.",
			[]rel{{"Sok Dara", model.EmployedBy, "Golden Crane Group Co., Ltd.", ""}},
			[]rel{{"Sok Dara", model.EmployedBy, "Khmer Times", ""}}},
		// A name after a comma that a verb of saying follows opens the reporting clause.
		{"a speaker after a role is not its holder",
			"Workers were moved to Jade Lotus Resort. The guards were paid by the resort's operators, police colonel Arun Chai told reporters in Bangkok.",
			nil,
			[]rel{{"Arun Chai", model.Operates, "Jade Lotus Resort", ""}}},
		{"a role set off by two commas before a speaker holds",
			"Golden Crane Group's chairman, Sok Dara, told reporters the firm was clean.",
			[]rel{{"Sok Dara", model.Directs, "Golden Crane Group", ""}},
			nil},
		{"a role with no comma before a speaker holds",
			"Golden Crane Group chairman Sok Dara told reporters the firm was clean.",
			[]rel{{"Sok Dara", model.Directs, "Golden Crane Group", ""}},
			nil},
	})
}
