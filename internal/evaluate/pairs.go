package evaluate

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/model"
)

// PairData holds the pairs of names in the sentences of labelled pages, each with the class
// its labels give it: what the pair probe learns from (cmd/pairprobe).
type PairData struct {
	Classes []PairClass
	Pairs   []LabelledPair
	pages   []map[rk]DevRelation
}

// PairClass is one outcome of the probe's classifier: a predicate read from the first name of
// a pair to the second, or back (Reverse). The empty predicate is "no relation".
type PairClass struct {
	Predicate string
	Reverse   bool
}

func (c PairClass) String() string {
	switch {
	case c.Predicate == "":
		return "none"
	case c.Reverse:
		return c.Predicate + "<"
	}
	return c.Predicate + ">"
}

// pairClasses lists the outcomes in a fixed order: none first, then each typed predicate
// forwards and, unless it is symmetric, backwards.
func pairClasses() []PairClass {
	out := []PairClass{{}}
	for _, p := range model.Predicates {
		if p == model.MentionedWith {
			continue
		}
		out = append(out, PairClass{Predicate: p})
		if !model.Symmetric(p) {
			out = append(out, PairClass{Predicate: p, Reverse: true})
		}
	}
	return out
}

// pairModel is a linear classifier over pair features: one weight per feature and class.
type pairModel struct {
	classes []PairClass
	weights map[string][]float64
}

// scores returns the class probabilities (softmax) of a pair's features.
func (m *pairModel) scores(feats []string, out []float64) []float64 {
	out = slices.Grow(out[:0], len(m.classes))[:len(m.classes)]
	clear(out)
	for _, f := range feats {
		if w, ok := m.weights[f]; ok {
			for c, v := range w {
				out[c] += v
			}
		}
	}
	softmax(out)
	return out
}

// best returns the likeliest typed class and its probability (class 0 is "no relation").
func best(probs []float64) (int, float64) {
	b, bp := 0, 0.0
	for c := 1; c < len(probs); c++ {
		if probs[c] > bp {
			b, bp = c, probs[c]
		}
	}
	return b, bp
}

// LabelledPair is one pair of names in a sentence of a labelled page.
type LabelledPair struct {
	Set      string
	page     int
	Features []string
	// Class is the labelled class (0: the labels tie the two names by no relation).
	Class int
	// Typed marks a pair a rule tied; the model adds only where no rule did.
	Typed bool
	// ga, gb are the labelled entities of the first and second name (-1: none).
	ga, gb int
}

// CollectPairs extracts every labelled page of each set and labels each pair of names in a
// sentence. progress, when set, is told each set's counts.
func CollectPairs(ctx context.Context, sets []string, progress func(set string, pages, pairs int)) (*PairData, error) {
	data := &PairData{Classes: pairClasses()}
	var cur []extract.PairExample
	x, err := extract.New(extract.Options{Pairs: func(p extract.PairExample) { cur = append(cur, p) }})
	if err != nil {
		return nil, err
	}
	classOf := map[PairClass]int{}
	for i, c := range data.Classes {
		classOf[c] = i
	}
	for _, dir := range sets {
		labels, err := labelFiles(dir)
		if err != nil {
			return nil, err
		}
		before := len(data.Pairs)
		for _, lp := range labels {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			dp, hp, body, err := readLabelled(lp)
			if err != nil {
				return nil, err
			}
			cur = cur[:0]
			docs, err := extractLabelled(ctx, x, dp, hp, body)
			if err != nil {
				return nil, fmt.Errorf("extract %s: %w", hp, err)
			}
			idToGold, _ := matchEntities(dp, docs)
			gold, _ := labelledRelations(dp)
			page := len(data.pages)
			data.pages = append(data.pages, gold)
			for _, p := range cur {
				lp := LabelledPair{Set: filepath.Base(dir), page: page, Features: p.Features, Typed: p.Typed, ga: -1, gb: -1}
				if g, ok := idToGold[p.First]; ok {
					lp.ga = g
				}
				if g, ok := idToGold[p.Second]; ok {
					lp.gb = g
				}
				lp.Class = classOf[labelledClass(gold, lp.ga, lp.gb)]
				data.Pairs = append(data.Pairs, lp)
			}
		}
		if progress != nil {
			progress(filepath.Base(dir), len(labels), len(data.Pairs)-before)
		}
	}
	return data, nil
}

// labelledClass is the class the labels give the pair (a, b): the first predicate in the
// vocabulary's order that ties them, forwards or back.
func labelledClass(gold map[rk]DevRelation, a, b int) PairClass {
	if a < 0 || b < 0 {
		return PairClass{}
	}
	for _, p := range model.Predicates {
		if p == model.MentionedWith {
			continue
		}
		if model.Symmetric(p) {
			if _, ok := gold[rk{min(a, b), p, max(a, b)}]; ok {
				return PairClass{Predicate: p}
			}
			continue
		}
		if _, ok := gold[rk{a, p, b}]; ok {
			return PairClass{Predicate: p}
		}
		if _, ok := gold[rk{b, p, a}]; ok {
			return PairClass{Predicate: p, Reverse: true}
		}
	}
	return PairClass{}
}

