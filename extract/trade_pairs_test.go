package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTradePairs covers two trades joined by "and" closing one firm's name (trade_pairs.go),
// with the pairs of firms it must leave as two names.
func TestTradePairs(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a travel agency named for two trades",
			"The envelopes were delivered by an employee of JMB Skyway Travel and Tours, a travel agency in Angeles City.",
			[]string{"Company:JMB Skyway Travel and Tours"},
			[]string{"Company:JMB Skyway Travel"}},
		{"two trades, then the legal form",
			"He is treasurer and a director of Villacorta Shipping and Realty Inc., which owns the lot.",
			[]string{"Company:Villacorta Shipping and Realty Inc."},
			[]string{"Company:Realty Inc."}},
		{"a recruiter's consultancy",
			"The recruiter is Marjorie Villanueva, who runs MJV Travel and Consultancy in San Jose del Monte.",
			[]string{"Company:MJV Travel and Consultancy"},
			nil},
		{"a name after the and opens a second firm",
			"The funds passed through Golden Reef Trading and Lucky Star Logistics before reaching the casino.",
			nil,
			[]string{"Company:Golden Reef Trading and Lucky Star Logistics"}},
		{"a group word before the and closes the first firm",
			"Treasury sanctioned Prince Holdings and Jin Bei Group last year.",
			nil,
			[]string{"Company:Prince Holdings and Jin Bei Group"}},
		{"a trade, then a person",
			"The contract was signed by Apex Shipping and Chen Wei in March.",
			nil,
			[]string{"Company:Apex Shipping and Chen Wei"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
