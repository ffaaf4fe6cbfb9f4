package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAttributionAsideSpans holds attributionAsides to the asides it must cut and the words
// it must leave.
func TestAttributionAsideSpans(t *testing.T) {
	cases := []struct{ sent, cut string }{
		{"X, according to court records, was the driver for Y.", ", according to court records,"},
		{"X, police said, owns the site.", ", police said,"},
		{"X, three former workers told reporters, runs the site.", ", three former workers told reporters,"},
		{"X — investigators say — runs the site.", " — investigators say —"},
		{"X (according to survivors) runs the site.", " (according to survivors)"},
		{"the site, which, according to workers, is guarded by Y", ", according to workers,"},
		{"Chen, who investigators believe manages the park", "investigators believe "},
		{"the park, which survivors said was run by Y", "survivors said "},
		// Not asides.
		{"X, who said the group had expelled workers", ""},
		{"X, who police said that night had fled", ""},
		{"X, who is believed to run the site", ""},
		{"X, a Mae Sot trader, owns the site.", ""},
		{"In 2019, X bought the site.", ""},
	}
	for _, c := range cases {
		var got string
		for _, sp := range attributionAsides(c.sent) {
			got += c.sent[sp[0]:sp[1]]
		}
		if got != c.cut {
			t.Errorf("%q: cut %q, want %q", c.sent, got, c.cut)
		}
	}
}

