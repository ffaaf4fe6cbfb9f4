package evaluate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/model"
)

// Agreement compares two labellings of the same pages, the second scored against the first
// as if it were an extractor's output. It says how far two careful readers agree, which is the
// ceiling any extractor can be measured against on such labels.
type Agreement struct {
	Pages       int
	Entities    PRF
	Relations   PRF
	ByPredicate map[string]*PRF
	// SameGrade counts agreed relations that carry the same grade in both labellings.
	SameGrade int
}

// referenceWords open aliases that stand for an entity without naming it ("the company",
// "he"): two labellers need not list the same ones, so they do not tie entities together.
var referenceWords = map[string]bool{"the": true, "he": true, "she": true, "his": true, "her": true, "him": true,
	"its": true, "it": true, "they": true, "their": true, "them": true, "this": true, "that": true}

// labelKeys gives the folded names of a labelled entity that can tie it to another labelling's.
func labelKeys(e DevEntity) []string {
	keys := []string{extract.NameKey(e.Name)}
	for _, a := range e.Aliases {
		first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(a)), " ")
		if k := extract.NameKey(a); k != "" && !referenceWords[first] {
			keys = append(keys, k)
		}
	}
	return keys
}

// CompareLabels scores every NAME.json in second against NAME.json in first. A page the
// second labelling lacks is an error naming it: agreement over a subset would flatter.
func CompareLabels(first, second string) (*Agreement, error) {
	paths, err := labelFiles(first)
	if err != nil {
		return nil, err
	}
	ag := &Agreement{ByPredicate: map[string]*PRF{}}
	for _, p := range paths {
		a, err := readLabels(p)
		if err != nil {
			return nil, err
		}
		b, err := readLabels(filepath.Join(second, filepath.Base(p)))
		if err != nil {
			return nil, err
		}
		ag.Pages++
		ag.comparePage(a, b)
	}
	return ag, nil
}

func readLabels(path string) (DevPage, error) {
	var dp DevPage
	raw, err := os.ReadFile(path)
	if err != nil {
		return dp, fmt.Errorf("read labels: %w", err)
	}
	if err := json.Unmarshal(raw, &dp); err != nil {
		return dp, fmt.Errorf("labels %s: %w", path, err)
	}
	return dp, nil
}

// comparePage matches entities one to one (same type, a shared name), then relations whose
// two ends matched.
func (ag *Agreement) comparePage(a, b DevPage) {
	bByKey := map[string][]int{}
	for j, e := range b.Entities {
		for _, k := range labelKeys(e) {
			bByKey[e.Type+"|"+k] = append(bByKey[e.Type+"|"+k], j)
		}
	}
	toB := map[int]int{}
	usedB := map[int]bool{}
	for i, e := range a.Entities {
		for _, k := range labelKeys(e) {
			for _, j := range bByKey[e.Type+"|"+k] {
				if _, done := toB[i]; !done && !usedB[j] {
					toB[i], usedB[j] = j, true
				}
			}
		}
	}
	ag.Entities.TP += len(toB)
	ag.Entities.FN += len(a.Entities) - len(toB)
	ag.Entities.FP += len(b.Entities) - len(toB)

	type triple struct {
		s int
		p string
		o int
	}
	key := func(s int, p string, o int) triple {
		if model.Symmetric(p) && s > o {
			s, o = o, s
		}
		return triple{s, p, o}
	}
	index := func(dp DevPage) map[string]int {
		m := map[string]int{}
		for i, e := range dp.Entities {
			m[e.Name] = i
		}
		return m
	}
	ai, bi := index(a), index(b)
	second := map[triple]string{}
	for _, r := range b.Relations {
		s, ok1 := bi[r.Subject]
		o, ok2 := bi[r.Object]
		if ok1 && ok2 {
			second[key(s, r.Predicate, o)] = r.Grade
		}
	}
	seen := map[triple]bool{}
	for _, r := range a.Relations {
		pc := ag.pred(r.Predicate)
		s, ok1 := toB[ai[r.Subject]]
		o, ok2 := toB[ai[r.Object]]
		_, in1 := ai[r.Subject]
		_, in2 := ai[r.Object]
		k := key(s, r.Predicate, o)
		if !in1 || !in2 || !ok1 || !ok2 || seen[k] {
			ag.Relations.FN++
			pc.FN++
			continue
		}
		g, ok := second[k]
		if !ok {
			ag.Relations.FN++
			pc.FN++
			continue
		}
		seen[k] = true
		ag.Relations.TP++
		pc.TP++
		if g == r.Grade {
			ag.SameGrade++
		}
	}
	for k := range second {
		if !seen[k] {
			ag.Relations.FP++
			ag.pred(k.p).FP++
		}
	}
}

func (ag *Agreement) pred(p string) *PRF {
	c := ag.ByPredicate[p]
	if c == nil {
		c = &PRF{}
		ag.ByPredicate[p] = c
	}
	return c
}

// String prints the aggregate figures, one predicate a line.
func (ag *Agreement) String() string {
	var b strings.Builder
	row := func(name string, c PRF) {
		fmt.Fprintf(&b, "%-16s %6.3f %6.3f %6.3f %5d %5d %5d\n", name, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	fmt.Fprintf(&b, "%d pages, second labelling against the first\n%-16s %6s %6s %6s %5s %5s %5s\n", ag.Pages, "", "P", "R", "F1", "both", "2nd", "1st")
	row("entities", ag.Entities)
	row("relations", ag.Relations)
	preds := make([]string, 0, len(ag.ByPredicate))
	for p := range ag.ByPredicate {
		preds = append(preds, p)
	}
	sort.Slice(preds, func(i, j int) bool { return predOrder(preds[i]) < predOrder(preds[j]) })
	for _, p := range preds {
		row("  "+p, *ag.ByPredicate[p])
	}
	fmt.Fprintf(&b, "same grade on agreed relations: %d of %d (%.3f)\n", ag.SameGrade, ag.Relations.TP, ratio(ag.SameGrade, ag.Relations.TP))
	return b.String()
}
