package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinLedSubject holds kin_subject.go to clauses that open with a kin noun and its
// possessor before the name they are about, and to clauses where the shared verb is
// someone else's. The names are invented.
func TestKinLedSubject(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a pronoun possessor and a second verb phrase",
			"Arun Vale founded Silver Cedar Holdings Corp. in 2015. His son, Dara Vale, sits on the board of Jade Moon Trading Co., Ltd. and also chairs the Kampot Chamber of Commerce.",
			[]rel{{"Dara Vale", model.Directs, "Kampot Chamber of Commerce", ""}},
			[]rel{{"Arun Vale", model.Directs, "Kampot Chamber of Commerce", ""}}},
		{"a named possessor with 's",
			"Arun Vale's wife, Mina Sok, holds a 20 percent stake in Jade Moon Trading Co., Ltd. and chairs Blue Reed Logistics Co., Ltd.",
			[]rel{{"Mina Sok", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}},
			[]rel{{"Arun Vale", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}}},
		{"an unnamed possessor",
			"The governor's younger brother, Dara Vale, holds a 20 percent stake in Jade Moon Trading Co., Ltd. and chairs Blue Reed Logistics Co., Ltd.",
			[]rel{{"Dara Vale", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}},
			nil},
		{"a second clause with a subject of its own",
			"Arun Vale's wife, Mina Sok, met Tan Bo in Phnom Penh and her brother chairs Blue Reed Logistics Co., Ltd.",
			nil,
			[]rel{{"Mina Sok", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}, {"Tan Bo", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}}},
		{"a kin phrase inside a reported clause is no opening",
			"Police said Arun Vale, his wife, Mina Sok, owns Jade Moon Trading Co., Ltd. and chairs Blue Reed Logistics Co., Ltd.",
			nil,
			[]rel{{"Arun Vale", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}}},
		{"a post noun is no kin noun",
			"Arun Vale's lawyer, Mina Sok, met Tan Bo in Bangkok and chairs Blue Reed Logistics Co., Ltd.",
			nil,
			[]rel{{"Arun Vale", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}}},
		// The clause's own verb after the comma that closes the apposition (kinSubjectPair).
		{"a stake held by the relative",
			"Arun Vale owns the land. His son, Dara Vale, holds 20 percent of Blue Reed Logistics Co., Ltd.",
			[]rel{{"Dara Vale", model.Owns, "Blue Reed Logistics Co., Ltd.", ""}},
			[]rel{{"Arun Vale", model.Owns, "Blue Reed Logistics Co., Ltd.", ""}}},
		{"a named possessor and a post",
			"Arun Vale's daughter, Mina Vale, chairs Blue Reed Logistics Co., Ltd.",
			[]rel{{"Mina Vale", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}},
			[]rel{{"Arun Vale", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}}},
		{"a body that possesses the noun after it",
			"Jade Moon Group built the park. The tycoon's daughter, Mina Vale, sits on the board of the group's property arm, Blue Reed Realty Co., Ltd., a subsidiary.",
			nil,
			[]rel{{"Mina Vale", model.Directs, "Jade Moon Group", ""}}},
		{"another person between the relative and the body",
			"Arun Vale's wife, Mina Sok, said Tan Bo holds 20 percent of Blue Reed Logistics Co., Ltd.",
			nil,
			[]rel{{"Mina Sok", model.Owns, "Blue Reed Logistics Co., Ltd.", ""}}},
		{"a kin phrase that is a verb's object",
			"Police arrested the tycoon's wife, Mina Sok, at the offices of Blue Reed Logistics Co., Ltd. on Monday.",
			nil,
			[]rel{{"Mina Sok", model.EmployedBy, "Blue Reed Logistics Co., Ltd.", ""}, {"Mina Sok", model.Directs, "Blue Reed Logistics Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
