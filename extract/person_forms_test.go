package extract

import (
	"slices"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPersonForms keeps the form a text writes after a courtesy title or a rank as an alias
// of the person, strips "H.E." and police ranks from names, and joins a father's name after
// "s/o"; a post's title is no such form.
func TestPersonForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name      string
		text      string
		person    string
		alias     string // "" when the person must have no alias with a title
		notPerson []string
	}{
		{"a courtesy title with a dot", "The court issued a warrant for Mr. Anan Phromsri, a Thai national.",
			"Anan Phromsri", "Mr. Anan Phromsri", nil},
		{"a woman's courtesy title", "The recruiter, Ms. Hnin Wai, was arrested in Yangon.",
			"Hnin Wai", "Ms. Hnin Wai", nil},
		{"a military rank of two words", "Survivors named Major General Chea Samnang, the garrison commander.",
			"Chea Samnang", "Major General Chea Samnang", nil},
		{"a Khmer honorific", "The land belongs to the firm of Oknha Lim Chanthy.",
			"Lim Chanthy", "Oknha Lim Chanthy", nil},
		{"His Excellency abbreviated is no part of the name", "H.E. Sok Vanna appealed to parents to check job offers.",
			"Sok Vanna", "", []string{"H.E. Sok Vanna"}},
		{"a police rank abbreviation is no part of the name", "Police spokesman SSP Ruwan Silva said two men were held.",
			"Ruwan Silva", "", []string{"SSP Ruwan Silva"}},
		{"a father's name after s/o", "Defence counsel, Mr Suresh s/o Ramasamy, asked for mercy.",
			"Suresh s/o Ramasamy", "Mr Suresh s/o Ramasamy", []string{"Suresh", "Ramasamy"}},
		{"precision: an office before the name is no courtesy form", "Governor Chan Dara visited the site on Monday.",
			"Chan Dara", "", []string{"Governor Chan Dara"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			var got *model.Entity
			for i, e := range d.Entities {
				if e.Type == model.Person && e.Name == c.person {
					got = &d.Entities[i]
				}
				if e.Type == model.Person && slices.Contains(c.notPerson, e.Name) {
					t.Errorf("person %q found", e.Name)
				}
			}
			if got == nil {
				t.Fatalf("no person %q in %v", c.person, entityNames(d))
			}
			if c.alias != "" && !slices.Contains(got.Aliases, c.alias) {
				t.Errorf("aliases of %s = %v, want %q among them", got.Name, got.Aliases, c.alias)
			}
			if c.alias == "" {
				for _, a := range got.Aliases {
					if a != got.Name && len(a) > len(got.Name) {
						t.Errorf("aliases of %s = %v, want no titled form", got.Name, got.Aliases)
					}
				}
			}
		})
	}
}

// TestCueOverShape: a firm named once in full and then by a short form that looks like a
// person's name stays a firm; a person named with a title keeps the person's type.
func TestCueOverShape(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, want string
		forbid           []string
	}{
		{"a firm's short form written like a name",
			"Workers said the park is run by Golden Reed Group. The boss is the owner of Golden Reed. Golden Reed sold the park last year. Golden Reed's page denies it.",
			"Company:Golden Reed Group", []string{"Person:Golden Reed", "Person:Golden Reed Group"}},
		{"a firm with its legal form and a short form",
			"The land is held by Stone Crest Holdings Co., Ltd. In 2019 officials granted Stone Crest a concession. Stone Crest said nothing.",
			"Company:Stone Crest Holdings Co., Ltd.", []string{"Person:Stone Crest", "Location:Stone Crest"}},
		{"precision: a titled person keeps the person's type",
			"Oknha Meas Sovann owns the land. Meas Sovann Group built the towers. Meas Sovann declined to comment.",
			"Person:Meas Sovann", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), []string{c.want}, c.forbid)
		})
	}
}

// TestHyphenedRanks covers ranks that stood in names: a police patrolman's and a rank
// written with a hyphen ("Lt-Col"); the rank alone names no one.
func TestHyphenedRanks(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a patrolman's rank", "Patrolman Jomar Ilagan escorted the vans to the gate.", []string{"Person:Jomar Ilagan"}, []string{"Person:Patrolman Jomar Ilagan"}},
		{"a rank with a hyphen", "The guards answer to Lt-Col Aung Zaw Lin, who commands the unit.", []string{"Person:Aung Zaw Lin"}, []string{"Person:Lt-Col Aung Zaw Lin"}},
		{"the rank alone", "A Lt-Col of the battalion and a patrolman from Naic were seen at the gate.", nil, []string{"Person:Lt-Col", "Person:Patrolman"}},
	}
	checkNameCases(t, x, "https://news.example.org/2026/story", cases)
}
