package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestParaphrasedTies holds ties stated in the other words a reporter, a press office or a
// court uses for them (and near misses that state no tie) to the same edges. The names are
// invented.
func TestParaphrasedTies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
	}{
		{"purchased is bought",
			"Teak Lantern Estates Co., Ltd. purchased Amber Reed Park in 2018.",
			[]rel{{"Teak Lantern Estates Co., Ltd.", model.Owns, "Amber Reed Park", model.Reported}},
			nil},
		{"visited is not bought",
			"Teak Lantern Estates Co., Ltd. inspected Amber Reed Park in 2018.",
			nil,
			[]rel{{"Teak Lantern Estates Co., Ltd.", model.Owns, "Amber Reed Park", ""}}},
		{"a proprietor owns",
			"Quah Seng Lee is the proprietor of Amber Reed Park.",
			[]rel{{"Quah Seng Lee", model.Owns, "Amber Reed Park", model.Reported}},
			nil},
		{"a parent company owns, in apposition",
			"Teak Lantern Estates Co., Ltd., the parent company of Coral Finch Trading Corp., filed its accounts.",
			[]rel{{"Teak Lantern Estates Co., Ltd.", model.Owns, "Coral Finch Trading Corp.", model.Reported}},
			nil},
		{"the parent of a possessed noun owns nothing named",
			"Teak Lantern Estates Co., Ltd., the parent company of Coral Finch Trading Corp.'s landlord, filed its accounts.",
			nil,
			[]rel{{"Teak Lantern Estates Co., Ltd.", model.Owns, "Coral Finch Trading Corp.", ""}}},
		{"the largest shareholder owns",
			"Quah Seng Lee, the largest shareholder of Coral Finch Trading Corp., flew to Macau.",
			[]rel{{"Quah Seng Lee", model.Owns, "Coral Finch Trading Corp.", model.Reported}},
			nil},
		{"a passive in brackets",
			"Coral Finch Trading Corp. (owned by Quah Seng Lee) leased the land.",
			[]rel{{"Quah Seng Lee", model.Owns, "Coral Finch Trading Corp.", model.Reported}},
			nil},
		{"a share in the passive",
			"Coral Finch Trading Corp. is 40 percent owned by Teak Lantern Estates Co., Ltd.",
			[]rel{{"Teak Lantern Estates Co., Ltd.", model.Owns, "Coral Finch Trading Corp.", model.Reported}},
			nil},
		{"a belief is alleged",
			"Quah Seng Lee is believed to own Amber Reed Park.",
			[]rel{{"Quah Seng Lee", model.Owns, "Amber Reed Park", model.Alleged}},
			nil},
		{"an assets freeze is a sanction",
			"The Office of Foreign Assets Control froze the assets of Quah Seng Lee on Friday.",
			[]rel{{"Quah Seng Lee", model.SanctionedBy, "Office of Foreign Assets Control", model.Reported}},
			nil},
		{"a freeze of someone else's account names no sanction of the body",
			"The Office of Foreign Assets Control said Quah Seng Lee had frozen the accounts of his staff.",
			nil,
			[]rel{{"Quah Seng Lee", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"worked as a trade for an employer",
			"Noor Aziah, who worked as a translator for Coral Finch Trading Corp., left in May.",
			[]rel{{"Noor Aziah", model.EmployedBy, "Coral Finch Trading Corp.", model.Reported}},
			nil},
		{"worked alongside is not for",
			"Noor Aziah, who worked as a translator alongside Coral Finch Trading Corp. staff, left in May.",
			nil,
			[]rel{{"Noor Aziah", model.EmployedBy, "Coral Finch Trading Corp.", ""}}},
		{"a staff member is employed",
			"Noor Aziah is a staff member of Coral Finch Trading Corp.",
			[]rel{{"Noor Aziah", model.EmployedBy, "Coral Finch Trading Corp.", model.Reported}},
			nil},
		{"among the first sanctioned",
			"Quah Seng Lee became one of the first people sanctioned by the European Union for online fraud.",
			[]rel{{"Quah Seng Lee", model.SanctionedBy, "European Union", model.Reported}},
			nil},
		{"hit with sanctions by",
			"Coral Finch Trading Corp. was hit with sanctions by the European Union.",
			[]rel{{"Coral Finch Trading Corp.", model.SanctionedBy, "European Union", model.Reported}},
			nil},
		{"hit with a lawsuit is no sanction",
			"Coral Finch Trading Corp. was hit with a lawsuit by the European Union.",
			nil,
			[]rel{{"Coral Finch Trading Corp.", model.SanctionedBy, "European Union", ""}}},
		{"under sanctions from",
			"Quah Seng Lee remains under sanctions from the European Union.",
			[]rel{{"Quah Seng Lee", model.SanctionedBy, "European Union", model.Reported}},
			nil},
		{"placed on a sanctions list",
			"The European Union placed Quah Seng Lee on its sanctions list in May.",
			[]rel{{"Quah Seng Lee", model.SanctionedBy, "European Union", model.Reported}},
			nil},
		{"placed on another list",
			"The European Union placed Quah Seng Lee on its list of speakers in May.",
			nil,
			[]rel{{"Quah Seng Lee", model.SanctionedBy, "European Union", ""}}},
		{"an asset freeze imposed",
			"The European Union imposed an asset freeze on Quah Seng Lee.",
			[]rel{{"Quah Seng Lee", model.SanctionedBy, "European Union", model.Reported}},
			nil},
		{"a known associate",
			"Wan Jia Hao, a known associate of Quah Seng Lee, was detained.",
			[]rel{{"Quah Seng Lee", model.AssociateOf, "Wan Jia Hao", model.Reported}},
			nil},
		{"a known critic is no associate",
			"Wan Jia Hao, a known critic of Quah Seng Lee, was detained.",
			nil,
			[]rel{{"Quah Seng Lee", model.AssociateOf, "Wan Jia Hao", ""}, {"Wan Jia Hao", model.AssociateOf, "Quah Seng Lee", ""}}},
		{"a proxy is an associate, a belief is alleged",
			"Wan Jia Hao is believed to be a proxy for Quah Seng Lee.",
			[]rel{{"Quah Seng Lee", model.AssociateOf, "Wan Jia Hao", model.Alleged}},
			nil},
		{"described as a right-hand man",
			"Wan Jia Hao, described as the right-hand man of Quah Seng Lee, was detained.",
			[]rel{{"Quah Seng Lee", model.AssociateOf, "Wan Jia Hao", model.Reported}},
			nil},
		{"a nominee of a person",
			"Wan Jia Hao, a nominee for Quah Seng Lee, signed the lease.",
			[]rel{{"Quah Seng Lee", model.AssociateOf, "Wan Jia Hao", model.Reported}},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
