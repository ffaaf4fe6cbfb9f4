package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinCopulaFirst: "His daughter is Y." ties Y to the person "his" stands for, a rank
// after the copula included; a partner or lawyer so named is no relative, and a pronoun
// with no person before it ties no one.
func TestKinCopulaFirst(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCasesEitherWay(t, x, []relCase{
		{"a relative after the copula",
			"Tycoon Sok Pisey owns the Golden Reed casino. His daughter is Sok Malika.",
			[]rel{{"Sok Malika", model.FamilyOf, "Sok Pisey", ""}}, nil},
		{"a rank before the relative's name",
			"Golden Reed Plaza is owned by Oknha Sok Pisey, traders say. His son-in-law is Col. Heng Vibol, a police officer.",
			[]rel{{"Heng Vibol", model.FamilyOf, "Sok Pisey", ""}}, nil},
		{"a lawyer is no relative",
			"Tycoon Sok Pisey owns the Golden Reed casino. His lawyer is Sok Malika.",
			nil,
			[]rel{{"Sok Malika", model.FamilyOf, "Sok Pisey", ""}}},
		{"no person before the pronoun",
			"The Golden Reed casino opened in 2019. His daughter is Sok Malika.",
			nil,
			[]rel{{"Sok Malika", model.FamilyOf, "Golden Reed", ""}}},
	})
}
