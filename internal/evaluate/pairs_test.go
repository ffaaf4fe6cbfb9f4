package evaluate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestLabelledClassAndHolds(t *testing.T) {
	gold := map[rk]DevRelation{
		{0, model.Owns, 1}:     {},
		{2, model.FamilyOf, 3}: {},
	}
	cases := []struct {
		a, b int
		want PairClass
	}{
		{0, 1, PairClass{Predicate: model.Owns}},
		{1, 0, PairClass{Predicate: model.Owns, Reverse: true}},
		{3, 2, PairClass{Predicate: model.FamilyOf}}, // symmetric: either order, forwards
		{0, 2, PairClass{}},
		{-1, 1, PairClass{}},
	}
	for _, c := range cases {
		got := labelledClass(gold, c.a, c.b)
		if got != c.want {
			t.Errorf("labelledClass(%d, %d) = %v, want %v", c.a, c.b, got, c.want)
		}
		if c.want.Predicate != "" && !holds(gold, c.a, c.b, got) {
			t.Errorf("holds(%d, %d, %v) = false", c.a, c.b, got)
		}
	}
	if holds(gold, 0, 1, PairClass{Predicate: model.Owns, Reverse: true}) {
		t.Error("holds reads OWNS backwards")
	}
	if holds(gold, 0, 1, PairClass{}) {
		t.Error("holds counts \"none\" as a relation")
	}
}

// TestCrossValidateSeparable: pairs whose features name their class are learned on some
// sets and found right on the others; pairs a rule tied are not counted.
func TestCrossValidateSeparable(t *testing.T) {
	d := &PairData{Classes: pairClasses()}
	owns := 0
	for i, c := range d.Classes {
		if c == (PairClass{Predicate: model.Owns}) {
			owns = i
		}
	}
	for s := range 4 {
		d.pages = append(d.pages, map[rk]DevRelation{{0, model.Owns, 1}: {}})
		for k := range 30 {
			set := fmt.Sprintf("set%d", s)
			d.Pairs = append(d.Pairs,
				LabelledPair{Set: set, page: s, Features: []string{"bias", "w=owns"}, Class: owns, ga: 0, gb: 1, Typed: k%2 == 0},
				LabelledPair{Set: set, page: s, Features: []string{"bias", "w=met"}, Class: 0, ga: 0, gb: 2})
		}
	}
	cv, err := d.CrossValidate(context.Background(), DefaultTrainOptions(), 2, []float64{0.5, 0.999999}, false)
	if err != nil {
		t.Fatal(err)
	}
	// One right relation per page (duplicates in a page count once), nothing wrong.
	if cv[0].TP != 4 || cv[0].FP != 0 {
		t.Errorf("at 0.5: %d right, %d wrong; want 4, 0", cv[0].TP, cv[0].FP)
	}
	if cv[1].TP+cv[1].FP != 0 {
		t.Errorf("at 0.999999: %d added, want none", cv[1].TP+cv[1].FP)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.CrossValidate(ctx, DefaultTrainOptions(), 2, []float64{0.5}, true); err == nil {
		t.Error("a cancelled probe returned no error")
	}
}

// TestCollectPairs labels the pairs of a labelled page from its labels.
func TestCollectPairs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "setA")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	page := `<html><head><title>T</title></head><body><article><h1>Report</h1><p>Golden Reed Park is owned by Lucky Crane Holdings Co., Ltd., records show. Lim Dara met Sok Vanna in Phnom Penh last year.</p></article></body></html>`
	labels := `{"url": "https://news.example/a", "genre": "news", "entities": [
	 {"type": "Compound", "name": "Golden Reed Park"}, {"type": "Company", "name": "Lucky Crane Holdings Co., Ltd."},
	 {"type": "Person", "name": "Lim Dara"}, {"type": "Person", "name": "Sok Vanna"}, {"type": "Location", "name": "Phnom Penh"}],
	 "relations": [{"subject": "Lucky Crane Holdings Co., Ltd.", "predicate": "OWNS", "object": "Golden Reed Park", "grade": "reported"}]}`
	if err := os.WriteFile(filepath.Join(dir, "01-news-a.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "01-news-a.json"), []byte(labels), 0o644); err != nil {
		t.Fatal(err)
	}
	var seen []string
	d, err := CollectPairs(context.Background(), []string{dir}, func(set string, pages, pairs int) { seen = append(seen, fmt.Sprint(set, pages, pairs)) })
	if err != nil {
		t.Fatal(err)
	}
	owned, none := 0, 0
	for _, p := range d.Pairs {
		switch d.Classes[p.Class] {
		case PairClass{Predicate: model.Owns, Reverse: true}:
			owned++
		case PairClass{}:
			none++
		}
	}
	if owned != 1 || none < 2 || len(seen) != 1 {
		t.Errorf("OWNS< %d, none %d, progress %v; want 1, >=2, one line", owned, none, seen)
	}
	if _, err := CollectPairs(context.Background(), []string{t.TempDir()}, nil); err == nil {
		t.Error("a folder without labelled pages gave no error")
	}
}