// TestAttributionAsides holds the readers run past an aside to sentences they must read and
// sentences where they must stay silent; the grade follows the attribution. The names are
// invented.
func TestAttributionAsides(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"an attribution to people between a subject and its verb",
			"Chen Haoran, according to three former workers, runs Lotus Bay Park.",
			[]rel{{"Chen Haoran", model.Operates, "Lotus Bay Park", model.Alleged}},
			nil},
		{"a record cited between a subject and its verb",
			"Chen Haoran, according to court records, runs Lotus Bay Park.",
			[]rel{{"Chen Haoran", model.Operates, "Lotus Bay Park", model.Reported}},
			nil},
		{"a source with its verb between a subject and its verb",
			"Chen Haoran, police said, runs Lotus Bay Park.",
			[]rel{{"Chen Haoran", model.Operates, "Lotus Bay Park", model.Alleged}},
			nil},
		{"a speaker who adds a claim between a subject and its copula",
			"Zhao Minghui, they added, has for years been a business partner of Saw Htoo Wah.",
			[]rel{{"Saw Htoo Wah", model.AssociateOf, "Zhao Minghui", model.Alleged}},
			nil},
		{"a source that notes a claim",
			"Chen Haoran, police noted, runs Lotus Bay Park.",
			[]rel{{"Chen Haoran", model.Operates, "Lotus Bay Park", model.Alleged}},
			nil},
		{"a dash aside",
			"Chen Haoran — investigators say — runs Lotus Bay Park.",
			[]rel{{"Chen Haoran", model.Operates, "Lotus Bay Park", model.Alleged}},
			nil},
		{"a bracketed attribution",
			"Chen Haoran (according to survivors) runs Lotus Bay Park.",
			[]rel{{"Chen Haoran", model.Operates, "Lotus Bay Park", model.Alleged}},
			nil},
		{"a reporting clause after who",
			"Police said Lim Kok Wai is the brother-in-law of Chen Haoran, who investigators believe manages Lotus Bay Park.",
			[]rel{{"Chen Haoran", model.Operates, "Lotus Bay Park", model.Alleged}},
			nil},
		{"a belief in a relative clause hedges the tie it holds",
			"Lotus Bay Park, which police believe was operated by Golden Reed Co., Ltd., was raided in May. Silver Bay Park, which two former workers believe was owned by Tan Wei, closed in June.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", model.Alleged}, {"Tan Wei", model.Owns, "Silver Bay Park", model.Alleged}},
			nil},
		{"an attribution before a passive agent",
			"The day-to-day operation of Lotus Bay Park, according to a leaked staff roster, is handled by Golden Reed Co., Ltd.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		// A name inside the aside is its source, no end.
		{"the cited company is no operator",
			"Chen Haoran, according to Golden Reed Co., Ltd., runs Lotus Bay Park.",
			nil,
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}}},
		{"the body that assesses is no operator",
			"Sanctioned today was Chen Haoran, who the Ministry of Interior says runs Lotus Bay Park.",
			nil,
			[]rel{{"Ministry of Interior", model.Operates, "Lotus Bay Park", ""}}},
		// Who the relative word stands for.
		{"a who clause after an apposition is the first name's",
			"Among those convicted was Mya Mya, the wife of Gao Ming, who the court said served as the finance director of Golden Reed Co., Ltd.",
			nil,
			[]rel{{"Gao Ming", model.EmployedBy, "Golden Reed Co., Ltd.", ""}}},
		// The aside took the comma that closed an apposition: the verb is the head's.
		{"an apposition's last name before an aside is no subject",
			"Tan Wei and his brother Tan Bo, the chairman of Golden Lotus Holdings, police allege, ran the Kirin Bay compound in Sihanoukville.",
			[]rel{{"Tan Bo", model.Directs, "Golden Lotus Holdings", ""}},
			[]rel{{"Golden Lotus Holdings", model.Operates, "Kirin Bay", ""}}},
		{"a post at a firm, then an aside with a dash-free source",
			"Chen Haoran, a director at Golden Reed Co., Ltd., police said, runs Lotus Bay Park.",
			nil,
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}}},
		{"the body in a possessive apposition before an aside",
			"Chen Haoran, the owner of Silver Crane Group Limited, according to two former workers, manages Lotus Bay Park.",
			nil,
			[]rel{{"Silver Crane Group Limited", model.Operates, "Lotus Bay Park", ""}}},
		{"a possessor past the aside is no owner",
			"Lotus Bay Hotel is owned, according to company records we reviewed, by Golden Reed Holdings’ parent firm, Silver Crane Group Limited.",
			nil,
			[]rel{{"Golden Reed Holdings", model.Owns, "Lotus Bay Hotel", ""}}},
		// An "according to" aside describes its source; its words are no doubt of the claim.
		{"according to no fewer than five workers",
			"Zhao Wei, according to no fewer than five former workers, runs the Golden Crane compound.",
			[]rel{{"Zhao Wei", model.Operates, "Golden Crane", model.Alleged}}, nil},
		{"according to people who once worked there",
			"Zhao Wei, according to people who once worked there, runs the Golden Crane compound.",
			[]rel{{"Zhao Wei", model.Operates, "Golden Crane", model.Alleged}}, nil},
		{"according to men who used to guard it",
			"Zhao Wei, according to two men who used to guard it, runs the Golden Crane compound.",
			[]rel{{"Zhao Wei", model.Operates, "Golden Crane", model.Alleged}}, nil},
		{"according to documents not made public",
			"Zhao Wei, according to documents that have not been made public, owns Lucky Star Holdings.",
			[]rel{{"Zhao Wei", model.Owns, "Lucky Star Holdings", ""}}, nil},
		{"according to records filed originally",
			"Zhao Wei, according to records filed when the firm was originally registered, owns Lucky Star Holdings.",
			[]rel{{"Zhao Wei", model.Owns, "Lucky Star Holdings", ""}}, nil},
		{"according to, set off by dashes",
			"Zhao Wei — according to several people with no stake in the case — runs the Golden Crane compound.",
			[]rel{{"Zhao Wei", model.Operates, "Golden Crane", model.Alleged}}, nil},
		{"according to, in brackets",
			"Zhao Wei (according to sources not authorised to speak) owns Lucky Star Holdings.",
			[]rel{{"Zhao Wei", model.Owns, "Lucky Star Holdings", model.Alleged}}, nil},
		{"a bare reporting clause that doubts",
			"Zhao Wei, few now believe, runs the Golden Crane compound.",
			nil, []rel{{"Zhao Wei", model.Operates, "Golden Crane", ""}}},
		{"a bare reporting clause that denies",
			"Zhao Wei, officials never said, owns Lucky Star Holdings.",
			nil, []rel{{"Zhao Wei", model.Owns, "Lucky Star Holdings", ""}}},
	})
}
