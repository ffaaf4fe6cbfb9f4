package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/config"
	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/pipeline"
	"github.com/scamgraph/scamgraph/resolve"
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
	cfg, err := config.Load(*path)
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
	res.print(e)
	if res.failedSources > 0 {
		return errReported
	}
	return nil
}

// crawlResult is what one crawl-extract-load run did.
type crawlResult struct {
	summary       *crawler.Summary
	totals        pipeline.Totals
	resolved      graphdb.ResolveReport
	took          time.Duration
	failedSources int
}

// resolveGraph merges entity nodes that name the same thing, honouring the analysts' decisions
// file. It runs after every load: the loader writes by extracted id, and this folds new
// records into the nodes they belong to.
func resolveGraph(ctx context.Context, g *graphdb.Store) (graphdb.ResolveReport, error) {
	d, err := resolve.LoadDecisions(decisionsPath(""))
	if err != nil {
		return graphdb.ResolveReport{}, err
	}
	rep, err := g.Resolve(ctx, resolve.DefaultRules(), d)
	if err != nil {
		return rep, fmt.Errorf("resolve entities: %w", err)
	}
	return rep, nil
}

// crawlAndLoad runs the crawler over sources, extracting and loading each capture as it arrives.
func crawlAndLoad(ctx context.Context, e *env, cfg *config.Config, sources []config.Source, g *graphdb.Store) (*crawlResult, error) {
	c, p, err := openStages(e, cfg, g)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	start := time.Now()
	// Sanctions lists go first: the extractor learns their names and aliases, so articles
	// crawled afterwards recognise them.
	var lists, rest []config.Source
	for _, s := range sources {
		switch s.Kind {
		case config.KindOFAC, config.KindUKSanctions, config.KindOpenSanctions:
			lists = append(lists, s)
		default:
			rest = append(rest, s)
		}
	}
	sum := &crawler.Summary{Started: start}
	for _, group := range [][]config.Source{lists, rest} {
		if len(group) == 0 {
			continue
		}
		part, err := c.Run(ctx, group, p)
		if err != nil {
			return nil, err
		}
		sum.Sources = append(sum.Sources, part.Sources...)
		sum.Finished, sum.Interrupted = part.Finished, part.Interrupted
		if part.Interrupted {
			break
		}
	}
	res := &crawlResult{summary: sum, totals: p.Totals()}
	if res.resolved, err = resolveGraph(ctx, g); err != nil {
		return nil, err
	}
	res.took = time.Since(start)
	for _, s := range sum.Sources {
		if s.Fetched == 0 && s.NotModified == 0 && s.Failed > 0 {
			res.failedSources++
		}
	}
	return res, nil
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

func (r *crawlResult) print(e *env) {
	fmt.Fprintln(e.stdout)
	r.summary.Print(e.stdout)
	t := r.totals
	fmt.Fprintf(e.stdout, "\nExtracted %d documents from %d pages; wrote %d entity mentions and %d typed relations in %s.\n",
		t.Documents, t.Captures, t.Entities, t.Relations, r.took.Round(time.Millisecond))
	if t.Failed > 0 {
		fmt.Fprintf(e.stdout, "%d pages could not be extracted or loaded; their errors are listed above.\n", t.Failed)
	}
	if n := len(r.resolved.Merges) + len(r.resolved.Absorbed); n > 0 {
		fmt.Fprintf(e.stdout, "Resolved entities: %d records merged into the nodes they name (see `scamgraph resolve --dry-run` for why).\n", n)
	}
	if r.resolved.Repaired > 0 {
		fmt.Fprintf(e.stdout, "Repaired %d edges left parallel by an earlier version.\n", r.resolved.Repaired)
	}
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
