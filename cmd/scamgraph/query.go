package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/web"
	"github.com/scamgraph/scamgraph/model"
)

// querySub is one `scamgraph query` subcommand.
type querySub struct {
	name     string
	aliases  []string
	synopsis string
	summary  string
	run      func(ctx context.Context, q *queryRun) error
	// setup declares the subcommand's own flags; positional arguments are checked by run.
	setup func(fs *flag.FlagSet, q *queryRun)
}

// queryRun is one invocation: shared flags, the subcommand's flags and its arguments.
type queryRun struct {
	e         *env
	g         *graphdb.Store
	args      []string
	asJSON    bool
	minGrade  string
	depth     int
	hops      int
	all       bool
	hubs      bool // paths: walk through hubs
	sanctions bool // paths: follow SANCTIONED_BY
	limit     int
	types     multiFlag
	params    multiFlag
	maxRows   int
	timeout   time.Duration
	fs        *flag.FlagSet
}

func querySubs() []querySub {
	return []querySub{
		{name: "neighbours", aliases: []string{"neighbors"}, synopsis: "neighbours ID|NAME [--depth 2]",
			summary: "entities within --depth links of an entity, and the edges among them",
			setup: func(fs *flag.FlagSet, q *queryRun) {
				fs.IntVar(&q.depth, "depth", web.DefaultDepth, fmt.Sprintf("links to follow, 1 to %d", graphdb.MaxDepth))
			}, run: queryNeighbours},
		{name: "paths", synopsis: "paths FROM TO [--all] [--max-hops 4] [--limit 50] [--hubs] [--sanctions]",
			summary: "shortest (or, with --all, all simple) paths between two entities, each edge with its grade",
			setup: func(fs *flag.FlagSet, q *queryRun) {
				fs.BoolVar(&q.all, "all", false, "all simple paths, shortest first, instead of the shortest ones only")
				fs.BoolVar(&q.hubs, "hubs", false, fmt.Sprintf("walk through hubs too (entities with over %d typed edges, authorities that sanction many)", graphdb.DefaultHubDegree))
				fs.BoolVar(&q.sanctions, "sanctions", false, "let paths use SANCTIONED_BY edges (two names on one sanctions list are not a tie)")
				fs.IntVar(&q.hops, "max-hops", web.DefaultHops, fmt.Sprintf("longest path, 1 to %d links (%d with --all)", graphdb.MaxPathHops, web.MaxWalkHops))
				fs.IntVar(&q.limit, "limit", web.DefaultPathLimit, fmt.Sprintf("most paths to show, 1 to %d", graphdb.MaxPaths))
			}, run: queryPaths},
		{name: "owners", synopsis: "owners ID|NAME [--max-hops 4]",
			summary: "ownership chains: who ultimately owns (or runs) a compound or company",
			setup: func(fs *flag.FlagSet, q *queryRun) {
				fs.IntVar(&q.hops, "max-hops", web.DefaultHops, fmt.Sprintf("longest chain, 1 to %d links", graphdb.MaxPathHops))
			}, run: queryOwners},
		{name: "complicity", synopsis: "complicity COMPOUND [--max-hops 4] [--limit 50]",
			summary: "people with a public role linked to a compound through companies",
			setup: func(fs *flag.FlagSet, q *queryRun) {
				fs.IntVar(&q.hops, "max-hops", web.DefaultHops, fmt.Sprintf("longest path, 1 to %d links", web.MaxWalkHops))
				fs.IntVar(&q.limit, "limit", web.DefaultPathLimit, fmt.Sprintf("most paths to show, 1 to %d", graphdb.MaxPaths))
			}, run: queryComplicity},
		{name: "sanctioned", synopsis: "sanctioned",
			summary: "networks of sanctioned entities linked to each other",
			run:     querySanctioned},
		{name: "central", synopsis: "central [--type Person] [--limit 20]",
			summary: "the most central people and companies (PageRank over graded edges)",
			setup: func(fs *flag.FlagSet, q *queryRun) {
				fs.Var(&q.types, "type", "entity type to rank, repeatable (default Person and Company)")
				fs.IntVar(&q.limit, "limit", web.DefaultCentral, fmt.Sprintf("entities to show, 1 to %d", web.MaxCentral))
			}, run: queryCentral},
		{name: "cypher", synopsis: "cypher 'MATCH ... RETURN ...' [--param name=value]... [--max-rows 1000] [--timeout 10s]",
			summary: "run a read-only Cypher query (writes are refused; time and row limits)",
			setup: func(fs *flag.FlagSet, q *queryRun) {
				fs.Var(&q.params, "param", "query parameter name=value, repeatable; a JSON value (3, true, [1,2]) is read as JSON, anything else as a string")
				fs.IntVar(&q.maxRows, "max-rows", web.DefaultCypherRows, fmt.Sprintf("rows to return, 1 to %d", web.MaxCypherRows))
				fs.DurationVar(&q.timeout, "timeout", web.DefaultCypherTimeout, "server-side time limit, at most 2m")
			}, run: queryCypher},
	}
}

