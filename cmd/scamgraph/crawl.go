package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/internal/pipeline"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
)

func runCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "crawl", "crawl [--config sources.yaml] [--source NAME]...\n\n"+
		"Fetches every source of the config (or only those named), archives each response, extracts\n"+
		"documents, entities and relations, and loads them into the graph at NEO4J_URI. Unchanged\n"+
		"pages are not fetched again; a killed crawl resumes where it stopped.")
	path := fs.String("config", "sources.yaml", "crawl configuration (see sources.example.yaml)")
	var only multiFlag
	fs.Var(&only, "source", "crawl only this source (repeatable)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*path)
	if err != nil {
		return fmt.Errorf("%w\n(copy sources.example.yaml to sources.yaml and edit it, or pass --config)", err)
	}
	sources, err := cfg.Pick(only)
	if err != nil {
		return err
	}
	g, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer g.Close(context.Background())
	res, err := crawlAndLoad(ctx, e, cfg, sources, g)
	if err != nil {
		return err
	}
	printRun(e, res)
	if len(res.Failed()) > 0 {
		return errReported
	}
	return nil
}

// resolveGraph merges entity nodes that name the same thing, honouring the analysts' decisions
// file. It runs after every load: the loader writes by extracted id, and this folds new
// records into the nodes they belong to.
func resolveGraph(ctx context.Context, g *graphdb.Store) (graphdb.ResolveReport, error) {
	d, err := entitymatch.LoadDecisions(decisionsPath(""))
	if err != nil {
		return graphdb.ResolveReport{}, err
	}
	rep, err := g.Resolve(ctx, entitymatch.DefaultRules(), d)
	if err != nil {
		return rep, fmt.Errorf("resolve entities: %w", err)
	}
	return rep, nil
}

// crawlAndLoad runs one crawl of sources through pipeline.Runner, as `crawl` and `demo` do.
func crawlAndLoad(ctx context.Context, e *env, cfg *config.Config, sources []config.Source, g *graphdb.Store) (*pipeline.Result, error) {
	r, closeRunner, err := openRunner(e, cfg, g)
	if err != nil {
		return nil, err
	}
	defer closeRunner()
	return r.Run(ctx, sources)
}

// openRunner opens the crawler over cfg's data directory and the runner that extracts what it
// fetches, loads it into g and resolves g after each run. The caller calls closeRunner.
func openRunner(e *env, cfg *config.Config, g *graphdb.Store) (r *pipeline.Runner, closeRunner func() error, err error) {
	c, p, err := openStages(e, cfg, g)
	if err != nil {
		return nil, nil, err
	}
	resolve := func(ctx context.Context) (graphdb.ResolveReport, error) { return resolveGraph(ctx, g) }
	return pipeline.NewRunner(c, p, resolve), c.Close, nil
}

// openStages opens the crawler over cfg's data directory and the pipeline that extracts what it
// fetches and loads it into g. The caller closes the crawler.
func openStages(e *env, cfg *config.Config, g *graphdb.Store) (*crawler.Crawler, *pipeline.Pipeline, error) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		return nil, nil, err
	}
	c, err := crawler.New(cfg, crawler.Options{Logger: e.log, Progress: e.stdout})
	if err != nil {
		return nil, nil, err
	}
	return c, pipeline.New(x, g, cfg.Sources, e.log, e.stdout), nil
}

// loadConfig reads a crawl configuration and checks that every source's kind is registered,
// before anything is opened.
func loadConfig(path string) (*config.Config, error) {
	cfg, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	if err := registry.Kinds().Check(cfg.Sources); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return cfg, nil
}

// dataDir picks the crawl data directory: an explicit one, else the config's, else the default.
func dataDir(explicit, configPath string) (string, error) {
	if explicit != "" {
		return explicit, nil
	}
	if configPath != "" {
		cfg, err := config.Load(configPath)
		if err != nil {
			return "", err
		}
		return cfg.DataDir, nil
	}
	return ".scamgraph/data", nil
}

// printRun prints what a crawl run did.
func printRun(e *env, r *pipeline.Result) {
	fmt.Fprintln(e.stdout)
	r.Summary.Print(e.stdout)
	t := r.Totals
	fmt.Fprintf(e.stdout, "\nExtracted %d documents from %d pages; wrote %d entity mentions and %d typed relations in %s.\n",
		t.Documents, t.Captures, t.Entities, t.Relations, r.Took.Round(time.Millisecond))
	if t.Failed > 0 {
		fmt.Fprintf(e.stdout, "%d pages could not be extracted or loaded; their errors are listed above.\n", t.Failed)
	}
	if n := len(r.Resolved.Merges) + len(r.Resolved.Absorbed); n > 0 {
		fmt.Fprintf(e.stdout, "Resolved entities: %d records merged into the nodes they name (see `scamgraph resolve --dry-run` for why).\n", n)
	}
	if r.Resolved.Repaired > 0 {
		fmt.Fprintf(e.stdout, "Repaired %d edges left parallel by an earlier version.\n", r.Resolved.Repaired)
	}
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
