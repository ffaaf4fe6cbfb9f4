package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteRefRules holds each rule of site_refs.go, the "its" of shares (share_holders.go)
// and the "whose" clause condition (whose_clause.go) to sentences they must read and sentences
// where they must stay silent. The names are invented.
func TestSiteRefRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"its operator after the site",
			"The Golden Lotus Resort is a compound in Sihanoukville. Its operator is Golden Lotus Development Co., Ltd.",
			[]rel{{"Golden Lotus Development Co., Ltd.", model.Operates, "Golden Lotus Resort", ""}},
			nil},
		{"its owner after a firm is the firm's (read elsewhere), not the site's",
			"Golden Lotus Development Co., Ltd. operates the Golden Lotus Resort. Its owner is Lim Heng.",
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Development Co., Ltd.", ""}},
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Resort", ""}}},
		{"the site's operator in the possessive",
			"The Golden Lotus Resort is a compound in Sihanoukville. The resort's operator is Golden Lotus Development Co., Ltd.",
			[]rel{{"Golden Lotus Development Co., Ltd.", model.Operates, "Golden Lotus Resort", ""}},
			nil},
		{"it, the object of building, after the site's sentence",
			"The Golden Lotus Resort is a compound in Sihanoukville. Golden Lotus Development Co., Ltd. built it in 2018.",
			[]rel{{"Golden Lotus Development Co., Ltd.", model.Operates, "Golden Lotus Resort", ""}},
			nil},
		{"it after an apposition of the subject",
			"The Golden Lotus Resort is a compound in Sihanoukville. Lim Heng, a Chinese businessman, runs it.",
			[]rel{{"Lim Heng", model.Operates, "Golden Lotus Resort", ""}},
			nil},
		{"it after a first verb phrase",
			"The Golden Lotus Resort is a compound in Sihanoukville. Lim Heng built the compound in 2019 and still owns it.",
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Resort", ""}},
			nil},
		{"it may be another name between",
			"The Golden Lotus Resort is a compound in Sihanoukville. Lim Heng met Sok Dara and runs it.",
			nil,
			[]rel{{"Lim Heng", model.Operates, "Golden Lotus Resort", ""}}},
		{"a name after a preposition is no subject of the verb",
			"The Golden Lotus Resort is a compound in Sihanoukville. According to Lim Heng, the police ran it.",
			nil,
			[]rel{{"Lim Heng", model.Operates, "Golden Lotus Resort", ""}}},
		// A sentence of descriptions only (ref_sentences.go).
		{"the developer runs the resort",
			"Lucky Star Development Co., Ltd. owns the plot under the Lucky Star Resort. Tianrui Capital Limited, a Hong Kong firm, lent it money. The developer runs the resort.",
			[]rel{{"Lucky Star Development Co., Ltd.", model.Operates, "Lucky Star Resort", ""}},
			[]rel{{"Tianrui Capital Limited", model.Operates, "Lucky Star Resort", ""}}},
		{"one description and no name tie nothing",
			"Lucky Star Development Co., Ltd. owns the plot under the Lucky Star Resort. Police raided it on Monday. The developer declined to comment.",
			nil,
			[]rel{{"Lucky Star Development Co., Ltd.", model.Operates, "Lucky Star Resort", ""}}},
		// "its" in a share stands for a firm, never for a body cited as a source.
		{"its shares after a cited ministry",
			"The company, Sovanna Star Development Co., Ltd., was incorporated in 2018. According to filings with the Ministry of Commerce, Chea Sovann holds 70 percent of its shares.",
			[]rel{{"Chea Sovann", model.Owns, "Sovanna Star Development Co., Ltd.", ""}},
			nil},
		{"the rest of its shares",
			"The company, Sovanna Star Development Co., Ltd., was incorporated in 2018. According to filings, Chea Sovann holds 70 percent of its shares and Tianrui Capital Holdings Limited holds the remaining 30 percent.",
			[]rel{{"Tianrui Capital Holdings Limited", model.Owns, "Sovanna Star Development Co., Ltd.", ""}},
			[]rel{{"Tianrui Capital Holdings Limited", model.Owns, "Tianrui Capital Holdings Limited", ""}}},
		// A name completing a "whose" clause is no subject of the main verb.
		{"the president in a whose clause did not build the site",
			"Ruby Star Group, whose president is the Macau businessman Leong Kam, built the Ruby Star Resort in 2021.",
			[]rel{{"Ruby Star Group", model.Operates, "Ruby Star Resort", ""}},
			[]rel{{"Leong Kam", model.Operates, "Ruby Star Resort", ""}}},
	}
	checkRelCases(t, x, cases)
}