func queryUsage(w io.Writer) {
	fmt.Fprint(w, `Usage: scamgraph query <subcommand> [flags] ARGS

Asks the graph at NEO4J_URI the analytics questions. Entities are given by id
(person:chen-zhi) or by exact name or alias ("Chen Zhi"); an ambiguous name lists the
candidates. Every subcommand takes --json (print what the JSON API returns) and
--min-grade official|reported|alleged|co-mentioned (weakest evidence grade to follow;
default alleged: every typed relation, no co-mentions).

Subcommands:
`)
	for _, s := range querySubs() {
		fmt.Fprintf(w, "  %-11s %s\n", s.name, s.summary)
	}
	fmt.Fprint(w, `
Examples:
  scamgraph query owners "KK Park"
  scamgraph query paths person:chen-zhi "Prince Holding Group" --all --max-hops 4
  scamgraph query central --type Person --limit 10
  scamgraph query cypher 'MATCH (c:Compound) RETURN c.name AS name ORDER BY name LIMIT $n' --param n=5
`)
}

func runQuery(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) == 0 {
			queryUsage(e.stderr)
			return errUsage
		}
		queryUsage(e.stdout)
		return flag.ErrHelp
	}
	var sub *querySub
	for _, s := range querySubs() {
		if s.name == args[0] || slices.Contains(s.aliases, args[0]) {
			sub = &s
			break
		}
	}
	if sub == nil {
		fmt.Fprintf(e.stderr, "scamgraph query: unknown subcommand %q\n\n", args[0])
		queryUsage(e.stderr)
		return errUsage
	}
	q := &queryRun{e: e}
	fs := newFlags(e, "query "+sub.name, "query "+sub.synopsis+"\n\n"+strings.ToUpper(sub.summary[:1])+sub.summary[1:]+".")
	fs.BoolVar(&q.asJSON, "json", false, "print JSON (the JSON API's answer) instead of a table")
	fs.StringVar(&q.minGrade, "min-grade", model.Alleged, "weakest evidence grade to follow: official, reported, alleged or co-mentioned")
	if sub.setup != nil {
		sub.setup(fs, q)
	}
	q.fs = fs
	pos, err := parseInterleaved(fs, args[1:])
	if err != nil {
		return err
	}
	q.args = pos
	if !slices.Contains(model.Grades, q.minGrade) {
		return q.usage("--min-grade must be one of %s", strings.Join(model.Grades, ", "))
	}
	g, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer g.Close(context.Background())
	q.g = g
	return sub.run(ctx, q)
}

// parseInterleaved parses flags given before, between or after the positional arguments
// (`paths A B --all`); everything after "--" is positional.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var tail []string
	if i := slices.Index(args, "--"); i >= 0 {
		args, tail = args[:i], args[i+1:]
	}
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return append(pos, tail...), nil
}

// usage reports a mistake in the arguments with the subcommand's usage.
func (q *queryRun) usage(format string, args ...any) error {
	fmt.Fprintf(q.e.stderr, "scamgraph %s: %s\n\n", q.fs.Name(), fmt.Sprintf(format, args...))
	q.fs.Usage()
	return errUsage
}

// oneArg joins the positional arguments into one, so an unquoted name still works.
func (q *queryRun) oneArg(what string) (string, error) {
	if len(q.args) == 0 {
		return "", q.usage("give the %s", what)
	}
	return strings.Join(q.args, " "), nil
}

func (q *queryRun) inRange(flagName string, v, lo, hi int) error {
	if v < lo || v > hi {
		return q.usage("--%s must be from %d to %d", flagName, lo, hi)
	}
	return nil
}

