package evaluate

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/model"
)

// TestDevSet scores the extractor on the labelled development set and holds it to the
// project's targets: entity F1 >= 0.93 and relation F1 >= 0.95, with relation precision
// >= 0.95.
func TestDevSet(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Evaluate(context.Background(), x, "../../extract/testdata/devset")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.Print(&b)
	t.Log("\n" + b.String())
	if os.Getenv("SCAMGRAPH_EVAL_MISSES") != "" {
		t.Log("\n" + strings.Join(rep.Misses, "\n"))
	}
	if rep.Failed+rep.BadLabels > 0 {
		t.Errorf("%d pages refused, %d label files unreadable:\n%s", rep.Failed, rep.BadLabels, strings.Join(rep.Misses, "\n"))
	}
	if rep.Pages < 25 {
		t.Errorf("development set has %d pages, want >= 25", rep.Pages)
	}
	if f := rep.Entities.F1(); f < 0.93 {
		t.Errorf("entity F1 %.3f < 0.93", f)
	}
	if f := rep.Relations.F1(); f < 0.95 {
		t.Errorf("relation F1 %.3f < 0.95", f)
	}
	// A wrong edge costs journalists more than a missing one: hold precision above recall.
	if p := rep.Relations.P(); p < 0.95 {
		t.Errorf("relation precision %.3f < 0.95", p)
	}
}

// TestScoreMatchesAliasesStrictly matches a label to an extracted entity through the
// entity's own aliases (a gazetteer entry with another canonical name), with equal folded
// keys only: a label that is only part of an alias matches nothing.
func TestScoreMatchesAliasesStrictly(t *testing.T) {
	g := newTestExtractor(t).Gazetteer()
	docs := []model.Document{{Entities: []model.Entity{
		{ID: "organization:karen-national-army", Name: "Karen National Army", Type: model.Organization,
			Aliases: []string{"Karen Border Guard Force"}},
		{ID: "person:kyaw-zin-htet", Name: "Kyaw Zin Htet", Type: model.Person, Aliases: []string{"U Kyaw Zin Htet"}},
	}}}
	cases := []struct {
		label  string
		typ    string
		wantTP int
	}{
		{"Karen Border Guard Force", model.Organization, 1},
		{"KAREN BORDER-GUARD FORCE", model.Organization, 1},
		{"U Kyaw Zin Htet", model.Person, 1},
		{"Border Guard Force", model.Organization, 0},
		{"Karen Border Guard Force", model.Person, 0},
	}
	for _, c := range cases {
		rep := &EvalReport{ByType: map[string]*PRF{}, ByPredicate: map[string]*PRF{}}
		for _, ty := range model.EntityTypes {
			rep.ByType[ty] = &PRF{}
		}
		scorePage(rep, g, "p", DevPage{Entities: []DevEntity{{Name: c.label, Type: c.typ}}}, docs)
		if got := rep.ByType[c.typ].TP; got != c.wantTP {
			t.Errorf("label %s %q: TP %d, want %d", c.typ, c.label, got, c.wantTP)
		}
	}
}

// TestScoreSplitsRecognitionFromRules counts labelled relations whose two ends were found,
// the recall on those, and misses whose ends were tied with another predicate.
func TestScoreSplitsRecognitionFromRules(t *testing.T) {
	g := newTestExtractor(t).Gazetteer()
	ents := []model.Entity{
		{ID: "p", Name: "Sok Dara", Type: model.Person},
		{ID: "c", Name: "Mekong Star Co., Ltd.", Type: model.Company},
		{ID: "s", Name: "Blue Lake Park", Type: model.Compound},
	}
	page := DevPage{
		Entities: []DevEntity{
			{Name: "Sok Dara", Type: model.Person}, {Name: "Mekong Star Co., Ltd.", Type: model.Company},
			{Name: "Blue Lake Park", Type: model.Compound}, {Name: "Chan Vibol", Type: model.Person},
		},
		Relations: []DevRelation{
			{Subject: "Sok Dara", Predicate: model.Directs, Object: "Mekong Star Co., Ltd.", Grade: model.Reported},
			{Subject: "Mekong Star Co., Ltd.", Predicate: model.Operates, Object: "Blue Lake Park", Grade: model.Reported},
			{Subject: "Chan Vibol", Predicate: model.Owns, Object: "Blue Lake Park", Grade: model.Reported},
		},
	}
	cases := []struct {
		name                 string
		rels                 []model.Relation
		wantEnds, wantEndsTP int
		wantOther            int
	}{
		{"nothing linked", nil, 2, 0, 0},
		{"one matched", []model.Relation{{Subject: "p", Predicate: model.Directs, Object: "c", Grade: model.Reported}}, 2, 1, 0},
		{"pair linked with another predicate", []model.Relation{{Subject: "p", Predicate: model.EmployedBy, Object: "c", Grade: model.Reported}}, 2, 0, 1},
		{"co-mention is no link", []model.Relation{{Subject: "c", Predicate: model.MentionedWith, Object: "s", Grade: model.CoMentioned}}, 2, 0, 0},
	}
	for _, c := range cases {
		rep := &EvalReport{ByType: map[string]*PRF{}, ByPredicate: map[string]*PRF{}}
		for _, ty := range model.EntityTypes {
			rep.ByType[ty] = &PRF{}
		}
		scorePage(rep, g, "p", page, []model.Document{{Entities: ents, Relations: c.rels}})
		if rep.EndsFound != c.wantEnds || rep.EndsFoundTP != c.wantEndsTP || rep.OtherPredicate != c.wantOther {
			t.Errorf("%s: ends found %d (TP %d), other predicate %d; want %d (%d), %d", c.name,
				rep.EndsFound, rep.EndsFoundTP, rep.OtherPredicate, c.wantEnds, c.wantEndsTP, c.wantOther)
		}
	}
}

