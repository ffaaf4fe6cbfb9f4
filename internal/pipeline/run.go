package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
)

// Crawler fetches sources and hands every capture to h (crawler.Crawler does).
type Crawler interface {
	Run(ctx context.Context, sources []config.Source, h crawler.Handler) (*crawler.Summary, error)
}

// Resolver merges entity nodes that name the same thing. It runs after every load: the loader
// writes by extracted id, and resolution folds new records into the nodes they belong to.
type Resolver func(ctx context.Context) (graphdb.ResolveReport, error)

// Runner owns crawl runs: `scamgraph crawl`, `demo` and `schedule` all go through Run, so they
// share the order (sanctions lists first), the resolution after the load and the failure rule.
// One Runner may run several crawls at once (the scheduler does); they share its pipeline.
type Runner struct {
	crawler Crawler
	pipe    *Pipeline
	resolve Resolver

	// lists is held exclusively while sanctions lists load and shared by other crawls, so an
	// article is never extracted while the names it should recognise are half learned.
	lists     sync.RWMutex
	resolving sync.Mutex // runs may end together; one resolution at a time
}

// NewRunner returns a Runner that crawls with c, extracts and loads through p and resolves
// with resolve (nil for none).
func NewRunner(c Crawler, p *Pipeline, resolve Resolver) *Runner {
	return &Runner{crawler: c, pipe: p, resolve: resolve}
}

// Result is what one run did.
type Result struct {
	Summary *crawler.Summary
	// Totals counts what this run extracted and wrote (not other runs sharing the pipeline).
	Totals   Totals
	Resolved graphdb.ResolveReport
	Took     time.Duration
}

// IsList reports whether a source is a sanctions list. Lists load before other sources: the
// extractor learns their names and aliases, so articles crawled afterwards recognise them.
func IsList(s config.Source) bool {
	return registry.Kinds().Is(s.Kind, sources.List)
}

// Groups splits sources into the order a run takes them: sanctions lists, then the rest.
// Empty groups are left out.
func Groups(sources []config.Source) [][]config.Source {
	var lists, rest []config.Source
	for _, s := range sources {
		if IsList(s) {
			lists = append(lists, s)
		} else {
			rest = append(rest, s)
		}
	}
	var out [][]config.Source
	for _, g := range [][]config.Source{lists, rest} {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// Run crawls sources (lists first), extracting and loading each capture as it arrives, then
// resolves the graph. An interrupted run stops after the group it was in and still resolves
// what it loaded. When resolution fails, Run returns the result so far with the error.
func (r *Runner) Run(ctx context.Context, sources []config.Source) (*Result, error) {
	start := time.Now()
	before := r.sourceTotals(sources)
	sum := &crawler.Summary{Started: start}
	for _, group := range Groups(sources) {
		part, err := r.crawlGroup(ctx, group)
		if err != nil {
			return nil, err
		}
		sum.Sources = append(sum.Sources, part.Sources...)
		sum.Finished, sum.Interrupted = part.Finished, part.Interrupted
		if part.Interrupted {
			break
		}
	}
	after := r.sourceTotals(sources)
	res := &Result{Summary: sum, Totals: Totals{
		Captures:  after.Captures - before.Captures,
		Documents: after.Documents - before.Documents,
		Entities:  after.Entities - before.Entities,
		Relations: after.Relations - before.Relations,
		Failed:    after.Failed - before.Failed,
	}}
	if r.resolve != nil {
		r.resolving.Lock()
		rep, err := r.resolve(ctx)
		r.resolving.Unlock()
		res.Resolved = rep
		if err != nil {
			res.Took = time.Since(start)
			return res, err
		}
	}
	res.Took = time.Since(start)
	return res, nil
}

// crawlGroup crawls one group. Lists are crawled one at a time, in the configured order: each
// list teaches the extractor the names the next one is read against, so "CO., LTD." in one
// list and "Co., Ltd." in another land on one name, and lists crawled side by side would give
// that name by whichever finished first, a node id that changed between fresh builds.
func (r *Runner) crawlGroup(ctx context.Context, group []config.Source) (*crawler.Summary, error) {
	if !IsList(group[0]) {
		r.lists.RLock()
		defer r.lists.RUnlock()
		return r.crawler.Run(ctx, group, r.pipe)
	}
	r.lists.Lock()
	defer r.lists.Unlock()
	sum := &crawler.Summary{Started: time.Now()}
	for i := range group {
		part, err := r.crawler.Run(ctx, group[i:i+1], r.pipe)
		if err != nil {
			return nil, fmt.Errorf("crawl list %s: %w", group[i].Name, err)
		}
		sum.Sources = append(sum.Sources, part.Sources...)
		sum.Finished, sum.Interrupted = part.Finished, part.Interrupted
		if part.Interrupted {
			break
		}
	}
	return sum, nil
}

// sourceTotals adds up the pipeline's counts for the named sources.
func (r *Runner) sourceTotals(sources []config.Source) Totals {
	var t Totals
	for _, s := range sources {
		st := r.pipe.SourceTotals(s.Name)
		t.Captures += st.Captures
		t.Documents += st.Documents
		t.Entities += st.Entities
		t.Relations += st.Relations
		t.Failed += st.Failed
	}
	return t
}

// Failed lists the sources that failed outright: they fetched nothing, not even an unchanged
// page, and had errors. A source that fetched some pages and failed on others has not failed.
func (res *Result) Failed() []crawler.SourceStats {
	var out []crawler.SourceStats
	for _, st := range res.Summary.Sources {
		if st.Fetched == 0 && st.NotModified == 0 && st.Failed > 0 {
			out = append(out, st)
		}
	}
	return out
}

// Err is nil unless a source failed outright; then it names each one and why.
func (res *Result) Err() error {
	var errs []error
	for _, st := range res.Failed() {
		errs = append(errs, fmt.Errorf("%s fetched nothing: %s", st.Name, strings.Join(st.Errors, "; ")))
	}
	return errors.Join(errs...)
}
