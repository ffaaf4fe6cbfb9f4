package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamingRefs: a description the next sentence opens by naming ("The compound, known
// locally as X,") stands for X; a description set off after another name, a head that does
// not fit the name's type, and a description two sentences back stay unread.
func TestNamingRefs(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a measured compound named as known locally",
			"The 12-hectare compound in Ban Mai sits behind a petrol station. The compound, known locally as Silver Fern Park, was raided in May.",
			[]rel{{"Silver Fern Park", model.LocatedIn, "Ban Mai", ""}}, nil},
		{"an indefinite company named in apposition",
			"The land is registered to a company controlled by tycoon Heng Sovath. The company, Riverstone Estates Co., Ltd., was set up in 2019.",
			[]rel{{"Heng Sovath", model.Owns, "Riverstone Estates Co., Ltd.", ""}}, nil},
		{"a description set off after a name describes that name",
			"The park was built by Northgate Holdings Ltd., a company run by Chen Hui. The company, Eastgate Trading Co., Ltd., supplied the steel.",
			[]rel{{"Chen Hui", model.Directs, "Northgate Holdings Ltd.", ""}},
			[]rel{{"Chen Hui", model.Directs, "Eastgate Trading Co., Ltd.", ""}, {"Chen Hui", model.Owns, "Eastgate Trading Co., Ltd.", ""}}},
		{"a head that does not fit the name",
			"A company controlled by Heng Sovath bought the plot. The compound, Silver Fern Park, opened in 2021.",
			nil,
			[]rel{{"Heng Sovath", model.Owns, "Silver Fern Park", ""}, {"Heng Sovath", model.Operates, "Silver Fern Park", ""}}},
		{"a description two sentences back",
			"A company controlled by Heng Sovath bought the plot in 2018. Work began a year later. The company, Riverstone Estates Co., Ltd., was set up in 2019.",
			nil,
			[]rel{{"Heng Sovath", model.Owns, "Riverstone Estates Co., Ltd.", ""}}},
	})
	t.Run("the claim quotes both sentences", func(t *testing.T) {
		got, _ := analyzeText(t, x, "The 12-hectare compound in Ban Mai sits behind a petrol station. The compound, known locally as Silver Fern Park, was raided in May.")
		r, ok := got[[3]string{"Silver Fern Park", model.LocatedIn, "Ban Mai"}]
		if !ok || !strings.Contains(r.Quote, "Ban Mai") || !strings.Contains(r.Quote, "Silver Fern Park") {
			t.Errorf("quote %q should hold both sentences", r.Quote)
		}
	})
}
