package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/localdb"
	"github.com/scamgraph/scamgraph/internal/sampleworld"
	"github.com/scamgraph/scamgraph/internal/web"
	"github.com/scamgraph/scamgraph/model"
)

// exampleQueries are printed after the demo so a newcomer has something to paste into Neo4j Browser.
var exampleQueries = []struct{ what, cypher string }{
	{"Who owns, runs or protects each compound, with the grade of the evidence:",
		"MATCH (x:Entity)-[r:OWNS|OPERATES|PROTECTS]->(c:Compound)\nRETURN c.name AS compound, type(r) AS link, x.name AS who, r.grade AS grade ORDER BY compound"},
	{"Every claim about Chen Zhi and the sentence that supports it:",
		"MATCH (p:Person {id: 'person:chen-zhi'})-[r]-(o:Entity) WHERE type(r) <> 'MENTIONED_WITH'\nMATCH (ev:Evidence {rel_key: r.key})-[:IN_DOCUMENT]->(d:Document)\nRETURN type(r), o.name, ev.grade, ev.quote, d.url"},
	{"Paths of up to three typed links from a sanctioned person to a compound:",
		"MATCH (p:Person)-[:SANCTIONED_BY]->(:Organization)\nMATCH path = (p)-[:DIRECTS|OWNS|OPERATES|ASSOCIATE_OF*1..3]-(c:Compound)\nRETURN path LIMIT 25"},
}

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "demo\n\n"+
		"Starts the local Neo4j (unless NEO4J_URI is set), serves the bundled sample world on\n"+
		"SAMPLEWORLD_ADDR (default 127.0.0.1:8079), crawls it with the same code and configuration\n"+
		"format used for real sources, loads the graph, prints a summary and serves the explorer\n"+
		"on SCAMGRAPH_ADDR (default 127.0.0.1:8080) until Ctrl-C, then stops what it started.")
	addr := fs.String("addr", envOr("SCAMGRAPH_ADDR", defaultAddr), "explorer and API address")
	worldAddr := fs.String("world", envOr("SAMPLEWORLD_ADDR", "127.0.0.1:8079"), "sample world address")
	noServe := fs.Bool("no-serve", false, "exit after loading instead of serving")
	dataDir := fs.String("data", "", "crawl state and archive of the demo, reset on each run (default .scamgraph/demo in the checkout)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	access, err := accessFromEnv(*addr)
	if err != nil {
		return err
	}
	ln, err := listen(*addr)
	if err != nil {
		return err
	}
	defer ln.Close()

	if *dataDir == "" {
		dir, err := projectDir()
		if err != nil {
			return err
		}
		*dataDir = filepath.Join(dir, ".scamgraph", "demo")
	}
	// browser is where the example queries can be pasted: the local Neo4j's Browser, or, for a
	// database of the user's own (NEO4J_URI), whatever Browser they use with it.
	browser := "the Neo4j Browser of " + os.Getenv("NEO4J_URI")
	if os.Getenv("NEO4J_URI") == "" {
		fmt.Fprintln(e.stdout, "==> Starting the local Neo4j (set NEO4J_URI to use another)")
		opts, err := localOptions(e)
		if err != nil {
			return err
		}
		srv, err := localdb.Start(ctx, opts)
		if err != nil {
			return err
		}
		if srv.Started() {
			defer func() {
				fmt.Fprintln(e.stdout, "==> Stopping the local Neo4j")
				if err := localdb.Stop(context.Background(), opts); err != nil {
					fmt.Fprintf(e.stderr, "stop Neo4j: %v\n", err)
				}
			}()
		}
		fmt.Fprintf(e.stdout, "    Bolt %s, Browser %s\n", srv.URI(), srv.BrowserURL())
		browser = "Neo4j Browser (" + srv.BrowserURL() + ")"
	}

	fmt.Fprintf(e.stdout, "==> Serving the sample world on http://%s/\n", *worldAddr)
	world, err := sampleworld.Start(ctx, *worldAddr)
	if err != nil {
		return fmt.Errorf("sample world: %w (set SAMPLEWORLD_ADDR to a free address)", err)
	}
	defer world.Close()
	cfg, err := demoConfig(world.Environ(), *dataDir)
	if err != nil {
		return err
	}

	g, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer g.Close(context.Background())

	fmt.Fprintf(e.stdout, "==> Crawling %d sources, extracting and loading the graph\n", len(cfg.Sources))
	res, err := crawlAndLoad(ctx, e, cfg, cfg.Sources, g)
	if err != nil {
		return err
	}
	printRun(e, res)
	if err := printGraphSummary(ctx, e, g); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nTry these in %s:\n", browser)
	for _, q := range exampleQueries {
		fmt.Fprintf(e.stdout, "\n// %s\n%s;\n", q.what, q.cypher)
	}
	if *noServe {
		return nil
	}
	srv, err := newWebServer(g, e, access)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\n==> Explorer: http://%s/   API: http://%s/api/stats   (Ctrl-C to stop)\n", ln.Addr(), ln.Addr())
	srv.SetCaptures(web.ArchiveCaptures(*dataDir))
	err = serveUntilDone(ctx, ln, srv)
	fmt.Fprintln(e.stdout, "\n==> Shutting down")
	return err
}

