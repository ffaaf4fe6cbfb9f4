package extract

import (
	"slices"
	"testing"
)

// TestUnlistedNames14 covers the entity rules of extract/1.4.0, a recall case and a
// precision case for each.
func TestUnlistedNames14(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name, or Type:Name=alias for an alias the entity must carry
		forbid []string
	}{
		{"firms named by their trade",
			"Prosecutors said Bright Star Entertainment and Mekong Animation were fronts, and Golden Dragon Studios rented an office.",
			[]string{"Company:Bright Star Entertainment", "Company:Mekong Animation", "Company:Golden Dragon Studios"},
			[]string{"Person:Bright Star Entertainment", "Person:Mekong Animation", "Person:Golden Dragon Studios"}},
		{"a site named for entertainment stays a site",
			"Workers were held at Crystal Palace Entertainment City for months.",
			[]string{"Compound:Crystal Palace Entertainment City"},
			[]string{"Company:Crystal Palace Entertainment City"}},
		{"capitals in a designation notice",
			"The company is owned or controlled by CHEN MENG. Apex Ltd. acts for or on behalf of SOK LIN.",
			[]string{"Person:Chen Meng", "Person:Sok Lin"},
			nil},
		{"capitals that are no person stay nothing",
			"The order was signed by GRAND JURY FOREPERSON. It was reviewed by OFFICE STAFF.",
			nil,
			[]string{"Person:Grand Jury Foreperson", "Person:Office Staff"}},
		{"money traced to a place",
			"Investigators traced the money to Los Angeles and wired funds to Vientiane.",
			[]string{"Location:Los Angeles"},
			[]string{"Person:Los Angeles"}},
		{"a person after 'the money to' without a verb of moving money stays a person",
			"He gave the money to Chen Xiaoyu.",
			nil,
			[]string{"Location:Chen Xiaoyu"}},
		{"the honorific as written is an alias",
			"U Kyaw Zin Htet, a township official, met Daw Khin Mar Oo and Oknha Pich Sovann.",
			[]string{"Person:Kyaw Zin Htet=U Kyaw Zin Htet", "Person:Khin Mar Oo=Daw Khin Mar Oo", "Person:Pich Sovann=Oknha Pich Sovann"},
			[]string{"Person:Kyaw Zin Htet=A Kyaw Zin Htet"}},
		{"the kind of place as written is an alias",
			"The casino lies in Tonpheung district, near Houayxay town.",
			[]string{"Location:Tonpheung=Tonpheung district"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			got := entityNames(d)
			for _, e := range d.Entities {
				for _, a := range e.Aliases {
					got = append(got, e.Type+":"+e.Name+"="+a)
				}
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s; got %v", w, got)
				}
			}
			for _, f := range c.forbid {
				if slices.Contains(got, f) {
					t.Errorf("unwanted %s; got %v", f, got)
				}
			}
		})
	}
}
