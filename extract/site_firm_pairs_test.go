package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteNamedLikeFirm: a site whose name ends in its kind stays apart from the firm named
// after it with a legal form; the firm's own short forms stay with the firm.
func TestSiteNamedLikeFirm(t *testing.T) {
	x := newTestExtractor(t)
	checkNameCases(t, x, "https://news.example.org/2026/story", []nameCase{
		{"a resort and its developer",
			"A Bangkok lender financed the building of Silver Wave Resort, a casino complex on the coast. It lent the money to Silver Wave Resort Co., Ltd. in 2021.",
			[]string{"Compound:Silver Wave Resort", "Company:Silver Wave Resort Co., Ltd."},
			nil},
		{"a plaza raided, its firm holding the land",
			"Police raided Jade Moon Plaza in May. Jade Moon Plaza Co., Ltd. holds the land.",
			[]string{"Compound:Jade Moon Plaza", "Company:Jade Moon Plaza Co., Ltd."},
			nil},
		{"a park named after its firm, firm first",
			"Golden Reed Park Development Inc. built Golden Reed Park on a former rice field.",
			[]string{"Compound:Golden Reed Park", "Company:Golden Reed Park Development Inc."},
			nil},
		{"precision: the firm's short form in brackets stays the firm",
			"The lease was signed by Silver Wave Resort Co., Ltd. (Silver Wave Resort) in 2019.",
			[]string{"Company:Silver Wave Resort Co., Ltd."},
			[]string{"Compound:Silver Wave Resort"}},
		{"precision: a firm without a site's word keeps its short form",
			"Lotus Bright Trading Co., Ltd. was set up in 2018. Lotus Bright Trading later moved its office.",
			[]string{"Company:Lotus Bright Trading Co., Ltd."},
			[]string{"Compound:Lotus Bright Trading", "Company:Lotus Bright Trading"}},
	})
	checkRelCases(t, x, []relCase{
		{"the site is located, the firm is owned",
			"Sun Rith owns 80 percent of Silver Wave Resort Co., Ltd. Silver Wave Resort, a beachfront casino complex in Kampot province, was raided last year.",
			[]rel{{"Sun Rith", model.Owns, "Silver Wave Resort Co., Ltd.", ""}, {"Silver Wave Resort", model.LocatedIn, "Kampot", ""}},
			[]rel{{"Silver Wave Resort Co., Ltd.", model.LocatedIn, "Kampot", ""}}},
	})
}
