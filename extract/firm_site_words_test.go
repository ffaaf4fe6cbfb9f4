package extract

import (
	"testing"
)

// TestSubdistrictAndHotelFirm: a name before "subdistrict" is a place; a firm named after a
// hotel "and" a second trade, closed by its legal form, is one firm; a hotel and casino
// with no legal form stays a site.
func TestSubdistrictAndHotelFirm(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a subdistrict",
			"The headman of Ban Huai Kha subdistrict took payments from the site.",
			[]string{"Location:Ban Huai Kha"},
			[]string{"Person:Ban Huai Kha"}},
		{"a hotel-and-trade firm with its legal form",
			"Payroll went through Golden Kite Hotel and Entertainment Co., Ltd., filings show.",
			[]string{"Company:Golden Kite Hotel and Entertainment Co., Ltd."},
			[]string{"Company:Entertainment Co., Ltd."}},
		{"precision: a hotel and casino with no legal form",
			"Guests stayed at Jade Dawn Hotel and Casino near the border.",
			nil,
			[]string{"Company:Jade Dawn Hotel and Casino"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
