package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDefinedForm reads the bracket after a name: the forms a text defines for it, and the
// brackets that define nothing (a place, a year, another body's acronym, a class noun that
// does not fit the entity's type).
func TestDefinedForm(t *testing.T) {
	cases := []struct {
		after, name, typ string
		want             string // the form's words, "" when nothing is defined
		generic          bool
	}{
		{` ("Golden Fortune"), a company incorporated`, "Golden Fortune Resorts Co., Ltd.", model.Company, "Golden Fortune", false},
		{` (the "Company"), a money services business`, "PACIFIC CREST REMITTANCE LLC", model.Company, "Company", true},
		{` (“the Company”), which advertised`, "JAYA KERJAYA RECRUITMENT SDN BHD", model.Company, "Company", true},
		{` (hereinafter "the Defendant") and`, "Jonathan Wei Long", model.Person, "Defendant", true},
		{` (hereinafter referred to as "GPD") is`, "Golden Palm Development Co., Ltd.", model.Company, "GPD", false},
		{` (the Company) was`, "Sky Bay Holdings Group Limited", model.Company, "Company", true},
		{` (the "Compound"), where`, "Jade Harbour", model.Compound, "Compound", true},
		{` ("Mr Kong"), as its`, "Kong Vannak", model.Person, "Mr Kong", false},
		// Must not fire.
		{` (the Company) said`, "Li Ming", model.Person, "", false},
		{` (the "Compound") said`, "Bay Star Co., Ltd.", model.Company, "", false},
		{` (Cambodia) Co., Ltd.`, "Golden Bay Holdings", model.Company, "", false},
		{` (2021) found`, "Golden Bay Holdings", model.Company, "", false},
		{` ("PAOCC") raided`, "Prince Group", model.Company, "", false},
		{` ("Harbour Star"), a firm`, "Golden Bay Holdings", model.Company, "", false},
		{` (PGD) and`, "Golden Palm Development", model.Company, "", false},
		{` (the Company, its parent)`, "Golden Bay Holdings", model.Company, "", false},
		{`, the Company`, "Golden Bay Holdings", model.Company, "", false},
	}
	for _, c := range cases {
		e := &docEntity{name: c.name, typ: c.typ}
		words, skip, generic, ok := definedForm(c.after, e)
		got := ""
		if ok {
			got = strings.Join(words, " ")
		}
		if got != c.want || ok && generic != c.generic {
			t.Errorf("definedForm(%q) after %s: got %q (generic %v, skip %d), want %q (generic %v)", c.after, c.name, got, generic, skip, c.want, c.generic)
		}
	}
}

// TestDefinedTermsBind holds defined forms to the entity they were defined after, ahead of
// the nearest firm, and leaves a form defined for no fitting entity unbound.
func TestDefinedTermsBind(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text      string
		want, not []rel
	}{
		{
			// "the Company" is the defined firm, not Harbour Star, the firm named last.
			text: `Chen Wei founded Sunrise Crest Holdings Co., Ltd. (the "Company") in 2019. ` +
				`In 2021 it paid Harbour Star Trading Ltd., a shell firm, for consulting. ` +
				`Liu Fang was the sole owner of the Company.`,
			want: []rel{{s: "Liu Fang", p: model.Owns, o: "Sunrise Crest Holdings Co., Ltd."}},
			not:  []rel{{s: "Liu Fang", p: model.Owns, o: "Harbour Star Trading Ltd."}},
		},
		{
			// A defined site name: "the Compound" after the site, operated by a firm.
			text: `Huang Jianping controlled a walled compound in Sihanoukville known as Jade Cove (the "Compound"). ` +
				`Meridian Cove Group Co., Ltd. later registered an office in Phnom Penh. ` +
				`The Compound was operated by Meridian Cove Group Co., Ltd.`,
			want: []rel{{s: "Meridian Cove Group Co., Ltd.", p: model.Operates, o: "Jade Cove"}},
		},
	}
	for _, c := range cases {
		got, d := analyzeText(t, x, c.text)
		for _, w := range c.want {
			if _, ok := got[[3]string{w.s, w.p, w.o}]; !ok {
				t.Errorf("missing %s %s %s in %q\ngot %v\nentities %v", w.s, w.p, w.o, c.text, keys(got), entityNames(d))
			}
		}
		for _, n := range c.not {
			if _, ok := got[[3]string{n.s, n.p, n.o}]; ok {
				t.Errorf("unexpected %s %s %s in %q", n.s, n.p, n.o, c.text)
			}
		}
	}
}

// TestDefinedTermsNotForPerson checks that "(the Company)" after a person binds no later
// "the Company" to that person.
func TestDefinedTermsNotForPerson(t *testing.T) {
	x := newTestExtractor(t)
	_, d := analyzeText(t, x, `Investors met Li Ming (the Company) in Bangkok. Bay Star Co., Ltd. hired staff. Ma Jun owns the Company.`)
	for _, e := range d.Entities {
		if e.Type != model.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Text == "Company" {
				t.Errorf("person %s took the mention %q", e.Name, m.Text)
			}
		}
	}
}

// TestClauseVerb reads the participle that carries a passive to its agent.
func TestClauseVerb(t *testing.T) {
	cases := []struct{ gap, verb, want string }{
		{" was built was owned by ", "built", "owned"},      // "the land on which the Park was built was owned by A"
		{" was built is run by ", "built", "run"},           // a second clause with its own verb
		{" was built and run by ", "built", "built"},        // one clause: the first participle stands
		{" was operated by ", "operated", "operated"},       // plain passive
		{" was built was later sold by ", "built", "built"}, // no reading for the second verb
	}
	for _, c := range cases {
		if got := clauseVerb(c.gap, c.verb); got != c.want {
			t.Errorf("clauseVerb(%q, %q) = %q, want %q", c.gap, c.verb, got, c.want)
		}
	}
}
