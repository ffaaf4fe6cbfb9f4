package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestListedHolders holds the two rules of listed_holders.go to sentences they must read and
// sentences where they must stay silent. The names are invented.
func TestListedHolders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a filing that lists a person as director and shareholder",
			"Red Kapok Trading Co., Ltd., registered in Mae Sot, lists Ratana Chaiyo as its managing director and majority shareholder.",
			[]rel{{"Ratana Chaiyo", model.Directs, "Red Kapok Trading Co., Ltd.", ""}, {"Ratana Chaiyo", model.Owns, "Red Kapok Trading Co., Ltd.", ""}},
			nil},
		{"a registry that names a person as a shareholder",
			"Blue Heron Holdings Co., Ltd. names Tep Sokha as a shareholder in its 2022 return.",
			[]rel{{"Tep Sokha", model.Owns, "Blue Heron Holdings Co., Ltd.", ""}},
			nil},
		{"a firm that names a person as something other than a post",
			"Blue Heron Holdings Co., Ltd. named Tep Sokha as a witness in its complaint.",
			nil,
			[]rel{{"Tep Sokha", model.Owns, "Blue Heron Holdings Co., Ltd.", ""}, {"Tep Sokha", model.EmployedBy, "Blue Heron Holdings Co., Ltd.", ""}, {"Tep Sokha", model.Directs, "Blue Heron Holdings Co., Ltd.", ""}}},
		{"a share held by a person, in a relative clause",
			"The casino belongs to Lotus Crest Leisure Co., Ltd., which in turn is 70 percent held by Heng Sovann, a tycoon.",
			[]rel{{"Heng Sovann", model.Owns, "Lotus Crest Leisure Co., Ltd.", ""}},
			nil},
		{"a firm wholly held by another",
			"Lotus Crest Leisure Co., Ltd. is wholly held by Jade Harbour Capital Pte. Ltd., a Singapore company.",
			[]rel{{"Jade Harbour Capital Pte. Ltd.", model.Owns, "Lotus Crest Leisure Co., Ltd.", ""}},
			nil},
		{"held by someone with no share said is not owned",
			"Lotus Crest Leisure Co., Ltd. was held by Heng Sovann in contempt, the judge said.",
			nil,
			[]rel{{"Heng Sovann", model.Owns, "Lotus Crest Leisure Co., Ltd.", ""}}},
		{"a post coordinated with a share of its stock",
			"Ramon Diwa was the president of Sunrise Crest Realty Corporation and holder of 40 percent of its shares.",
			[]rel{{"Ramon Diwa", model.Owns, "Sunrise Crest Realty Corporation", ""}, {"Ramon Diwa", model.Directs, "Sunrise Crest Realty Corporation", ""}},
			nil},
		{"an apposed post coordinated with half of its shares",
			"Ramon Diwa, director of Sunrise Crest Realty Corporation and owner of half of its shares, fled to Macau.",
			[]rel{{"Ramon Diwa", model.Owns, "Sunrise Crest Realty Corporation", ""}},
			nil},
		{"a post coordinated with something other than a share",
			"Ramon Diwa was the president of Sunrise Crest Realty Corporation and a critic of its shares policy.",
			nil,
			[]rel{{"Ramon Diwa", model.Owns, "Sunrise Crest Realty Corporation", ""}}},
		{"a special assistant to a person is an associate",
			"Leo Aquino, a special assistant to Governor Manuel Ramos, signed the lease.",
			[]rel{{"Leo Aquino", model.AssociateOf, "Manuel Ramos", ""}},
			nil},
		{"an assistant who only met a person",
			"Leo Aquino, an assistant at a law office, met Governor Manuel Ramos twice.",
			nil,
			[]rel{{"Leo Aquino", model.AssociateOf, "Manuel Ramos", ""}}},
	}
	checkRelCases(t, x, cases)
}