// TestScoreTellsOneSentenceFromSeveral counts a missed relation whose two ends share a
// sentence apart from one whose ends are only named in different sentences.
func TestScoreTellsOneSentenceFromSeveral(t *testing.T) {
	g := newTestExtractor(t).Gazetteer()
	text := "Sok Dara chairs Mekong Star Co., Ltd. and rarely speaks. Blue Lake Park opened in 2021."
	at := func(name string) []model.Mention {
		i := strings.Index(text, name)
		return []model.Mention{{Start: i, End: i + len(name), Text: name}}
	}
	doc := model.Document{Text: text, Entities: []model.Entity{
		{ID: "p", Name: "Sok Dara", Type: model.Person, Mentions: at("Sok Dara")},
		{ID: "c", Name: "Mekong Star Co., Ltd.", Type: model.Company, Mentions: at("Mekong Star Co., Ltd.")},
		{ID: "s", Name: "Blue Lake Park", Type: model.Compound, Mentions: at("Blue Lake Park")},
	}}
	page := DevPage{
		Entities: []DevEntity{
			{Name: "Sok Dara", Type: model.Person}, {Name: "Mekong Star Co., Ltd.", Type: model.Company},
			{Name: "Blue Lake Park", Type: model.Compound},
		},
		Relations: []DevRelation{
			{Subject: "Sok Dara", Predicate: model.Directs, Object: "Mekong Star Co., Ltd.", Grade: model.Reported},
			{Subject: "Mekong Star Co., Ltd.", Predicate: model.Operates, Object: "Blue Lake Park", Grade: model.Reported},
		},
	}
	rep := &EvalReport{ByType: map[string]*PRF{}, ByPredicate: map[string]*PRF{}}
	for _, ty := range model.EntityTypes {
		rep.ByType[ty] = &PRF{}
	}
	scorePage(rep, g, "p", page, []model.Document{doc})
	if rep.EndsFound != 2 || rep.SameSentence != 1 {
		t.Errorf("ends found %d, same sentence %d; want 2 and 1", rep.EndsFound, rep.SameSentence)
	}
}

// TestScorePageCountsAnEntityOnce: the same entity in two documents of one page (a page that
// splits into several) matches its label once.
func TestScorePageCountsAnEntityOnce(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dp := DevPage{Entities: []DevEntity{{Name: "Lim Dara", Type: model.Person}, {Name: "Sok Vanna", Type: model.Person}}}
	e := model.Entity{ID: "person:lim-dara", Name: "Lim Dara", Type: model.Person}
	docs := []model.Document{{Entities: []model.Entity{e}}, {Entities: []model.Entity{e}}}
	rep := &EvalReport{ByType: map[string]*PRF{}, ByPredicate: map[string]*PRF{}, GradeMistakes: map[string]int{}, GradeByGenre: map[string]*[2]int{}}
	for _, ty := range model.EntityTypes {
		rep.ByType[ty] = &PRF{}
	}
	scorePage(rep, x.Gazetteer(), "page", dp, docs)
	if c := rep.ByType[model.Person]; c.TP != 1 || c.FP != 0 || c.FN != 1 {
		t.Errorf("Person TP/FP/FN %d/%d/%d, want 1/0/1", c.TP, c.FP, c.FN)
	}
}
