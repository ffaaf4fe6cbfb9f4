package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestClauseCommas holds clauseComma: a relative clause or apposition between a name and its
// verb ends at the comma that closes it, not at the comma grouping a number's digits ("which
// fields an estimated 1,500 troops,"). A description standing for a name ("The militia")
// reads the same way. Precision beside recall: a denial, a hedge, a second name in the
// clause, a number list where a real comma closes the clause.
func TestClauseCommas(t *testing.T) {
	x := newTestExtractor(t)
	dir := func(a, b string) rel { return rel{a, model.Directs, b, ""} }
	cases := []relCase{
		{"a body's relative clause with a grouped number, then its passive commander",
			"The Kaw Reed Militia, which fields an estimated 1,500 troops, is commanded by Col. Saw Ba Hla.",
			[]rel{dir("Saw Ba Hla", "Kaw Reed Militia")}, nil},
		{"a coordinated relative clause ending in a grouped number",
			"The Kaw Reed Militia, which broke away from the army in 1995 and now fields about 2,000 fighters, is led by Saw Ba Hla.",
			[]rel{dir("Saw Ba Hla", "Kaw Reed Militia")}, nil},
		{"a firm's clause with a sum in digit groups, then its chairman",
			"Golden Sky Holdings Co., Ltd., which reported revenue of 12,500,000 baht last year, is chaired by Wang Leiming.",
			[]rel{dir("Wang Leiming", "Golden Sky Holdings Co., Ltd.")}, nil},
		{"the description of a body named the sentence before",
			"Fighters from the Kaw Reed Militia still man the gates of Jade Reed Park. The militia, which broke away from the Karen National Union in 1995 and now fields an estimated 1,500 troops, is commanded by Col. Saw Ba Hla.",
			[]rel{dir("Saw Ba Hla", "Kaw Reed Militia")}, nil},
		{"a site's apposition holding a list: its place, and the verb after it",
			"Jade Reed Park, a walled complex of casinos, hotels and dormitories in Myawaddy, is run by Golden Sky Holdings Co., Ltd.",
			[]rel{{"Jade Reed Park", model.LocatedIn, "Myawaddy", ""}, {"Golden Sky Holdings Co., Ltd.", model.Operates, "Jade Reed Park", ""}}, nil},
		{"a grouped figure and a list in one apposition, then a place verb",
			"Golden Reed Special Economic Zone, a 3,000-hectare enclave of casinos, hotels and apartment towers in Ton Pheung district, sits on the Mekong River.",
			[]rel{{"Golden Reed Special Economic Zone", model.LocatedIn, "Ton Pheung", ""}, {"Golden Reed Special Economic Zone", model.LocatedIn, "Mekong River", ""}}, nil},
		{"a listed apposition, then a guard passive told by police",
			"Jade Reed Park, a walled complex of casinos, hotels and dormitories, is guarded by soldiers of the Kaw Reed Militia, police said.",
			[]rel{{"Kaw Reed Militia", model.Protects, "Jade Reed Park", model.Alleged}}, nil},
		// Precision.
		{"a verb phrase after a unit's apposition, then a relative clause on its objects",
			"Hengda Holdings, a unit of Prince Group, manages two hotels and a casino, which are owned by Chen Zhi.",
			nil, []rel{{"Chen Zhi", model.Owns, "Hengda Holdings", ""}}},
		{"an irregular past after a partner's apposition",
			"Hengda Holdings, a partner of Li Ming, ran casinos and hotels, all owned by Chen Zhi.",
			nil, []rel{{"Chen Zhi", model.Owns, "Hengda Holdings", ""}}},
		{"a verb in -s after a list, then a relative clause on its objects",
			"Jade Reed Park, a complex of casinos, hotels and dormitories, houses workers and guards, who are commanded by Saw Ba Hla.",
			nil, []rel{{"Saw Ba Hla", model.Operates, "Jade Reed Park", ""}, {"Saw Ba Hla", model.Directs, "Jade Reed Park", ""}}},
		{"a site that borders villages others protect",
			"Jade Reed Park, a complex of casinos, hotels and dormitories, borders farms and villages, which are protected by the Kaw Reed Militia.",
			nil, []rel{{"Kaw Reed Militia", model.Protects, "Jade Reed Park", ""}}},
		{"a firm that controls casinos others sanctioned",
			"Hengda Holdings, a unit of Prince Group, controls hotels and casinos, which were sanctioned by the US Treasury.",
			nil, []rel{{"Hengda Holdings", model.SanctionedBy, "US Treasury", ""}, {"Hengda Holdings", model.SanctionedBy, "US Department of the Treasury", ""}}},
		{"a denial after the clause",
			"The Kaw Reed Militia, which fields an estimated 1,500 troops, is not commanded by Saw Ba Hla.",
			nil, []rel{dir("Saw Ba Hla", "Kaw Reed Militia")}},
		{"another body inside the clause is the object of its verb, not the commanded one",
			"The Kaw Reed Militia, which pays 1,500 dollars a month to the Thaung Reed Army, is commanded by Saw Ba Hla.",
			[]rel{dir("Saw Ba Hla", "Kaw Reed Militia")}, []rel{dir("Saw Ba Hla", "Thaung Reed Army")}},
		{"a person inside the clause gives money, commands nothing",
			"The Kaw Reed Militia, which received 1,500 dollars from Li Ming, is commanded by Saw Ba Hla.",
			[]rel{dir("Saw Ba Hla", "Kaw Reed Militia")}, []rel{dir("Li Ming", "Kaw Reed Militia")}},
		{"a hedge lowers the grade",
			"The Kaw Reed Militia, which fields an estimated 1,500 troops, is reportedly commanded by Saw Ba Hla.",
			[]rel{{"Saw Ba Hla", model.Directs, "Kaw Reed Militia", model.Alleged}}, nil},
		{"a quote lowers the grade",
			"\"The Kaw Reed Militia, which fields 1,500 troops, is commanded by Saw Ba Hla,\" the spokesman said.",
			[]rel{{"Saw Ba Hla", model.Directs, "Kaw Reed Militia", model.Alleged}}, nil},
		{"a relative named by kin, not by name: nobody is read",
			"Saw Ba Hla and his son Saw Eh Hla joined the Kaw Reed Militia in 2001. The militia, which now fields an estimated 1,500 troops, is commanded by the son.",
			nil, []rel{dir("Saw Ba Hla", "Kaw Reed Militia"), dir("Saw Eh Hla", "Kaw Reed Militia")}},
		{"a listed apposition, then a denial",
			"Jade Reed Park, a walled complex of casinos, hotels and dormitories, denied that it was run by Li Ming.",
			nil, []rel{{"Li Ming", model.Operates, "Jade Reed Park", ""}}},
		{"a listed apposition placed near a town: no place",
			"Jade Reed Park, a walled complex of casinos, hotels and dormitories near Myawaddy, is run by Li Ming.",
			[]rel{{"Li Ming", model.Operates, "Jade Reed Park", ""}}, []rel{{"Jade Reed Park", model.LocatedIn, "Myawaddy", ""}}},
		{"two bodies before the description: the description is refused",
			"Fighters from the Kaw Reed Militia and the Thaung Reed Militia still man the gates of Jade Reed Park. The militia, which now fields an estimated 1,500 troops, is commanded by Col. Saw Ba Hla.",
			nil, []rel{dir("Saw Ba Hla", "Kaw Reed Militia"), dir("Saw Ba Hla", "Thaung Reed Militia")}},
	}
	checkRelCases(t, x, cases)
}

// TestClauseCommaIndex holds clauseComma itself.
func TestClauseCommaIndex(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"which fields 1,500 troops, is", strings.Index("which fields 1,500 troops, is", "s, ") + 1},
		{"which fields 12,500,000 baht, is", strings.Index("which fields 12,500,000 baht, is", "t, ") + 1},
		{"formed in 1995, 300 left", strings.Index("formed in 1995, 300 left", ",")},
		{"paid 1,50 dollars, is", strings.Index("paid 1,50 dollars, is", ",")},
		{"paid 1,5000 dollars, is", strings.Index("paid 1,5000 dollars, is", ",")},
		{"no comma", -1},
		{"of twenty buildings, was raided and closed", strings.Index("of twenty buildings, was raided and closed", ",")},
		{"of casinos, hotels and towers in x, sits", strings.Index("of casinos, hotels and towers in x, sits", "x,") + 1},
		{"ends 1,500", -1},
	} {
		if got := clauseComma(c.s); got != c.want {
			t.Errorf("clauseComma(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
