package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestGenericBodiesStayInTheirCountry: a bare "Ministry of Foreign Affairs" is Thailand's in a
// page about Thailand only, and a body of its own page where the page names several countries
// or none; a body written with its country keeps its name.
func TestGenericBodiesStayInTheirCountry(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, url, text string
		wantName        string
		wantID          func(string) bool
		wantCountry     string
	}{
		{"one country", "https://news.test/a",
			"The Ministry of Foreign Affairs said on Monday that 40 workers had returned to Thailand from the border.",
			"Ministry of Foreign Affairs of Thailand", func(id string) bool {
				return id == model.EntityID(model.Organization, "Ministry of Foreign Affairs of Thailand")
			}, "Thailand"},
		{"two countries", "https://news.test/b",
			"The Ministry of Foreign Affairs said workers had crossed from Cambodia into Thailand.",
			"Ministry of Foreign Affairs", func(id string) bool {
				return strings.HasPrefix(id, model.EntityID(model.Organization, "Ministry of Foreign Affairs")+"-")
			}, ""},
		{"no country", "https://news.test/c",
			"The Supreme Court upheld the sentence of the compound's manager, Lim Heng.",
			"Supreme Court", func(id string) bool {
				return strings.HasPrefix(id, model.EntityID(model.Organization, "Supreme Court")+"-")
			}, ""},
	}
	ids := map[string]string{}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &model.Document{URL: c.url, Text: c.text}
			x.Analyze(d)
			var found *model.Entity
			for i := range d.Entities {
				if d.Entities[i].Type == model.Organization && strings.Contains(d.Entities[i].Name, strings.Fields(c.wantName)[0]) {
					found = &d.Entities[i]
				}
			}
			if found == nil {
				t.Fatalf("no body found in %q: %+v", c.text, d.Entities)
			}
			if found.Name != c.wantName || !c.wantID(found.ID) || found.Country != c.wantCountry {
				t.Errorf("body %q id %q country %q, want %q, country %q", found.Name, found.ID, found.Country, c.wantName, c.wantCountry)
			}
			ids[c.name] = found.ID
		})
	}
	if ids["two countries"] != "" && ids["two countries"] == ids["one country"] {
		t.Error("two pages' ministries share one id")
	}
}
