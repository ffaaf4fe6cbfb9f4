package main

import (
	"context"

	"github.com/scamgraph/scamgraph/extract"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "eval [DIR]\n\n"+
		"Extracts every page of a labelled set (default extract/testdata/devset) and prints\n"+
		"precision, recall and F1 per entity type, overall, and for relations.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir := "extract/testdata/devset"
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	rep, err := extract.Evaluate(ctx, x, dir)
	if err != nil {
		return err
	}
	rep.Print(e.stdout)
	return nil
}
