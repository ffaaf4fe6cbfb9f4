package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestItTwoBack holds itAntecedent (references.go) to an "it" whose site or firm was named two
// sentences back, past a sentence naming none, and to cases where it must stay open. The names
// are invented.
func TestItTwoBack(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"past a sentence naming only a person and a place",
			"Jade Moon Park opened in 2021. Police in Kampot said Tan Wei had fled. It is run by Bright Harbour Ltd.",
			[]rel{{"Bright Harbour Ltd.", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"a raid passive past a sentence naming a firm",
			"Jade Moon Park opened in 2021. Silver Cedar Holdings Corp. supplied the cement. It was raided by the Kampot Provincial Police in May.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Jade Moon Park", ""}},
			nil},
		{"three sentences back is too far",
			"Jade Moon Park opened in 2021. Police said Tan Wei had fled to Kampot. Aung Ko Ko was detained in Battambang. It is run by Bright Harbour Ltd.",
			nil,
			[]rel{{"Bright Harbour Ltd.", model.Operates, "Jade Moon Park", ""}}},
		{"the nearer sentence names two sites",
			"Jade Moon Park opened in 2021. Golden Reed Park and Silver Lake Park were built in Kampot. It is run by Bright Harbour Ltd.",
			nil,
			[]rel{{"Bright Harbour Ltd.", model.Operates, "Jade Moon Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
