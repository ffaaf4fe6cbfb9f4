package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// DevPage is one labelled page of the development set: NAME.html beside NAME.json.
type DevPage struct {
	URL       string        `json:"url"`
	Kind      string        `json:"kind,omitempty"`
	Genre     string        `json:"genre"` // news, press, court, social
	Entities  []DevEntity   `json:"entities"`
	Relations []DevRelation `json:"relations"`
}

// DevEntity is a labelled entity; any of its names may match.
type DevEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
}

// DevRelation is a labelled typed relation between labelled entity names.
type DevRelation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Grade     string `json:"grade"`
}

// PRF counts matches for precision, recall and F1.
type PRF struct{ TP, FP, FN int }

func (c PRF) P() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c PRF) R() float64 { return ratio(c.TP, c.TP+c.FN) }
func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// EvalReport holds the scores of one run over the development set.
type EvalReport struct {
	Pages        int
	ByType       map[string]*PRF
	Entities     PRF
	Relations    PRF
	GradeCorrect int // matched relations whose grade equals the label
	Misses       []string
}

// Evaluate runs x over every labelled page in dir and scores entities (type and name) and
// typed relations (subject, predicate, object; symmetric predicates in either order).
func Evaluate(ctx context.Context, x *Extractor, dir string) (*EvalReport, error) {
	labels, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(labels) == 0 {
		return nil, fmt.Errorf("no labelled pages (*.json) in %s", dir)
	}
	sort.Strings(labels)
	rep := &EvalReport{ByType: map[string]*PRF{}}
	for _, t := range EntityTypes {
		rep.ByType[t] = &PRF{}
	}
	for _, lp := range labels {
		raw, err := os.ReadFile(lp)
		if err != nil {
			return nil, err
		}
		var dp DevPage
		if err := json.Unmarshal(raw, &dp); err != nil {
			return nil, fmt.Errorf("labels %s: %w", lp, err)
		}
		hp := strings.TrimSuffix(lp, ".json") + ".html"
		body, err := os.ReadFile(hp)
		if err != nil {
			return nil, fmt.Errorf("page for %s: %w", lp, err)
		}
		docs, err := x.Extract(ctx, Page{URL: dp.URL, Kind: dp.Kind, Body: body, ContentType: "text/html; charset=utf-8", Source: hp})
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", hp, err)
		}
		rep.Pages++
		scorePage(rep, filepath.Base(hp), dp, docs)
	}
	for _, c := range rep.ByType {
		rep.Entities.TP += c.TP
		rep.Entities.FP += c.FP
		rep.Entities.FN += c.FN
	}
	return rep, nil
}

func scorePage(rep *EvalReport, name string, dp DevPage, docs []Document) {
	// gold name keys -> gold index
	goldKey := map[string]int{}
	for i, g := range dp.Entities {
		goldKey[g.Type+"|"+nameKey(g.Name)] = i
		for _, a := range g.Aliases {
			goldKey[g.Type+"|"+nameKey(a)] = i
		}
	}
	matchedGold := map[int]bool{}
	idToGold := map[string]int{}
	for _, d := range docs {
		for _, e := range d.Entities {
			gi := -1
			names := []string{e.Name}
			for _, m := range e.Mentions {
				names = append(names, m.Text)
			}
			for _, n := range names {
				if i, ok := goldKey[e.Type+"|"+nameKey(n)]; ok {
					gi = i
					break
				}
			}
			if gi < 0 || matchedGold[gi] {
				if gi < 0 {
					rep.ByType[e.Type].FP++
					rep.Misses = append(rep.Misses, fmt.Sprintf("%s: extra %s %q", name, e.Type, e.Name))
				}
				if gi >= 0 {
					idToGold[e.ID] = gi
				}
				continue
			}
			matchedGold[gi] = true
			idToGold[e.ID] = gi
			rep.ByType[e.Type].TP++
		}
	}
	for i, g := range dp.Entities {
		if !matchedGold[i] {
			if c := rep.ByType[g.Type]; c != nil {
				c.FN++
			}
			rep.Misses = append(rep.Misses, fmt.Sprintf("%s: missed %s %q", name, g.Type, g.Name))
		}
	}
	goldIdx := map[string]int{}
	for i, g := range dp.Entities {
		goldIdx[nameKey(g.Name)] = i
	}
	type rk struct {
		s int
		p string
		o int
	}
	gold := map[rk]string{}
	for _, r := range dp.Relations {
		s, ok1 := goldIdx[nameKey(r.Subject)]
		o, ok2 := goldIdx[nameKey(r.Object)]
		if !ok1 || !ok2 {
			rep.Misses = append(rep.Misses, fmt.Sprintf("%s: bad label %v", name, r))
			continue
		}
		if Symmetric(r.Predicate) && s > o {
			s, o = o, s
		}
		gold[rk{s, r.Predicate, o}] = r.Grade
	}
	found := map[rk]bool{}
	for _, d := range docs {
		for _, r := range d.Relations {
			if r.Predicate == MentionedWith {
				continue
			}
			s, ok1 := idToGold[r.Subject]
			o, ok2 := idToGold[r.Object]
			k := rk{s, r.Predicate, o}
			if ok1 && ok2 && Symmetric(r.Predicate) && s > o {
				k = rk{o, r.Predicate, s}
			}
			if g, ok := gold[k]; ok1 && ok2 && ok && !found[k] {
				found[k] = true
				rep.Relations.TP++
				if g == r.Grade {
					rep.GradeCorrect++
				} else {
					rep.Misses = append(rep.Misses, fmt.Sprintf("%s: grade %s want %s: %s %s %s", name, r.Grade, g, r.Subject, r.Predicate, r.Object))
				}
				continue
			}
			if !found[k] {
				rep.Relations.FP++
				rep.Misses = append(rep.Misses, fmt.Sprintf("%s: extra %s %s %s (%s)", name, r.Subject, r.Predicate, r.Object, r.Grade))
			}
		}
	}
	for k := range gold {
		if !found[k] {
			rep.Relations.FN++
			rep.Misses = append(rep.Misses, fmt.Sprintf("%s: missed %s %s %s", name, dp.Entities[k.s].Name, k.p, dp.Entities[k.o].Name))
		}
	}
}

// Print writes the scores as a table.
func (r *EvalReport) Print(w io.Writer) {
	fmt.Fprintf(w, "development set: %d pages (extractor %s)\n", r.Pages, Version)
	fmt.Fprintf(w, "%-14s %6s %6s %6s %5s %5s %5s\n", "", "P", "R", "F1", "TP", "FP", "FN")
	row := func(name string, c PRF) {
		fmt.Fprintf(w, "%-14s %6.3f %6.3f %6.3f %5d %5d %5d\n", name, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	for _, t := range EntityTypes {
		row(t, *r.ByType[t])
	}
	row("entities", r.Entities)
	row("relations", r.Relations)
	fmt.Fprintf(w, "relation grades correct: %d of %d matched\n", r.GradeCorrect, r.Relations.TP)
}
