package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/entitymatch"
)

// defaultDecisions is the versioned analyst decisions file, relative to the checkout.
const defaultDecisions = "decisions/merges.yaml"

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
		"       scamgraph resolve split [--decisions FILE] [--no-record] ID\n"+
		"       scamgraph resolve audit [--all] [--json] [--decisions FILE]\n\n"+
		"Merges entity nodes that are the same person, company, compound, organisation or place:\n"+
		"a shared identifier, or the same name after titles, company forms, name order and Han/pinyin\n"+
		"are folded, with nothing contradicting it. Analyst decisions (merge / never_merge) in the\n"+
		"decisions file are honoured on every run. explain says why two ids are or are not merged;\n"+
		"split undoes a merge and records a never_merge decision so it stays undone. audit lists\n"+
		"every applied merge that rests on names alone or on weak identifiers (a website, a phone),\n"+
		"and those the current rules forbid (the next resolve splits them).")
	dryRun := fs.Bool("dry-run", false, "print what would merge, change nothing")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	decFile := fs.String("decisions", "", "analyst decisions file (default "+defaultDecisions+" in the checkout)")
	noRecord := fs.Bool("no-record", false, "split: do not add a never_merge decision")
	all := fs.Bool("all", false, "audit: list every applied merge, not only those to review")
	verb := ""
	if len(args) > 0 && (args[0] == "explain" || args[0] == "split" || args[0] == "audit") {
		verb, args = args[0], args[1:]
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	path := decisionsPath(*decFile)
	d, err := entitymatch.LoadDecisions(path)
	if err != nil {
		return err
	}
	switch {
	case verb == "explain" && fs.NArg() != 2, verb == "split" && fs.NArg() != 1, (verb == "" || verb == "audit") && fs.NArg() != 0:
		fs.Usage()
		return errUsage
	}
	g, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer g.Close(context.Background())
	rules := entitymatch.DefaultRules()
	switch verb {
	case "audit":
		return runResolveAudit(ctx, e, g, rules, d, *all, *asJSON)
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
		added, err := entitymatch.AppendDecision(path, "never_merge", dec)
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
		reviews, err := g.AuditMerges(ctx, rules, d, graphdb.ResolveScope{})
		if err != nil {
			return err
		}
		for _, rv := range reviews {
			if rv.Forbidden != "" {
				splits = append(splits, entitymatch.Split{ID: rv.ID, From: rv.Into, Note: "current rules: " + rv.Forbidden})
			}
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

// runResolveAudit prints the applied merges an analyst should review: those resting on names
// alone or on nothing the current rules accept, and those the rules now forbid.
func runResolveAudit(ctx context.Context, e *env, g *graphdb.Store, rules entitymatch.Rules, d entitymatch.Decisions, all, asJSON bool) error {
	reviews, err := g.AuditMerges(ctx, rules, d, graphdb.ResolveScope{})
	if err != nil {
		return err
	}
	shown := make([]entitymatch.Review, 0, len(reviews))
	counts := map[string]int{}
	forbidden := 0
	for _, rv := range reviews {
		counts[rv.Basis]++
		if rv.Forbidden != "" {
			forbidden++
		}
		if all || rv.NeedsReview() {
			shown = append(shown, rv)
		}
	}
	if asJSON {
		return printJSON(e, shown)
	}
	for _, rv := range shown {
		fmt.Fprintln(e.stdout, rv.String())
	}
	fmt.Fprintf(e.stdout, "%d applied merges: %d on strong identifiers, %d analyst decisions, %d on names alone, %d on nothing the rules accept; %d forbidden by the current rules",
		len(reviews), counts[entitymatch.BasisStrong], counts[entitymatch.BasisAnalyst], counts[entitymatch.BasisNames], counts[entitymatch.BasisNone], forbidden)
	if forbidden > 0 {
		fmt.Fprint(e.stdout, " (run `scamgraph resolve` to split them)")
	}
	fmt.Fprintln(e.stdout)
	return nil
}