// holds reports whether the labels hold class c between the labelled entities a and b.
func holds(gold map[rk]DevRelation, a, b int, c PairClass) bool {
	if a < 0 || b < 0 || c.Predicate == "" {
		return false
	}
	if c.Reverse {
		a, b = b, a
	}
	if model.Symmetric(c.Predicate) && a > b {
		a, b = b, a
	}
	_, ok := gold[rk{a, c.Predicate, b}]
	return ok
}

// TrainOptions sets the learning: epochs of stochastic gradient descent on the softmax loss,
// the first step size, the L2 penalty, and the fewest pairs a feature must occur in to be kept.
type TrainOptions struct {
	Epochs   int
	Rate, L2 float64
	MinCount int
	Seed     uint64
}

// DefaultTrainOptions are the settings cmd/pairprobe uses.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 12, Rate: 0.2, L2: 1e-4, MinCount: 2, Seed: 1}
}

// train learns a model from the pairs whose index keep accepts (all when keep is nil).
func (d *PairData) train(o TrainOptions, keep func(i int) bool) *pairModel {
	var idx []int
	count := map[string]int{}
	for i, p := range d.Pairs {
		if keep != nil && !keep(i) {
			continue
		}
		idx = append(idx, i)
		for _, f := range p.Features {
			count[f]++
		}
	}
	nc := len(d.Classes)
	w := map[string][]float64{}
	for f, n := range count {
		if n >= o.MinCount {
			w[f] = make([]float64, nc)
		}
	}
	rng := rand.New(rand.NewPCG(o.Seed, 7))
	scores := make([]float64, nc)
	var rows [][]float64
	for ep := range o.Epochs {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		rate := o.Rate / (1 + float64(ep)/2)
		for _, i := range idx {
			p := d.Pairs[i]
			rows = rows[:0]
			for _, f := range p.Features {
				if r, ok := w[f]; ok {
					rows = append(rows, r)
				}
			}
			clear(scores)
			for _, r := range rows {
				for c, v := range r {
					scores[c] += v
				}
			}
			softmax(scores)
			scores[p.Class]--
			for _, r := range rows {
				for c := range r {
					r[c] -= rate * (scores[c] + o.L2*r[c])
				}
			}
		}
	}
	return &pairModel{classes: d.Classes, weights: w}
}

func softmax(v []float64) {
	mx := math.Inf(-1)
	for _, x := range v {
		mx = max(mx, x)
	}
	sum := 0.0
	for i, x := range v {
		v[i] = math.Exp(x - mx)
		sum += v[i]
	}
	for i := range v {
		v[i] /= sum
	}
}

// Added counts the relations a model adds at one threshold over the pairs no rule tied:
// distinct (page, subject, predicate, object) triples, right when the labels hold them.
type Added struct {
	Threshold float64
	TP, FP    int
}

// P is the share of added relations the labels hold.
func (a Added) P() float64 { return ratio(a.TP, a.TP+a.FP) }

// CrossValidate splits the sets into folds, learns on all folds but one and counts what the
// model would add on the one left out, at each threshold, over the pairs no rule tied; the
// counts are summed over the folds. untiedOnly learns from the pairs no rule tied alone (the
// pairs it is asked about) instead of from all pairs.
func (d *PairData) CrossValidate(ctx context.Context, o TrainOptions, folds int, thresholds []float64, untiedOnly bool) ([]Added, error) {
	var sets []string
	for _, p := range d.Pairs {
		if !slices.Contains(sets, p.Set) {
			sets = append(sets, p.Set)
		}
	}
	slices.Sort(sets)
	fold := map[string]int{}
	for i, s := range sets {
		fold[s] = i % folds
	}
	out := make([]Added, len(thresholds))
	for i, t := range thresholds {
		out[i].Threshold = t
	}
	var probs []float64
	for k := range folds {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		m := d.train(o, func(i int) bool { return fold[d.Pairs[i].Set] != k && (!untiedOnly || !d.Pairs[i].Typed) })
		seen := make([]map[string]bool, len(thresholds))
		for i := range seen {
			seen[i] = map[string]bool{}
		}
		for i, p := range d.Pairs {
			if fold[p.Set] != k || p.Typed {
				continue
			}
			probs = m.scores(p.Features, probs)
			c, pr := best(probs)
			cl := d.Classes[c]
			right := holds(d.pages[p.page], p.ga, p.gb, cl)
			key := fmt.Sprintf("%d|%d|%d|%s", p.page, p.ga, p.gb, cl)
			if p.ga < 0 || p.gb < 0 {
				key = fmt.Sprintf("pair %d", i) // ends no label names: each pair its own
			}
			for ti, t := range thresholds {
				if pr < t || seen[ti][key] {
					continue
				}
				seen[ti][key] = true
				if right {
					out[ti].TP++
				} else {
					out[ti].FP++
				}
			}
		}
	}
	return out, nil
}
