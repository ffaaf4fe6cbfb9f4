package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNestedAppositions holds a name inside another name's apposition that carries its own
// apposition ("A, the son-in-law of X, a senator, had been appointed director of B"): the verb
// after both belongs to A, never to X. The names are invented.
func TestNestedAppositions(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the relative with its own apposition is not appointed",
			"Filings showed that Heng Dara, the son-in-law of Oknha Lim Vanna, a senator for the ruling party, had been appointed director of Vanna Heng Development Co., Ltd., the company that built the resort.",
			nil,
			[]rel{{"Lim Vanna", model.Directs, "Vanna Heng Development Co., Ltd.", ""}}},
		{"the relative's apposition, then a copula",
			"Heng Dara, the son of Lim Vanna, a senator, is the director of Vanna Heng Development Co., Ltd.",
			nil,
			[]rel{{"Lim Vanna", model.Directs, "Vanna Heng Development Co., Ltd.", ""}}},
		{"a wife's apposition, then a passive post",
			"Naw Paw Htoo, the wife of Saw Ler Moo, a militia colonel, has been appointed director of Moei Star Development Co., Ltd.",
			nil,
			[]rel{{"Saw Ler Moo", model.Directs, "Moei Star Development Co., Ltd.", ""}}},
		{"a name with only its own apposition keeps the post",
			"Lim Vanna, a senator, is the director of Vanna Heng Development Co., Ltd.",
			[]rel{{"Lim Vanna", model.Directs, "Vanna Heng Development Co., Ltd.", ""}},
			nil},
		{"a sentence subject with its own apposition keeps the post",
			"Police said Lim Vanna, a Cambodian tycoon, was appointed director of Vanna Heng Development Co., Ltd. in 2019.",
			[]rel{{"Lim Vanna", model.Directs, "Vanna Heng Development Co., Ltd.", ""}},
			nil},
	}
	checkRelCases(t, x, cases)
}
