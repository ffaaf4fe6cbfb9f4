package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestIndefiniteSameHead: an indefinite noun phrase with the description's head told after
// the site's sentence takes the description (ref_indefinite_heads.go; review of 41c2d47).
func TestIndefiniteSameHead(t *testing.T) {
	x := newTestExtractor(t)
	site := "Lucky Star Park"
	lead := "Police raided Lucky Star Park in May. "
	checkRelCases(t, x, []relCase{
		{"'a nearby economic zone', a time tail", lead + "Rescued workers were taken to a nearby economic zone. Hong Fa Trading Co., Ltd. developed the zone years ago.",
			nil, []rel{{"Hong Fa Trading Co., Ltd.", model.Operates, site, ""}}},
		{"'another compound', a time tail", lead + "Rescued workers were moved to another compound. Zhang Wei ran the compound beginning in 2021.",
			nil, []rel{{"Zhang Wei", model.Operates, site, ""}}},
		{"'another compound', no time tail", lead + "Rescued workers were moved to another compound. Zhang Wei ran the compound.",
			nil, []rel{{"Zhang Wei", model.Operates, site, ""}}},
		{"'a second park'", lead + "Officers later found a second park nearby. Zhang Wei managed the park.",
			nil, []rel{{"Zhang Wei", model.Operates, site, ""}}},
		// Recall kept.
		{"no indefinite phrase between", lead + "Rescued workers were taken to a shelter. Zhang Wei ran the compound.",
			[]rel{{"Zhang Wei", model.Operates, site, ""}}, nil},
		{"the indefinite phrase said of the name in its own sentence", "Police raided Lucky Star Park, a compound in Bavet, in May. Zhang Wei ran the compound.",
			[]rel{{"Zhang Wei", model.Operates, site, ""}}, nil},
		{"a copula before the phrase", lead + "It is a compound of twenty buildings. Zhang Wei ran the compound.",
			[]rel{{"Zhang Wei", model.Operates, site, ""}}, nil},
		{"the head as a modifier of another noun", "The Karen National Army controls the area. He said the convoy passed a militia checkpoint without stopping. Witnesses saw Saw Htoo Lwin, a lieutenant colonel in the militia whose men guarded the gate.",
			[]rel{{"Saw Htoo Lwin", model.MemberOf, "Karen National Army", ""}}, nil},
		{"a definite phrase of another head between", lead + "Workers were held in the compound's east wing. Zhang Wei ran the compound.",
			[]rel{{"Zhang Wei", model.Operates, site, ""}}, nil},
	})
}

// TestIndefiniteSameHeadLinear: the read-back is bounded.
func TestIndefiniteSameHeadLinear(t *testing.T) {
	text := "Police raided Lucky Star Park in May. " + strings.Repeat("Workers were moved to a van. ", 4000) + "Zhang Wei ran the compound."
	sents := []sentence{{s: 0, e: 37}}
	start := time.Now()
	for i := 0; i < 200; i++ {
		indefiniteSameHead(text, sents, 0, len(text)-10, "compound")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("200 reads took %v: the read-back is not bounded", d)
	}
}
