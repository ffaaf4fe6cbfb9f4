package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTimeTails: a span of time after a description's head ("ran the compound day to day")
// leaves the description whole; a noun that goes on the phrase ("the compound day shift")
// still ends it elsewhere, and two sites named before leave it open.
func TestTimeTails(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"'day to day' after the head: the site named before",
			"Police raided Coral Gate Park in Bavet in March. Four survivors said Zhao Minghui ran the compound day to day.",
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", ""}}, nil},
		{"'around the clock' after the head",
			"Police raided Coral Gate Park in Bavet in March. Survivors said Zhao Minghui ran the compound around the clock.",
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", ""}}, nil},
		{"two sites named before: open",
			"Police raided Coral Gate Park and Silver Moon Park in Bavet in March. Survivors said Zhao Minghui ran the compound day to day.",
			nil,
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", ""}, {"Zhao Minghui", model.Operates, "Silver Moon Park", ""}}},
		{"a noun after the head that is no span of time: the phrase goes on",
			"Police raided Coral Gate Park in Bavet in March. Survivors said Zhao Minghui ran the compound day shift.",
			nil,
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", ""}}},
		// A participle of time or a time counted back after the head (ref_time_tails.go).
		{"'beginning in' after the head: the site named before",
			"Police raided Coral Gate Park in Bavet in March. Jinbei Holdings Co., Ltd. developed the compound beginning in 2019.",
			[]rel{{"Jinbei Holdings Co., Ltd.", model.Operates, "Coral Gate Park", model.Reported}}, nil},
		{"'beginning in' after an apposition and a short form",
			"Lamin Ridge Park lies in Payathonzu. SHWE RIDGE GROUP CO., LTD. (Shwe Ridge), a Burma-registered company, developed the park beginning in 2021.",
			[]rel{{"SHWE RIDGE GROUP CO., LTD.", model.Operates, "Lamin Ridge Park", ""}}, nil},
		{"'starting in' after another head of the type",
			"Police raided Coral Gate Park in March. Jinbei Holdings Co., Ltd. has operated the site starting in 2020.",
			[]rel{{"Jinbei Holdings Co., Ltd.", model.Operates, "Coral Gate Park", ""}}, nil},
		{"'beginning late last year' after a person's apposition",
			"Police raided Coral Gate Park in March. Zhao Minghui, a businessman from Fujian, managed the resort beginning late last year.",
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", ""}}, nil},
		{"'years ago' after a firm's head",
			"Silver Crest Co., Ltd. was registered in 2017. Zhao Minghui founded the company years ago.",
			[]rel{{"Zhao Minghui", model.Directs, "Silver Crest Co., Ltd.", ""}}, nil},
		{"a pronoun and 'years ago'",
			"Zhao Minghui met officials of Silver Crest Co., Ltd. in 2017. He founded the company years ago.",
			[]rel{{"Zhao Minghui", model.Directs, "Silver Crest Co., Ltd.", ""}}, nil},
		{"hedged: alleged",
			"Police raided Coral Gate Park in March. Survivors alleged that Zhao Minghui ran the compound beginning in 2019.",
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", model.Alleged}}, nil},
		{"denied: alleged, never reported",
			"Police raided Coral Gate Park in March. Zhao Minghui denied that he ran the compound beginning in 2019.",
			[]rel{{"Zhao Minghui", model.Operates, "Coral Gate Park", model.Alleged}}, nil},
		{"in a quote: alleged",
			"Police raided Coral Gate Park in March. \"Jinbei Holdings Co., Ltd. developed the compound beginning in 2019,\" a worker said.",
			[]rel{{"Jinbei Holdings Co., Ltd.", model.Operates, "Coral Gate Park", model.Alleged}}, nil},
		{"two sites named before: open",
			"Police raided Coral Gate Park and Silver Moon Park in March. Jinbei Holdings Co., Ltd. developed the compound beginning in 2019.",
			nil,
			[]rel{{"Jinbei Holdings Co., Ltd.", model.Operates, "Coral Gate Park", ""}, {"Jinbei Holdings Co., Ltd.", model.Operates, "Silver Moon Park", ""}}},
		{"a plural: open",
			"Police raided Coral Gate Park and Silver Moon Park in March. Jinbei Holdings Co., Ltd. developed the compounds beginning in 2019.",
			nil,
			[]rel{{"Jinbei Holdings Co., Ltd.", model.Operates, "Coral Gate Park", ""}, {"Jinbei Holdings Co., Ltd.", model.Operates, "Silver Moon Park", ""}}},
		{"two firms named before: open",
			"Silver Crest Co., Ltd. and Jade Star Co., Ltd. were registered in 2017. Zhao Minghui founded the company years ago.",
			nil,
			[]rel{{"Zhao Minghui", model.Directs, "Silver Crest Co., Ltd.", ""}, {"Zhao Minghui", model.Directs, "Jade Star Co., Ltd.", ""}}},
		{"another firm named in the reference's own sentence: not the earlier one",
			"Silver Crest Co., Ltd. was registered in 2017. Zhao Minghui, a director of Jade Star Co., Ltd., founded the company years ago.",
			nil,
			[]rel{{"Zhao Minghui", model.Directs, "Silver Crest Co., Ltd.", ""}}},
		{"'the park' after a firm called Park: never the firm",
			"Jinbei Park Co., Ltd. leased land near Silver Moon Resort in 2018. Zhao Minghui ran the park beginning in 2019.",
			nil,
			[]rel{{"Zhao Minghui", model.Operates, "Jinbei Park Co., Ltd.", ""}, {"Zhao Minghui", model.Directs, "Jinbei Park Co., Ltd.", ""}}},
	})
}

// TestTimeTailQuote: a relation read through a description before a time participle quotes
// the sentence naming the site and its own.
func TestTimeTailQuote(t *testing.T) {
	x := newTestExtractor(t)
	got, _ := analyzeText(t, x, "Police raided Coral Gate Park in Bavet in March. Jinbei Holdings Co., Ltd. developed the compound beginning in 2019.")
	r, ok := got[[3]string{"Jinbei Holdings Co., Ltd.", model.Operates, "Coral Gate Park"}]
	if !ok {
		t.Fatalf("missing OPERATES; got %v", relKeys(got))
	}
	if !strings.Contains(r.Quote, "Police raided Coral Gate Park") || !strings.Contains(r.Quote, "beginning in 2019") {
		t.Errorf("quote %q lacks one of the two sentences", r.Quote)
	}
}
