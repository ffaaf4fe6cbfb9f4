package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// analyzeAt runs the text half of the pipeline on a text published at url and returns its
// relations keyed by entity names.
func analyzeAt(t *testing.T, x *Extractor, url, text string) map[[3]string]model.Relation {
	t.Helper()
	d := model.Document{URL: url, Kind: "article", Text: text}
	x.Analyze(&d)
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	out := map[[3]string]model.Relation{}
	for _, r := range d.Relations {
		if r.Predicate != model.MentionedWith {
			out[[3]string{names[r.Subject], r.Predicate, names[r.Object]}] = r
		}
	}
	return out
}

// TestIssuerPosts holds the rule of issuer_posts.go: an official quoted by a title that
// names no body, in the release of the body that issued it, holds the post there.
func TestIssuerPosts(t *testing.T) {
	x := newTestExtractor(t)
	const gov, news = "https://www.example.gov/news/release-1", "https://news.example.org/2026/story"
	cases := []struct {
		name, url, text string
		want, forbid    []rel
	}{
		{"a title with a portfolio before the name", gov,
			"Today, the Department of Commerce announced export limits on three firms. The firms shipped parts to a casino in Laos. \"These limits protect consumers,\" said Deputy Secretary for Trade Enforcement Laura Brennan.",
			[]rel{{"Laura Brennan", model.EmployedBy, "Department of Commerce", ""}}, nil},
		{"a minister for a portfolio set off after the name", gov,
			"The Ministry of Foreign Trade has today listed two exporters. Minister for the Pacific, Arthur Pennington, said: \"We act with our partners.\"",
			[]rel{{"Arthur Pennington", model.EmployedBy, "Ministry of Foreign Trade", ""}}, nil},
		{"a spokesperson named after the title, later in the release", gov,
			"The Department of Labour fined four agencies on Monday. The agencies sent workers to compounds in Myanmar. A statement was issued at noon. \"Recruiters must check every offer,\" the spokeswoman, Grace Oduya, said.",
			[]rel{{"Grace Oduya", model.EmployedBy, "Department of Labour", ""}}, nil},
		{"not in a text that is no body's own release", news,
			"Today, the Department of Commerce announced export limits on three firms. \"These limits protect consumers,\" said Deputy Secretary for Trade Enforcement Laura Brennan.",
			nil, []rel{{"Laura Brennan", model.EmployedBy, "Department of Commerce", ""}}},
		{"a minister whose portfolio is the body's own field heads it", gov,
			"The sanctions are administered by the Department of Foreign Affairs and Trade. \"They protect our people,\" the Minister for Foreign Affairs, Senator Ruth Calder, said.",
			nil, []rel{{"Ruth Calder", model.EmployedBy, "Department of Foreign Affairs and Trade", ""}}},
		{"a release that names a firm first has no issuer", gov,
			"Golden Harbour Co., Ltd. was fined by the Department of Commerce today. \"The fine is fair,\" said Deputy Secretary Laura Brennan.",
			nil, []rel{{"Laura Brennan", model.EmployedBy, "Department of Commerce", ""}}},
		{"a title after another body's name is that body's post", gov,
			"Today, the Department of Commerce listed three firms. \"We traced the funds,\" said Federal Bureau of Investigation Special Agent Tom Reyes.",
			nil, []rel{{"Tom Reyes", model.EmployedBy, "Department of Commerce", ""}}},
		{"a speaker quoted without a title", gov,
			"Today, the Department of Commerce listed three firms. \"It is about time,\" said Laura Brennan, a victim of the scheme.",
			nil, []rel{{"Laura Brennan", model.EmployedBy, "Department of Commerce", ""}}},
		{"a minister for a portfolio after the body's own name, in a release that names a firm first", gov,
			"Golden Harbour Co., Ltd. runs a compound in Kandal. The Foreign, Commonwealth and Development Office (FCDO) has today sanctioned the firm. FCDO Minister for the Indo-Pacific Arthur Pennington said: \"We act with our partners.\"",
			[]rel{{"Arthur Pennington", model.EmployedBy, "Foreign, Commonwealth and Development Office", ""}}, nil},
		{"the body's name, then the portfolio title set off by commas", gov,
			"Golden Harbour Co., Ltd. runs a compound in Kandal. The Ministry of Trade (MOT) has today sanctioned the firm. MOT Minister for the Pacific, Arthur Pennington, said the firm had been warned.",
			[]rel{{"Arthur Pennington", model.EmployedBy, "Ministry of Trade", ""}}, nil},
		// Must not fire.
		{"a firm's name before the title is no government post", gov,
			"The Department of Foreign Trade has today listed two exporters. Golden Harbour Co., Ltd. Minister for the Pacific Arthur Pennington said: \"We act.\"",
			nil, []rel{{"Arthur Pennington", model.EmployedBy, "Golden Harbour Co., Ltd.", ""},
				{"Arthur Pennington", model.EmployedBy, "Department of Foreign Trade", ""}}},
		{"an armed group's minister is no post in the government that lists it", gov,
			"The Department of Foreign Trade has today listed the Karen National Union. Karen National Union Minister for Defence Saw Hla Tun said the listing was unfair.",
			nil, []rel{{"Saw Hla Tun", model.EmployedBy, "Department of Foreign Trade", ""}}},
		{"another government's body named before the speaker's title", "https://www.gov.uk/government/news/x",
			"The Foreign, Commonwealth and Development Office has today sanctioned five people. Speaking after talks with the Thai Ministry of Foreign Affairs, Minister for the Indo-Pacific Arthur Pennington said: \"We will act.\"",
			nil, []rel{{"Arthur Pennington", model.EmployedBy, "Ministry of Foreign Affairs of Thailand", ""}}},
		{"a body's title with a portfolio in a news text is not read", news,
			"Golden Harbour Co., Ltd. runs a compound in Kandal. The Ministry of Trade (MOT) has today sanctioned the firm. MOT Minister for the Pacific, Arthur Pennington, said the firm had been warned.",
			nil, []rel{{"Arthur Pennington", model.EmployedBy, "Ministry of Trade", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkRelations(t, analyzeAt(t, x, c.url, c.text), c.want, c.forbid)
		})
	}
}
