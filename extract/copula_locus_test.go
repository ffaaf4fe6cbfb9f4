package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCopulaLocus holds copula_locus.go: a copula whose predicate describes a site or firm
// and where it is places the subject, named or referred to; a predicate headed by another
// noun, a clause inside the predicate and a person as subject place nothing.
func TestCopulaLocus(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a named site described with a count after its noun",
			"Jade Lantern Park is a walled compound of fourteen buildings in Barangay San Isidro.",
			[]rel{{"Jade Lantern Park", model.LocatedIn, "Barangay San Isidro", ""}}, nil},
		{"a site referred to in the next sentence, with many modifiers",
			"Officers raided Jade Lantern Park on Monday. The park was a 12-hectare gated scam compound in Bavet until last year.",
			[]rel{{"Jade Lantern Park", model.LocatedIn, "Bavet", ""}}, nil},
		{"a firm described as a small business in a town",
			"Silver Tide Trading Co., Ltd. is still a small family business in Mae Sai, its filings show.",
			[]rel{{"Silver Tide Trading Co., Ltd.", model.LocatedIn, "Mae Sai", ""}}, nil},
		{"an apposition headed by a business noun of the lexicon",
			"The funds passed through Northgate Corporate Services Pte Ltd, a corporate services provider located in Singapore.",
			[]rel{{"Northgate Corporate Services Pte Ltd", model.LocatedIn, "Singapore", ""}}, nil},
		{"a predicate headed by a business noun of the lexicon",
			"Kibo Talent Ltd. is a small recruitment consultancy in Nairobi.",
			[]rel{{"Kibo Talent Ltd.", model.LocatedIn, "Nairobi", ""}}, nil},
		{"an apposition headed by a payment business noun, with its place of incorporation",
			"The money went to Lianfeng Digital Payments Pte Ltd, a payment processor incorporated in Singapore, within days.",
			[]rel{{"Lianfeng Digital Payments Pte Ltd", model.LocatedIn, "Singapore", ""}}, nil},
		{"a predicate headed by a payment business noun, with its base",
			"Golden Span Payment Services Co., Ltd. was a payment processor based in Phnom Penh.",
			[]rel{{"Golden Span Payment Services Co., Ltd.", model.LocatedIn, "Phnom Penh", ""}}, nil},
		// Precision.
		{"a payment business noun, then a clause naming the place of another",
			"The money went to Lianfeng Digital Payments Pte Ltd, a payment processor that serves a casino in Poipet.",
			nil, []rel{{"Lianfeng Digital Payments Pte Ltd", model.LocatedIn, "Poipet", ""}}},
		{"a payment business noun placed only near a town",
			"Golden Span Payment Services Co., Ltd. was a payment processor near Phnom Penh.",
			nil, []rel{{"Golden Span Payment Services Co., Ltd.", model.LocatedIn, "Phnom Penh", ""}}},
		{"a predicate headed by a business noun, then 'to' and the place of another",
			"Kibo Talent Ltd. is a supplier to a hotel chain in Nairobi.",
			nil, []rel{{"Kibo Talent Ltd.", model.LocatedIn, "Nairobi", ""}}},
		{"a predicate headed by another noun",
			"Silver Tide Trading Co., Ltd. is a partner of a logistics firm in Bangkok.",
			nil, []rel{{"Silver Tide Trading Co., Ltd.", model.LocatedIn, "Bangkok", ""}}},
		{"a clause inside the predicate",
			"Silver Tide Trading Co., Ltd. is a firm that supplies a casino in Poipet.",
			nil, []rel{{"Silver Tide Trading Co., Ltd.", model.LocatedIn, "Poipet", ""}}},
		{"a site described by what stands near it",
			"Jade Lantern Park is a walled compound of fourteen buildings near Bavet.",
			nil, []rel{{"Jade Lantern Park", model.LocatedIn, "Bavet", ""}}},
	}
	checkRelCases(t, x, cases)
}
