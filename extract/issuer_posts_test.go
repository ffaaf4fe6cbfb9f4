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
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := analyzeAt(t, x, c.url, c.text)
			for _, w := range c.want {
				if _, ok := got[[3]string{w.s, w.p, w.o}]; !ok {
					t.Errorf("missing %s %s %s; got %v", w.s, w.p, w.o, keysOf(got))
				}
			}
			for _, f := range c.forbid {
				if _, ok := got[[3]string{f.s, f.p, f.o}]; ok {
					t.Errorf("unexpected %s %s %s", f.s, f.p, f.o)
				}
			}
		})
	}
}

func keysOf(m map[[3]string]model.Relation) [][3]string {
	var out [][3]string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestIssuerPostGrade: the post of an official quoted in the issuing body's own release is
// the authority's statement about itself, so official; the "said" of the quote does not hedge
// it.
func TestIssuerPostGrade(t *testing.T) {
	x := newTestExtractor(t)
	got := analyzeAt(t, x, "https://home.treasury.gov/news/press-releases/sb0001",
		"Today, the Department of the Treasury's Office of Foreign Assets Control designated Golden Reed Leisure Corp. for its role in forced labor. \"Scam centers exploit trafficked workers,\" said Acting Under Secretary for Terrorism and Financial Intelligence Daniel Okafor.")
	var found bool
	for k, r := range got {
		if k[0] == "Daniel Okafor" && k[1] == model.EmployedBy {
			found = true
			if r.Grade != model.Official {
				t.Errorf("%v graded %s, want %s", k, r.Grade, model.Official)
			}
		}
	}
	if !found {
		t.Fatalf("no post for Daniel Okafor; got %v", keysOf(got))
	}
}
