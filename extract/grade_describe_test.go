package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWriterDescriptionsKeepTheirGrade: what the writer says of a name (a role in apposition, a
// relative clause, the title of the one who speaks or is cited) is not hedged by the claim the
// sentence reports, nor by a denial of something else; what a document shows is vouched for.
// The same ties told as the reported claim stay alleged.
func TestWriterDescriptionsKeepTheirGrade(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text string
		s, p, o    string
		want       string
	}{
		{"spokesman denying something else",
			"Kim Sovann, a spokesman for the Preah Sihanouk Provincial Police, denied that officers had guarded the compound.",
			"Kim Sovann", model.EmployedBy, "Preah Sihanouk Provincial Police", model.Reported},
		{"chairman in the possessive denying something else",
			"Golden Sands Co., Ltd.'s chairman, Lim Heng, denied that the company plays any part in the resort.",
			"Lim Heng", model.Directs, "Golden Sands Co., Ltd.", model.Reported},
		{"a denial inside the description",
			"Lim Heng, who denies being the chairman of Golden Sands Co., Ltd., spoke to reporters.",
			"Lim Heng", model.Directs, "Golden Sands Co., Ltd.", "none|" + model.Alleged},
		{"documents cited, ownership",
			"Golden Lotus Park is owned by Sunrise Pearl Realty Corporation, according to a concession map obtained by the group.",
			"Sunrise Pearl Realty Corporation", model.Owns, "Golden Lotus Park", model.Reported},
		{"people cited",
			"Golden Lotus Park is owned by Sunrise Pearl Realty Corporation, according to former workers.",
			"Sunrise Pearl Realty Corporation", model.Owns, "Golden Lotus Park", model.Alleged},
		{"relative clause on what witnesses said",
			"Two of the workers said the guards belonged to the Democratic Karen Benevolent Army, which is commanded by General Saw Sein Win.",
			"Saw Sein Win", model.Directs, "Democratic Karen Benevolent Army", model.Reported},
		{"the same tie as the claim",
			"Two of the workers said the Democratic Karen Benevolent Army is commanded by General Saw Sein Win.",
			"Saw Sein Win", model.Directs, "Democratic Karen Benevolent Army", model.Alleged},
		{"speaker's title before a denial",
			"\"We have no part in the tenants' business,\" Golden Sands Co., Ltd. chief executive Lim Heng said.",
			"Lim Heng", model.Directs, "Golden Sands Co., Ltd.", model.Reported},
		{"cited source's title",
			"According to Department of Special Investigation director-general Charoen Wongsakul, the compound is run by Xu Mingfei.",
			"Charoen Wongsakul", model.Directs, "Department of Special Investigation", model.Reported},
		{"the claim the source makes",
			"According to workers, Lim Heng chairs Golden Sands Co., Ltd.",
			"Lim Heng", model.Directs, "Golden Sands Co., Ltd.", model.Alleged},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
		x.Analyze(&d)
		names := map[string]string{}
		for _, e := range d.Entities {
			names[e.ID] = e.Name
		}
		got := "none"
		for _, r := range d.Relations {
			if r.Predicate == c.p && names[r.Subject] == c.s && names[r.Object] == c.o {
				got = r.Grade
			}
		}
		if got != c.want && !(got == "none" && c.want == "none|"+model.Alleged) {
			t.Errorf("%s: %s %s %s graded %s, want %s", c.name, c.s, c.p, c.o, got, c.want)
		}
	}
}