// resolve finds the entity an argument names: an id, else an exact name, else an exact
// alias (of the given type, when typ is set). A name shared by several entities is refused
// with the candidates listed.
func (q *queryRun) resolve(ctx context.Context, arg, typ string) (*graphdb.Node, error) {
	n, err := q.g.EntityNode(ctx, arg)
	if err != nil && !errors.Is(err, graphdb.ErrNotFound) {
		return nil, err
	}
	if err == nil {
		if typ != "" && n.Type != typ {
			return nil, fmt.Errorf("%s is a %s, not a %s", arg, n.Type, typ)
		}
		return n, nil
	}
	hits, err := q.g.SearchEntities(ctx, arg, typ, 50)
	if err != nil {
		return nil, err
	}
	for _, kind := range []string{"exact", "alias"} {
		var same []graphdb.EntityHit
		for _, h := range hits {
			if h.Match == kind {
				same = append(same, h)
			}
		}
		switch {
		case len(same) == 1:
			h := same[0]
			if kind == "alias" {
				fmt.Fprintf(q.e.stderr, "%q is an alias of %s\n", arg, nodeLabel(graphdb.Node{ID: h.ID, Name: h.Name, Type: h.Type}))
			}
			return &graphdb.Node{ID: h.ID, Name: h.Name, Type: h.Type}, nil
		case len(same) > 1:
			word := "name"
			if kind == "alias" {
				word = "alias"
			}
			fmt.Fprintf(q.e.stderr, "scamgraph %s: %q is the %s of %d entities; give one of these ids:\n", q.fs.Name(), arg, word, len(same))
			printHits(q.e.stderr, same)
			return nil, errReported
		}
	}
	what := "entity"
	if typ != "" {
		what = strings.ToLower(typ)
	}
	fmt.Fprintf(q.e.stderr, "scamgraph %s: no %s with id or name %q\n", q.fs.Name(), what, arg)
	if len(hits) > 0 {
		fmt.Fprintln(q.e.stderr, "Names that contain it:")
		printHits(q.e.stderr, hits[:min(len(hits), 10)])
	}
	return nil, errReported
}

func printHits(w io.Writer, hits []graphdb.EntityHit) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, h := range hits {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%d relations\n", clean(h.ID), clean(h.Name), h.Type, h.Relations)
	}
	tw.Flush()
}

