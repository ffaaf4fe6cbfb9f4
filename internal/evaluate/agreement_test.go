package evaluate

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLabellersAgree holds the labelled sets to the agreement of two readers: the pages of
// devset8, devset9 and validation were labelled a second time by writers who saw only the pages
// and the vocabulary brief. If two careful readers did not agree well above the extractor's targets,
// those targets would measure the labels, not the extractor.
func TestLabellersAgree(t *testing.T) {
	cases := []struct {
		set            string
		pages          int
		entity, relate float64 // lowest agreement F1 the labels are held to
	}{
		{"devset8", 15, 0.95, 0.90},
		{"devset9", 15, 0.95, 0.90},
		// Sealed: only the aggregate lines below are printed.
		{"validation", 50, 0.93, 0.85},
	}
	for _, tc := range cases {
		dir := filepath.Join("../../extract/testdata", tc.set)
		ag, err := CompareLabels(dir, filepath.Join(dir, "second"))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s:\n%s", tc.set, ag)
		if ag.Pages != tc.pages {
			t.Errorf("%s: %d pages compared, want %d", tc.set, ag.Pages, tc.pages)
		}
		if f := ag.Entities.F1(); f < tc.entity {
			t.Errorf("%s: entity agreement F1 %.3f < %.2f", tc.set, f, tc.entity)
		}
		if f := ag.Relations.F1(); f < tc.relate {
			t.Errorf("%s: relation agreement F1 %.3f < %.2f", tc.set, f, tc.relate)
		}
	}
}

func TestCompareLabels(t *testing.T) {
	base := DevPage{
		Entities: []DevEntity{
			{Name: "Sokha Vannak", Type: "Person", Aliases: []string{"Vannak", "he"}},
			{Name: "Golden Reed Holdings Co., Ltd.", Type: "Company", Aliases: []string{"the company"}},
			{Name: "Reed Bay Park", Type: "Compound"},
			{Name: "Lim Chea", Type: "Person"},
		},
		Relations: []DevRelation{
			{Subject: "Sokha Vannak", Predicate: "DIRECTS", Object: "Golden Reed Holdings Co., Ltd.", Grade: "reported"},
			{Subject: "Golden Reed Holdings Co., Ltd.", Predicate: "OPERATES", Object: "Reed Bay Park", Grade: "alleged"},
			{Subject: "Sokha Vannak", Predicate: "FAMILY_OF", Object: "Lim Chea", Grade: "reported"},
		},
	}
	cases := []struct {
		name             string
		second           DevPage
		entTP, entFP     int
		relTP, relFP, fn int
		sameGrade        int
	}{
		{"identical", base, 4, 0, 3, 0, 0, 3},
		{
			// Entities tie through a shared alias; a symmetric relation in the other order
			// agrees; a differing grade still agrees on the relation.
			"other names, other order", DevPage{
				Entities: []DevEntity{
					{Name: "Vannak", Type: "Person"},
					{Name: "Golden Reed Holdings", Type: "Company", Aliases: []string{"Golden Reed Holdings Co., Ltd."}},
					{Name: "Reed Bay Park", Type: "Compound"},
					{Name: "Lim Chea", Type: "Person"},
				},
				Relations: []DevRelation{
					{Subject: "Vannak", Predicate: "DIRECTS", Object: "Golden Reed Holdings", Grade: "reported"},
					{Subject: "Golden Reed Holdings", Predicate: "OPERATES", Object: "Reed Bay Park", Grade: "reported"},
					{Subject: "Lim Chea", Predicate: "FAMILY_OF", Object: "Vannak", Grade: "reported"},
				},
			}, 4, 0, 3, 0, 0, 2,
		},
		{
			// "the company" is a reference, not a name: it ties nothing; a type mismatch
			// ties nothing either.
			"references and types do not tie", DevPage{
				Entities: []DevEntity{
					{Name: "The Company", Type: "Company", Aliases: []string{"the company"}},
					{Name: "Reed Bay Park", Type: "Location"},
					{Name: "Sokha Vannak", Type: "Person"},
				},
				Relations: []DevRelation{
					{Subject: "Sokha Vannak", Predicate: "DIRECTS", Object: "The Company", Grade: "reported"},
				},
			}, 1, 2, 0, 1, 3, 0,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			write := func(sub string, dp DevPage) {
				if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
					t.Fatal(err)
				}
				raw, _ := json.Marshal(dp)
				if err := os.WriteFile(filepath.Join(dir, sub, "01-news-x.json"), raw, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			write("a", base)
			write("b", tc.second)
			ag, err := CompareLabels(filepath.Join(dir, "a"), filepath.Join(dir, "b"))
			if err != nil {
				t.Fatal(err)
			}
			if ag.Entities.TP != tc.entTP || ag.Entities.FP != tc.entFP {
				t.Errorf("entities agreed %d, second only %d; want %d, %d", ag.Entities.TP, ag.Entities.FP, tc.entTP, tc.entFP)
			}
			if ag.Relations.TP != tc.relTP || ag.Relations.FP != tc.relFP || ag.Relations.FN != tc.fn {
				t.Errorf("relations %+v; want TP %d FP %d FN %d", ag.Relations, tc.relTP, tc.relFP, tc.fn)
			}
			if ag.SameGrade != tc.sameGrade {
				t.Errorf("same grade %d, want %d", ag.SameGrade, tc.sameGrade)
			}
		})
	}
	if _, err := CompareLabels(t.TempDir(), t.TempDir()); err == nil {
		t.Error("an empty first labelling gave no error")
	}
}

// A page the second labelling lacks is an error that names it, not a smaller comparison.
func TestCompareLabelsMissingPage(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(a, "07-court-y.json"), []byte(`{"entities":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := CompareLabels(a, b)
	if err == nil || !strings.Contains(err.Error(), "07-court-y.json") {
		t.Fatalf("err = %v, want one naming the missing page", err)
	}
}
