package extract

import (
	"slices"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPersonOfBody splits "Name Surname of the Body" into the source and the body they
// speak for, and keeps bodies whose own name holds an "of" whole.
func TestPersonOfBody(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a source of a named institute",
			"Marta Kowalczyk of the Asia Migration Research Institute said the numbers were rising.",
			[]string{"Person:Marta Kowalczyk", "Organization:Asia Migration Research Institute"},
			[]string{"Organization:Marta Kowalczyk of the Asia Migration Research Institute"}},
		{"a source of a foundation without the article",
			"Dara Vann of Mekong Rescue Foundation told reporters the workers were freed.",
			[]string{"Person:Dara Vann", "Organization:Mekong Rescue Foundation"},
			nil},
		{"a body whose name holds an of stays whole",
			"The University of Battambang hosted the seminar.",
			[]string{"Organization:University of Battambang"},
			[]string{"Person:University"}},
		{"a title before the name is the title rule's business",
			"Colonel Vann Sophal of the Border Police Command spoke.",
			[]string{"Person:Vann Sophal"},
			[]string{"Organization:Vann Sophal of the Border Police Command"}},
		{"no body after the of",
			"Sok Chanda of Kampong Cham was arrested.",
			nil,
			[]string{"Organization:Sok Chanda of Kampong Cham"}},
	}
	checkNameCases(t, x, "https://news.example.org/d", cases)
}

// TestBracketDefinesAcronym: an acronym in brackets after a name with those initials names
// that body, not another listed under the same letters; a dateline's agency stays the agency.
func TestBracketDefinesAcronym(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"the letters spell the name before them",
			"The Australian Federal Police (AFP) joined the inquiry into the compound.",
			[]string{"Organization:Australian Federal Police"},
			[]string{"Organization:Agence France-Presse"}},
		{"a dateline's agency in brackets",
			"BANGKOK (AFP) - Thai police detained twelve suspects.",
			[]string{"Organization:Agence France-Presse"},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/e", cases)
}

// TestOfficeOfTitles: an office named by titles alone is a body, and a title followed by a
// name still splits off the person.
func TestOfficeOfTitles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text   string
		want   []string
		forbid []string
	}{
		{"Lawyers at the Office of the Solicitor General reviewed the extradition request.",
			[]string{"Organization:Office of the Solicitor General"}, []string{"Person:General"}},
		{"Prosecutors from the Office of the Attorney General appealed the acquittal.",
			[]string{"Organization:Office of the Attorney General"}, []string{"Person:General"}},
		{"High Court Justice Rohana Idris dismissed the bail application.",
			[]string{"Person:Rohana Idris"}, []string{"Organization:High Court Justice Rohana Idris"}},
		{"Chief Justice Alan Ortega read the verdict.",
			[]string{"Person:Alan Ortega"}, []string{"Person:Chief Justice Alan Ortega"}},
		{"The Ministry of Justice and Human Rights answered.",
			[]string{"Organization:Ministry of Justice and Human Rights"}, []string{"Person:Human Rights"}},
		{"Solicitor General Maria Santos reviewed the request.",
			[]string{"Person:Maria Santos"}, []string{"Organization:Solicitor General Maria Santos"}},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/g", Kind: "article", Text: c.text}
		x.Analyze(&d)
		checkNames(t, entityNames(d), c.want, c.forbid)
	}
}

// TestPluralDemonyms: a country's people in the plural are no person's name; a person
// described by the singular is still found.
func TestPluralDemonyms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text   string
		want   []string
		forbid []string
	}{
		{"Freed Indonesians landed in Jakarta on Sunday.", nil, []string{"Person:Freed Indonesians"}},
		{"Indonesian worker Budi Santoso landed in Jakarta.", []string{"Person:Budi Santoso"}, nil},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/h", Kind: "article", Text: c.text}
		x.Analyze(&d)
		checkNames(t, entityNames(d), c.want, c.forbid)
	}
}

// TestCountryQualifiedBody: a listed body named with its country's adjective and its
// acronym in brackets is the listed body, once; without the brackets the name stays as written.
func TestCountryQualifiedBody(t *testing.T) {
	x := newTestExtractor(t)
	d := model.Document{URL: "https://news.example.org/i", Kind: "article",
		Text: "Investigators of the Thai Anti-Money Laundering Office (AMLO) froze the accounts on Monday."}
	x.Analyze(&d)
	if got, want := entityNames(d), []string{"Organization:Anti-Money Laundering Office"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	d = model.Document{URL: "https://news.example.org/j", Kind: "article",
		Text: "Staff of the Thai Anti-Money Laundering Office froze the accounts on Monday."}
	x.Analyze(&d)
	// Without the acronym nothing ties the name to the listed body.
	checkNames(t, entityNames(d), []string{"Organization:Thai Anti-Money Laundering Office"}, nil)
}

// TestOfTheDemonymNoun: "of the" before a country's adjective and a plain noun ends the
// body's name; "of the" before a proper name goes on.
func TestOfTheDemonymNoun(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text   string
		want   []string
		forbid []string
	}{
		{"A spokesman for the Bureau of the Thai police declined to comment.", nil, []string{"Organization:Bureau of the Thai"}},
		{"The Directorate of the Myanmar army issued an order.", nil, []string{"Organization:Directorate of the Myanmar"}},
		{"The Supreme Court of the Philippines upheld the conviction.", []string{"Organization:Supreme Court of the Philippines"}, nil},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/k", Kind: "article", Text: c.text}
		x.Analyze(&d)
		checkNames(t, entityNames(d), c.want, c.forbid)
	}
}
