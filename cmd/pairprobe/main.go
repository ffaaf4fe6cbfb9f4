// Command pairprobe measures what a learned reader could add to the rules: it extracts every
// page of the labelled development sets, labels each pair of names in a sentence from the
// labels, learns a linear classifier (softmax over words, tags and types between and around
// the two names) on all sets but one fold, and counts the relations it would add on the
// held-back fold where no rule tied the pair, right and wrong, at each probability threshold.
//
// The held-out sets are never read: their scores must stay a measure of unseen text.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/internal/evaluate"
)

// heldOut are the labelled sets kept apart from all development: only their aggregate
// scores are read.
var heldOut = []string{"validation", "devset5", "devset6", "devset10", "devset11", "devset16", "devset17", "devset18", "devset19"}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "pairprobe:", err)
		os.Exit(1)
	}
}

func run() error {
	root := flag.String("root", "extract/testdata", "folder of labelled sets")
	folds := flag.Int("folds", 5, "cross-validation folds (by set)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))

	entries, err := os.ReadDir(*root)
	if err != nil {
		return fmt.Errorf("read labelled sets: %w", err)
	}
	var sets []string
	for _, e := range entries {
		if !e.IsDir() || slices.Contains(heldOut, e.Name()) {
			continue
		}
		if m, _ := filepath.Glob(filepath.Join(*root, e.Name(), "*.json")); len(m) > 0 {
			sets = append(sets, filepath.Join(*root, e.Name()))
		}
	}
	if len(sets) < *folds || *folds < 2 {
		return fmt.Errorf("%d development sets in %s for %d folds: need at least as many sets as folds, and two folds", len(sets), *root, *folds)
	}
	log.Info("reading development sets", "sets", len(sets), "held out", strings.Join(heldOut, " "))
	data, err := evaluate.CollectPairs(ctx, sets, func(set string, pages, pairs int) {
		log.Info("set read", "set", set, "pages", pages, "pairs", pairs)
	})
	if err != nil {
		return err
	}
	labelled, typed := 0, 0
	for _, p := range data.Pairs {
		if p.Class != 0 {
			labelled++
		}
		if p.Typed {
			typed++
		}
	}
	fmt.Printf("%d sets, %d pairs of names in a sentence: %d tied by the labels, %d tied by the rules\n", len(sets), len(data.Pairs), labelled, typed)
	thresholds := []float64{0.5, 0.6, 0.7, 0.8, 0.9, 0.95}
	for _, untied := range []bool{false, true} {
		log.Info("cross-validating", "folds", *folds, "learned from pairs no rule tied only", untied)
		cv, err := data.CrossValidate(ctx, evaluate.DefaultTrainOptions(), *folds, thresholds, untied)
		if err != nil {
			return err
		}
		from := "all pairs"
		if untied {
			from = "the pairs no rule tied"
		}
		fmt.Printf("\nlearned from %s; added where no rule tied, %d folds by set:\nthreshold  right  wrong  precision\n", from, *folds)
		for _, a := range cv {
			fmt.Printf("%9.2f  %5d  %5d  %9.3f\n", a.Threshold, a.TP, a.FP, a.P())
		}
	}
	return nil
}