// demoConfig reads the embedded sample-world configuration with its base address and
// credentials filled in. Crawl state starts fresh each time so the graph is always rebuilt
// from a full crawl, whatever graph NEO4J_URI points at.
func demoConfig(environ []string, dataDir string) (*config.Config, error) {
	for _, kv := range environ {
		k, v, _ := strings.Cut(kv, "=")
		os.Setenv(k, v)
	}
	cfg, err := config.Parse(sampleworld.SourcesYAML())
	if err != nil {
		return nil, fmt.Errorf("embedded sample-world config: %w", err)
	}
	for _, name := range []string{"state.db", "warc", "jobs.jsonl"} {
		if err := os.RemoveAll(filepath.Join(dataDir, name)); err != nil {
			return nil, fmt.Errorf("reset demo crawl state: %w", err)
		}
	}
	cfg.DataDir = dataDir
	return cfg, nil
}

// printGraphSummary prints what the graph holds now: documents, entities by type, relations by
// predicate and grade.
func printGraphSummary(ctx context.Context, e *env, g *graphdb.Store) error {
	sum, err := g.Summary(ctx)
	if err != nil {
		return err
	}
	w := e.stdout
	fmt.Fprintf(w, "\nThe graph now holds %d documents from %d sources, %d entities and %d typed relations.\n",
		sum.Stats.Documents, sum.Stats.Sources, sum.Stats.Entities, sum.Stats.Relations)
	fmt.Fprintln(w, "\nEntities by type:")
	for _, t := range sum.EntitiesByType {
		fmt.Fprintf(w, "  %-13s %6d\n", t.Type, t.Count)
	}
	fmt.Fprintln(w, "\nRelations by predicate and grade:")
	fmt.Fprintf(w, "  %-15s %6s", "", "all")
	for _, gr := range model.Grades {
		fmt.Fprintf(w, " %12s", gr)
	}
	fmt.Fprintf(w, " %10s\n", "contested")
	for _, p := range sum.Relations {
		fmt.Fprintf(w, "  %-15s %6d", p.Predicate, p.Count)
		for _, gr := range model.Grades {
			fmt.Fprintf(w, " %12d", p.ByGrade[gr])
		}
		fmt.Fprintf(w, " %10d\n", p.Contested)
	}
	fmt.Fprintln(w, "\nDocuments by source:")
	for _, s := range sum.DocumentsBySource {
		fmt.Fprintf(w, "  %-24s %-16s %5d\n", s.Source, s.Kind, s.Documents)
	}
	return nil
}
