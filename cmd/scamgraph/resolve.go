package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/resolve"
)

// defaultDecisions is the versioned analyst decisions file, relative to the checkout.
const defaultDecisions = "resolution/decisions.yaml"

func decisionsPath(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if dir, err := projectDir(); err == nil {
		return filepath.Join(dir, defaultDecisions)
	}
	return defaultDecisions
}

func runResolve(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "resolve", "resolve [--dry-run] [--json] [--decisions FILE]\n"+
		"       scamgraph resolve explain [--decisions FILE] ID ID\n"+
		"       scamgraph resolve split [--decisions FILE] [--no-record] ID\n\n"+
		"Merges entity nodes that are the same person, company, compound, organisation or place:\n"+
		"a shared identifier, or the same name after titles, company forms, name order and Han/pinyin\n"+
		"are folded, with nothing contradicting it. Analyst decisions (merge / never_merge) in the\n"+
		"decisions file are honoured on every run. explain says why two ids are or are not merged;\n"+
		"split undoes a merge and records a never_merge decision so it stays undone.")
	dryRun := fs.Bool("dry-run", false, "print what would merge, change nothing")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	decFile := fs.String("decisions", "", "analyst decisions file (default "+defaultDecisions+" in the checkout)")
	noRecord := fs.Bool("no-record", false, "split: do not add a never_merge decision")
	verb := ""
	if len(args) > 0 && (args[0] == "explain" || args[0] == "split") {
		verb, args = args[0], args[1:]
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	path := decisionsPath(*decFile)
	d, err := resolve.LoadDecisions(path)
	if err != nil {
		return err
	}
	switch {
	case verb == "explain" && fs.NArg() != 2, verb == "split" && fs.NArg() != 1, verb == "" && fs.NArg() != 0:
		fs.Usage()
		return errUsage
	}
	g, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer g.Close(context.Background())
	rules := resolve.DefaultRules()
	switch verb {
	case "explain":
		res, err := g.Explain(ctx, fs.Arg(0), fs.Arg(1), rules, d)
		if err != nil {
			return err
		}
		if *asJSON {
			return printJSON(e, res)
		}
		for _, m := range []*graphdb.MergeRecord{res.MergedA, res.MergedB} {
			if m != nil {
				fmt.Fprintf(e.stdout, "%s is merged into %s (%s, %s)\n", m.ID, m.Into, m.Reason, m.At.Format("2006-01-02"))
			}
		}
		fmt.Fprint(e.stdout, res.Explanation.String())
		return nil
	case "split":
		dec, err := g.Split(ctx, fs.Arg(0))
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Split %s from %s.\n", dec.IDs[0], dec.IDs[1])
		if *noRecord {
			fmt.Fprintln(e.stdout, "No decision recorded: the next resolve may merge them again.")
			return nil
		}
		added, err := resolve.AppendDecision(path, "never_merge", dec)
		if err != nil {
			return err
		}
		if added {
			fmt.Fprintf(e.stdout, "Recorded never_merge [%s, %s] in %s (commit it to keep the decision).\n", dec.IDs[0], dec.IDs[1], path)
		}
		return nil
	}
	if *dryRun {
		plan, splits, err := g.PlanResolution(ctx, rules, d, graphdb.ResolveScope{})
		if err != nil {
			return err
		}
		if *asJSON {
			return printJSON(e, map[string]any{"plan": plan, "splits": splits})
		}
		for _, sp := range splits {
			fmt.Fprintf(e.stdout, "would split %s from %s (%s)\n", sp.ID, sp.From, sp.Note)
		}
		n := 0
		for _, c := range plan.Clusters {
			for _, m := range c.Members {
				n++
				fmt.Fprintf(e.stdout, "would merge %s -> %s  [%s]\n", m.ID, c.Canonical, m.Reason)
			}
		}
		printRefusals(e, plan.Refused, len(plan.Ambiguous))
		fmt.Fprintf(e.stdout, "%d candidates: %d merges into %d nodes, %d splits (dry run: nothing changed)\n",
			plan.Candidates, n, len(plan.Clusters), len(splits))
		return nil
	}
	rep, err := g.Resolve(ctx, rules, d)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(e, rep)
	}
	for _, id := range rep.Absorbed {
		fmt.Fprintf(e.stdout, "absorbed reloaded %s\n", id)
	}
	for _, sp := range rep.Splits {
		fmt.Fprintf(e.stdout, "split %s from %s (%s)\n", sp.ID, sp.From, sp.Note)
	}
	for _, m := range rep.Merges {
		fmt.Fprintf(e.stdout, "merged %s -> %s  [%s]\n", m.From, m.Into, m.Reason)
	}
	printRefusals(e, rep.Refused, len(rep.Ambiguous))
	fmt.Fprintf(e.stdout, "%d candidates: %d merged, %d absorbed, %d split, %d edges rebuilt in %s\n",
		rep.Candidates, len(rep.Merges), len(rep.Absorbed), len(rep.Splits), rep.Edges, rep.Took.Round(1e6))
	return nil
}

func printRefusals(e *env, refused []string, ambiguous int) {
	for _, r := range refused {
		fmt.Fprintf(e.stdout, "refused analyst merge: %s\n", r)
	}
	if ambiguous > 0 {
		fmt.Fprintf(e.stdout, "%d shared names were ambiguous and merged nothing (--json lists them)\n", ambiguous)
	}
}

func printJSON(e *env, v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
