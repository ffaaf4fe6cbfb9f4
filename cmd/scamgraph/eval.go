package main

import (
	"context"
	"fmt"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/internal/evaluate"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "eval [--set DIR]\n\n"+
		"Extracts every page of a labelled set (NAME.html beside NAME.json; default\n"+
		"extract/testdata/devset) and prints aggregate figures only: precision, recall and\n"+
		"F1 per entity type, overall and on names no list holds, per relation predicate and\n"+
		"overall, and the share of matched relations whose grade is the labelled one. No page\n"+
		"or name is printed, so a sealed validation set can be scored without being read.")
	set := fs.String("set", "", "labelled folder to score (default extract/testdata/devset)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir := "extract/testdata/devset"
	switch {
	case *set != "" && fs.NArg() > 0:
		return fmt.Errorf("eval: give the folder once, as --set DIR: %w", errUsage)
	case *set != "":
		dir = *set
	case fs.NArg() == 1:
		dir = fs.Arg(0) // the older positional form
	case fs.NArg() > 1:
		return fmt.Errorf("eval: one folder at a time: %w", errUsage)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	rep, err := evaluate.Evaluate(ctx, x, dir)
	if err != nil {
		return fmt.Errorf("eval %s: %w", dir, err)
	}
	rep.Print(e.stdout)
	return nil
}
