package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStakeRules holds each rule of stakes.go to sentences it must read and sentences where
// it must stay silent. The names are invented.
func TestStakeRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
	}{
		// A verb of running after the person.
		{"a person who manages a firm directs it",
			"Aung Ko Ko manages Silver River Security Co., Ltd.",
			[]rel{{"Aung Ko Ko", model.Directs, "Silver River Security Co., Ltd.", ""}},
			nil},
		{"the verb after a kin apposition",
			"Soe Min's son, Aung Ko Ko, runs Silver River Security Co., Ltd., which guards the gate.",
			[]rel{{"Aung Ko Ko", model.Directs, "Silver River Security Co., Ltd.", ""}},
			[]rel{{"Soe Min", model.Directs, "Silver River Security Co., Ltd.", ""}}},
		{"a person believed to manage a site operates it",
			"Police questioned Mr. Tan Wei, a Malaysian businessman believed to manage the Jade Moon Resort, on Friday.",
			[]rel{{"Tan Wei", model.Operates, "Jade Moon Resort", ""}},
			nil},
		{"a relative clause with the verb",
			"Investigators named Tan Wei, who runs Jade Moon Park, as a suspect.",
			[]rel{{"Tan Wei", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"the verb's object is a possession of the name, not the name",
			"Nora Vance manages the Ministry of Labour's pension fund.",
			nil,
			[]rel{{"Nora Vance", model.Directs, "Ministry of Labour", ""}}},
		{"the name is the agent of a participle, not the subject",
			"Silver River Security Co., Ltd., founded by Aung Ko Ko, runs Jade Moon Park.",
			nil,
			[]rel{{"Aung Ko Ko", model.Operates, "Jade Moon Park", ""}}},
		{"a verb that is no running",
			"Aung Ko Ko visited Silver River Security Co., Ltd. twice.",
			nil,
			[]rel{{"Aung Ko Ko", model.Directs, "Silver River Security Co., Ltd.", ""}}},
		{"operating a firm is no post",
			"Aung Ko Ko operates Silver River Security Co., Ltd.'s trucks.",
			nil,
			[]rel{{"Aung Ko Ko", model.Directs, "Silver River Security Co., Ltd.", ""}}},
		{"another actor between the runner and the firm",
			"Aung Ko Ko, who met Lin Hua, manages Silver River Security Co., Ltd.",
			nil,
			[]rel{{"Aung Ko Ko", model.Directs, "Silver River Security Co., Ltd.", ""}}},
		// A share in a relative clause.
		{"a share held in a relative clause",
			"Also listed is Nora Vance, who holds 30% of Bright Cedar Holdings Ltd.",
			[]rel{{"Nora Vance", model.Owns, "Bright Cedar Holdings Ltd.", ""}},
			nil},
		{"a share in a relative clause after an apposition",
			"Nora Vance, a lawyer, who owned 40 percent of the shares in Bright Cedar Holdings Ltd., resigned.",
			[]rel{{"Nora Vance", model.Owns, "Bright Cedar Holdings Ltd.", ""}},
			nil},
		{"a relative clause that holds no share",
			"Nora Vance, who holds talks with Bright Cedar Holdings Ltd. every month, declined to comment.",
			nil,
			[]rel{{"Nora Vance", model.Owns, "Bright Cedar Holdings Ltd.", ""}}},
		// A possessive post and a copula.
		{"a possessive shareholder and a copula",
			"Bright Cedar Holdings Ltd.'s registered shareholder is Nora Vance, a retired teacher.",
			[]rel{{"Nora Vance", model.Owns, "Bright Cedar Holdings Ltd.", ""}},
			nil},
		{"a possessive chairman and a past copula",
			"Records show that Silver River Development Co., Ltd.'s chairman was Tan Wei until 2023.",
			[]rel{{"Tan Wei", model.Directs, "Silver River Development Co., Ltd.", ""}},
			nil},
		{"a possessive noun that is no post",
			"Silver River Development Co., Ltd.'s best customer is Tan Wei.",
			nil,
			[]rel{{"Tan Wei", model.Directs, "Silver River Development Co., Ltd.", ""}, {"Tan Wei", model.EmployedBy, "Silver River Development Co., Ltd.", ""}}},
		{"the holder named through another person's kin",
			"Bright Cedar Holdings Ltd.'s registered shareholder is Tan Wei's sister, Nora Vance.",
			nil,
			[]rel{{"Tan Wei", model.Owns, "Bright Cedar Holdings Ltd.", ""}}},
		// A post before the body, its holder named after it.
		{"a post before the body and a named apposition",
			"The general manager of Silver River Development Co., Ltd., a Chinese national named Tan Wei, was charged.",
			[]rel{{"Tan Wei", model.Directs, "Silver River Development Co., Ltd.", ""}},
			nil},
		{"a named apposition after a body with no post before it",
			"Workers were moved to Silver River Development Co., Ltd., a contractor called Tan Wei said.",
			nil,
			[]rel{{"Tan Wei", model.Directs, "Silver River Development Co., Ltd.", ""}}},
		// Passives.
		{"an adverb between the participle and by",
			"Jade Moon Park is run day-to-day by Silver River Development Co., Ltd., a subsidiary of the group.",
			[]rel{{"Silver River Development Co., Ltd.", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"a site run by a syndicate its leader runs",
			"Jade Moon Park is run by a syndicate led by Chinese national Tan Wei.",
			[]rel{{"Tan Wei", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"a syndicate leader after a site that is not the subject",
			"Workers fled from Jade Moon Park to a camp run by a gang led by Tan Wei.",
			nil,
			[]rel{{"Tan Wei", model.Operates, "Jade Moon Park", ""}}},
		{"a firm described as run by someone's kin",
			"Recruits were met by Silver River Trading LLC, a firm in Dubai run by the suspect's brother, Tan Wei.",
			[]rel{{"Tan Wei", model.Directs, "Silver River Trading LLC", ""}},
			nil},
		{"a firm described as run by a named person with a copula",
			"Silver River Trading LLC is a travel agency run by Tan Wei.",
			[]rel{{"Tan Wei", model.Directs, "Silver River Trading LLC", ""}},
			nil},
		{"a description of something else run by the person",
			"Silver River Trading LLC sent workers to a warehouse run by Tan Wei.",
			nil,
			[]rel{{"Tan Wei", model.Directs, "Silver River Trading LLC", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
