package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestReportedSpeakers holds a subject pronoun after a verb of speech to the speaker named
// just before it, and to no one when the shape does not hold. The names are invented.
func TestReportedSpeakers(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a person denies that he owns a site",
			"Chen Hao denied that he owns the Jade Orchid Park compound.",
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}},
			nil},
		{"a firm denies it owns a site, no that",
			"Golden Reed Holdings Co., Ltd. denies it owns the Jade Orchid Park compound.",
			[]rel{{"Golden Reed Holdings Co., Ltd.", model.Owns, "Jade Orchid Park", ""}},
			nil},
		{"rejected reports that he is a partner",
			"Chen Hao has rejected reports that he is a business partner of Somchai Rattanakorn.",
			[]rel{{"Chen Hao", model.AssociateOf, "Somchai Rattanakorn", ""}},
			nil},
		{"a relative clause of speech",
			"Our boss was a Chinese man, Zhao Jinming, who said he owned Golden Reed Technology Co., Ltd.",
			[]rel{{"Zhao Jinming", model.Owns, "Golden Reed Technology Co., Ltd.", ""}},
			nil},
		{"an it that is owned is the thing spoken of",
			"The Department of Special Investigation said it was owned by Chen Hao.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Department of Special Investigation", ""}}},
		{"a person is not an it",
			"Chen Hao said it owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}}},
		{"a hearer between: told is not read",
			"Chen Hao told Somchai Rattanakorn that he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}, {"Somchai Rattanakorn", model.Owns, "Jade Orchid Park", ""}}},
		{"an unnamed speaker: the lawyer of a named man",
			"Chen Hao's lawyer said he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Jade Orchid Park", ""}}},
		{"a body is not a he",
			"The Tak Provincial Police said he owns the Jade Orchid Park compound.",
			nil,
			[]rel{{"Tak Provincial Police", model.Owns, "Jade Orchid Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
