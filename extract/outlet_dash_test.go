package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDashSite covers a site's name after a dash closing the title (outlet_dash.go), and
// headlines whose own dash names no site.
func TestDashSite(t *testing.T) {
	cases := []struct{ title, want string }{
		{"Across the river, a new compound rises - Border Dispatch", "Border Dispatch"},
		{"Police sweep the zone, detaining 300 – Asia Frontline", "Asia Frontline"},
		{"Raid in Bavet — The Coastal Examiner", "The Coastal Examiner"},
		{"Police raid casino tower in Bavet - 300 freed", ""},
		{"Golden Reef - who owns the land?", ""},
		{"Raid in Bavet - Police say the compound was empty after the raid", ""},
		{"Police raid casino tower in Bavet", ""},
		{"- Border Dispatch", ""},
	}
	for _, c := range cases {
		if got := titleSite(c.title); got != c.want {
			t.Errorf("titleSite(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestOutletWithoutThe covers an outlet whose name opens with "The", written in the body
// after a lower-case "the" (the article then stays out of the mention).
func TestOutletWithoutThe(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name    string
		outlets []string
		text    string
		want    []string
		forbid  []string
	}{
		{"the outlet's name with its article", []string{"The Coastal Examiner"},
			"Filings seen by The Coastal Examiner list Tan Mei Ling as the owner. Workers told the Coastal Examiner they were beaten.",
			[]string{"Organization:Coastal Examiner", "Person:Tan Mei Ling"},
			[]string{"Person:Coastal Examiner"}},
		{"an outlet of one word after The is not cut to nothing", []string{"The Observer"},
			"Filings seen by Tan Mei Ling were shared.",
			[]string{"Person:Tan Mei Ling"},
			[]string{"Organization:Tan Mei Ling"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.analyze(&d, c.outlets, "")
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