func (q *queryRun) printJSON(v any) error {
	enc := json.NewEncoder(q.e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// gradeNote describes the grade filter in headings.
func (q *queryRun) gradeNote() string {
	if q.minGrade == model.CoMentioned {
		return "following every edge, co-mentions included"
	}
	if q.minGrade == model.Official {
		return "following official edges only"
	}
	return "following edges graded " + q.minGrade + " or stronger"
}

func queryNeighbours(ctx context.Context, q *queryRun) error {
	arg, err := q.oneArg("entity id or name")
	if err != nil {
		return err
	}
	if err := q.inRange("depth", q.depth, 1, graphdb.MaxDepth); err != nil {
		return err
	}
	n, err := q.resolve(ctx, arg, "")
	if err != nil {
		return err
	}
	sg, err := q.g.Neighbourhood(ctx, n.ID, q.depth, q.minGrade)
	if err != nil {
		return err
	}
	if sg == nil {
		return fmt.Errorf("entity %s disappeared from the graph", n.ID)
	}
	if q.asJSON {
		return q.printJSON(sg)
	}
	w := q.e.stdout
	fmt.Fprintf(w, "Neighbourhood of %s to depth %d, %s: %d entities, %d edges\n",
		nodeLabel(*n), q.depth, q.gradeNote(), len(sg.Nodes), len(sg.Edges))
	if sg.Truncated {
		fmt.Fprintln(w, "(cut off at the entity cap: ask for a smaller depth or a stronger grade)")
	}
	names := map[string]string{}
	for _, x := range sg.Nodes {
		names[x.ID] = x.Name
	}
	hops := hopDistances(n.ID, sg.Edges)
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "HOPS\tENTITY\tTYPE\tID")
	for _, x := range sg.Nodes {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", hops[x.ID], clean(x.Name), x.Type, clean(x.ID))
	}
	tw.Flush()
	if len(sg.Edges) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SUBJECT\tPREDICATE\tOBJECT\tGRADE\tEVIDENCE")
	for _, e := range sg.Edges {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", clean(names[e.Subject]), e.Predicate, clean(names[e.Object]), e.Grade, evidenceNote(e))
	}
	return tw.Flush()
}

// hopDistances is each entity's distance from start over the (undirected) edges.
func hopDistances(start string, edges []graphdb.Edge) map[string]int {
	adj := map[string][]string{}
	for _, e := range edges {
		adj[e.Subject] = append(adj[e.Subject], e.Object)
		adj[e.Object] = append(adj[e.Object], e.Subject)
	}
	dist := map[string]int{start: 0}
	frontier := []string{start}
	for len(frontier) > 0 {
		var next []string
		for _, a := range frontier {
			for _, b := range adj[a] {
				if _, ok := dist[b]; !ok {
					dist[b] = dist[a] + 1
					next = append(next, b)
				}
			}
		}
		frontier = next
	}
	return dist
}

func queryPaths(ctx context.Context, q *queryRun) error {
	if len(q.args) != 2 {
		return q.usage("give two entities, FROM and TO (quote names with spaces)")
	}
	maxHops := graphdb.MaxPathHops
	if q.all {
		maxHops = web.MaxWalkHops // every simple path: cost grows exponentially with hops
	}
	if err := q.inRange("max-hops", q.hops, 1, maxHops); err != nil {
		return err
	}
	if err := q.inRange("limit", q.limit, 1, graphdb.MaxPaths); err != nil {
		return err
	}
	a, err := q.resolve(ctx, q.args[0], "")
	if err != nil {
		return err
	}
	b, err := q.resolve(ctx, q.args[1], "")
	if err != nil {
		return err
	}
	if a.ID == b.ID {
		return q.usage("FROM and TO are the same entity, %s", a.ID)
	}
	// The same search as the explorer's and GET /api/paths: typed edges of the grade asked for,
	// never through a hub or a shared sanctions list unless asked, bounded in the database.
	f := graphdb.Filter{MinGrade: q.minGrade, Hubs: q.hubs, Sanctions: q.sanctions}
	ans := web.PathsAnswer{From: *a, To: *b, Mode: "shortest", MaxHops: q.hops, MinGrade: q.minGrade, Filter: &f}
	if q.all {
		ans.Mode = "all"
	}
	ans.Paths, err = q.g.FilteredPaths(ctx, a.ID, b.ID, q.hops, q.all, f, q.limit, web.PathTimeout)
	if errors.Is(err, graphdb.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("the path search stopped after %s: ask for shortest paths (no --all), fewer --max-hops or a stronger --min-grade", web.PathTimeout)
	}
	if err != nil {
		return err
	}
	ans.Paths = ans.Paths[:min(len(ans.Paths), q.limit)]
	if ans.Paths == nil {
		ans.Paths = []graphdb.Path{}
	}
	if q.asJSON {
		return q.printJSON(ans)
	}
	kind := "Shortest paths"
	if q.all {
		kind = "Simple paths"
	}
	w := q.e.stdout
	fmt.Fprintf(w, "%s from %s to %s, up to %d links, %s: %d\n", kind, nodeLabel(*a), nodeLabel(*b), q.hops, q.gradeNote(), len(ans.Paths))
	if len(ans.Paths) == 0 {
		fmt.Fprintln(w, "No path. Try more --max-hops, a weaker --min-grade, or --hubs to walk through hubs.")
	}
	for i, p := range ans.Paths {
		fmt.Fprintf(w, "\n%d. %s\n", i+1, plural(len(p.Edges), "link"))
		printPath(w, p)
	}
	return nil
}

func queryOwners(ctx context.Context, q *queryRun) error {
	arg, err := q.oneArg("compound or company id or name")
	if err != nil {
		return err
	}
	if err := q.inRange("max-hops", q.hops, 1, graphdb.MaxPathHops); err != nil {
		return err
	}
	n, err := q.resolve(ctx, arg, "")
	if err != nil {
		return err
	}
	chains, err := q.g.OwnershipChains(ctx, n.ID, q.hops, q.minGrade)
	if err != nil {
		return err
	}
	if chains == nil {
		chains = []graphdb.Path{}
	}
	if q.asJSON {
		return q.printJSON(web.OwnersAnswer{Entity: *n, MaxHops: q.hops, MinGrade: q.minGrade, Chains: chains})
	}
	w := q.e.stdout
	fmt.Fprintf(w, "Ownership chains into %s, up to %d links, %s: %d\n", nodeLabel(*n), q.hops, q.gradeNote(), len(chains))
	if len(chains) == 0 {
		fmt.Fprintln(w, "No recorded owner or operator.")
	}
	for i, p := range chains {
		fmt.Fprintf(w, "\n%d. %s: %s, %s\n", i+1, ownerRole(p), nodeLabel(p.Nodes[0]), plural(len(p.Edges), "link"))
		printPath(w, p)
	}
	return nil
}

// ownerRole names what the first entity of an ownership chain is to the last: a chain of
// OWNS edges makes it the ultimate owner, a last OPERATES edge the operator or its owner.
func ownerRole(p graphdb.Path) string {
	if len(p.Edges) == 0 || p.Edges[len(p.Edges)-1].Predicate != model.Operates {
		return "Ultimate owner"
	}
	if len(p.Edges) == 1 {
		return "Operator"
	}
	return "Ultimate owner of the operator"
}

func queryComplicity(ctx context.Context, q *queryRun) error {
	arg, err := q.oneArg("compound id or name")
	if err != nil {
		return err
	}
	if err := q.inRange("max-hops", q.hops, 1, web.MaxWalkHops); err != nil {
		return err
	}
	if err := q.inRange("limit", q.limit, 1, graphdb.MaxPaths); err != nil {
		return err
	}
	n, err := q.resolve(ctx, arg, model.Compound)
	if err != nil {
		return err
	}
	paths, err := q.g.ComplicityPaths(ctx, n.ID, q.hops, q.minGrade, q.limit)
	if err != nil {
		return err
	}
	if paths == nil {
		paths = []graphdb.ComplicityPath{}
	}
	if q.asJSON {
		return q.printJSON(web.ComplicityAnswer{Compound: *n, MaxHops: q.hops, MinGrade: q.minGrade, Paths: paths})
	}
	w := q.e.stdout
	fmt.Fprintf(w, "People with a public role linked to %s through companies, up to %d links, %s: %d\n",
		nodeLabel(*n), q.hops, q.gradeNote(), len(paths))
	if len(paths) == 0 {
		fmt.Fprintln(w, "No such path.")
	}
	for i, cp := range paths {
		roles := make([]string, len(cp.Roles))
		for j, r := range cp.Roles {
			roles[j] = fmt.Sprintf("%s %s (%s)", r.Predicate, clean(r.Organization.Name), r.Grade)
		}
		fmt.Fprintf(w, "\n%d. %s: %s\n", i+1, clean(cp.Path.Nodes[0].Name), strings.Join(roles, "; "))
		printPath(w, cp.Path)
	}
	return nil
}

func querySanctioned(ctx context.Context, q *queryRun) error {
	if len(q.args) > 0 {
		return q.usage("sanctioned takes no arguments")
	}
	nets, err := q.g.CoSanctionedNetworks(ctx, q.minGrade)
	if err != nil {
		return err
	}
	if nets == nil {
		nets = []graphdb.SanctionedNetwork{}
	}
	if q.asJSON {
		return q.printJSON(nets)
	}
	w := q.e.stdout
	fmt.Fprintf(w, "Networks of sanctioned entities linked to each other, %s: %d\n", q.gradeNote(), len(nets))
	for i, n := range nets {
		fmt.Fprintf(w, "\nNetwork %d: %d members, %s\n", i+1, len(n.Members), plural(len(n.Edges), "link"))
		names := map[string]string{}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  MEMBER\tTYPE\tSANCTIONED BY\tID")
		for _, m := range n.Members {
			names[m.ID] = m.Name
			by := make([]string, len(m.Authorities))
			for j, a := range m.Authorities {
				by[j] = clean(a.Name)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", clean(m.Name), m.Type, strings.Join(by, "; "), clean(m.ID))
		}
		tw.Flush()
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  SUBJECT\tPREDICATE\tOBJECT\tGRADE\tEVIDENCE")
		for _, e := range n.Edges {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", clean(names[e.Subject]), e.Predicate, clean(names[e.Object]), e.Grade, evidenceNote(e))
		}
		tw.Flush()
	}
	return nil
}

func queryCentral(ctx context.Context, q *queryRun) error {
	if len(q.args) > 0 {
		return q.usage("central takes no arguments (use --type and --limit)")
	}
	if err := q.inRange("limit", q.limit, 1, web.MaxCentral); err != nil {
		return err
	}
	var types []string
	for _, v := range q.types {
		for _, t := range strings.Split(v, ",") {
			t = strings.TrimSpace(t)
			if !slices.Contains(model.EntityTypes, t) {
				return q.usage("--type must be one of %s", strings.Join(model.EntityTypes, ", "))
			}
			if !slices.Contains(types, t) {
				types = append(types, t)
			}
		}
	}
	ranked, err := q.g.Centrality(ctx, types, q.minGrade, q.limit)
	if err != nil {
		return err
	}
	if ranked == nil {
		ranked = []graphdb.Ranked{}
	}
	if q.asJSON {
		return q.printJSON(ranked)
	}
	if len(types) == 0 {
		types = []string{model.Person, model.Company}
	}
	w := q.e.stdout
	fmt.Fprintf(w, "Most central %s by PageRank, %s\n\n", strings.Join(types, " and "), q.gradeNote())
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tNAME\tTYPE\tLINKS\tPAGERANK\tID")
	for i, r := range ranked {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%.5f\t%s\n", i+1, clean(r.Name), r.Type, r.Degree, r.PageRank, clean(r.ID))
	}
	return tw.Flush()
}

func queryCypher(ctx context.Context, q *queryRun) error {
	query, err := q.oneArg("Cypher query")
	if err != nil {
		return err
	}
	if err := q.inRange("max-rows", q.maxRows, 1, web.MaxCypherRows); err != nil {
		return err
	}
	if q.timeout <= 0 || q.timeout > 2*time.Minute {
		return q.usage("--timeout must be more than 0 and at most 2m")
	}
	params := map[string]any{}
	for _, p := range q.params {
		name, value, ok := strings.Cut(p, "=")
		if !ok || strings.TrimSpace(name) == "" {
			return q.usage("--param %q: use name=value", p)
		}
		params[strings.TrimSpace(name)] = paramValue(value)
	}
	res, err := q.g.ReadCypher(ctx, query, params, graphdb.CypherOptions{Timeout: q.timeout, MaxRows: q.maxRows})
	if err != nil {
		if errors.Is(err, graphdb.ErrNotReadOnly) {
			return fmt.Errorf("%w: this command runs read-only queries (MATCH, WITH, RETURN, CALL { } of reads)", err)
		}
		return err
	}
	if q.asJSON {
		return q.printJSON(res)
	}
	w := q.e.stdout
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(res.Columns, "\t"))
	for _, row := range res.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = cellText(v)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	tw.Flush()
	note := plural(len(res.Rows), "row")
	if res.Truncated {
		note += fmt.Sprintf("; more existed, cut at --max-rows %d", q.maxRows)
	}
	fmt.Fprintf(w, "(%s)\n", note)
	return nil
}

// paramValue reads a --param value: JSON when it parses (numbers, booleans, lists, objects,
// quoted strings), otherwise the text itself. Integers stay integers for LIMIT $n.
func paramValue(s string) any {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil || dec.More() {
		return s
	}
	return graphdb.JSONParam(v)
}

// cellText renders one Cypher value for a table: text as is, nodes, lists and maps as JSON.
func cellText(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return clean(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return clean(fmt.Sprint(v))
	}
	return clean(string(b))
}

// printPath writes a path top to bottom, one entity per line and between them the edge
// with its direction, grade and evidence count.
func printPath(w io.Writer, p graphdb.Path) {
	for i, n := range p.Nodes {
		fmt.Fprintf(w, "   %-14s %s  %s\n", "["+n.Type+"]", clean(n.Name), clean(n.ID))
		if i >= len(p.Edges) {
			continue
		}
		e := p.Edges[i]
		var link string
		switch {
		case model.Symmetric(e.Predicate):
			link = "--" + e.Predicate + "--"
		case e.Subject == n.ID:
			link = "--" + e.Predicate + "-->"
		default:
			link = "<--" + e.Predicate + "--"
		}
		fmt.Fprintf(w, "   %-14s %s  %s, %s\n", "", link, e.Grade, evidenceNote(e))
	}
}

func evidenceNote(e graphdb.Edge) string {
	s := plural(e.EvidenceCount, "document")
	if e.Contested {
		s += ", contested"
	}
	return s
}

func nodeLabel(n graphdb.Node) string {
	return fmt.Sprintf("%s (%s, %s)", clean(n.Name), n.Type, clean(n.ID))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// clean makes crawled text safe for a terminal: control characters (escape sequences, tabs,
// newlines) and bidirectional overrides, which could rewrite or reorder what is shown, become
// U+FFFD.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
			return '\uFFFD'
		}
		return r
	}, s)
}
