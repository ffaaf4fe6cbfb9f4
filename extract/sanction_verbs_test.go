package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionVerbForms holds the forms reSanctVerb (complicity.go) reads between a body and
// its designation verb — adverbs of time ("has just", "last week", "in May"), a body that
// "followed, designating" another's lead; with cases where the subject is no sanctioning body
// or the verb no designation.
func TestSanctionVerbForms(t *testing.T) {
	x := newTestExtractor(t)
	sanc := func(a, b string) []rel { return []rel{{a, model.SanctionedBy, b, ""}} }
	cases := []relCase{
		{"has just designated",
			"The Office of Foreign Assets Control has just designated Golden Reed Trading Co., Ltd. and its director.",
			sanc("Golden Reed Trading Co., Ltd.", "Office of Foreign Assets Control"), nil},
		{"a month between body and verb",
			"The Office of Foreign Assets Control in March designated Golden Reed Trading Co., Ltd. for its role in a scam network.",
			sanc("Golden Reed Trading Co., Ltd.", "Office of Foreign Assets Control"), nil},
		{"followed, designating",
			"Britain acted first; the Office of Foreign Assets Control followed in May, designating Golden Reed Trading Co., Ltd.",
			sanc("Golden Reed Trading Co., Ltd.", "Office of Foreign Assets Control"), nil},
		{"last week between body and verb",
			"The Office of Foreign Assets Control last week sanctioned Golden Reed Trading Co., Ltd. and Bun Sarath.",
			sanc("Golden Reed Trading Co., Ltd.", "Office of Foreign Assets Control"), nil},
		{"a firm that has just designated a new director",
			"Golden Reed Trading Co., Ltd. has just designated Silver Reed Holdings Ltd. as its agent.",
			nil, sanc("Silver Reed Holdings Ltd.", "Golden Reed Trading Co., Ltd.")},
		{"a body that followed a firm's lead without designating",
			"The Office of Foreign Assets Control followed in May, praising Golden Reed Trading Co., Ltd. for its help.",
			nil, sanc("Golden Reed Trading Co., Ltd.", "Office of Foreign Assets Control")},
	}
	checkRelCases(t, x, cases)
}
