// Package pipeline joins the stages: each capture the crawler hands over is extracted into
// documents and loaded into the graph at once, so a crawl that stops half-way has already
// stored what it read.
package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
	"github.com/scamgraph/scamgraph/model"
)

// Loader is the part of the graph store the pipeline writes to.
type Loader interface {
	Load(ctx context.Context, src graphdb.SourceInfo, docs []model.Document, seen time.Time) (graphdb.LoadStats, error)
}

// Extractor turns a fetched page into documents.
type Extractor interface {
	Extract(ctx context.Context, p extract.Page) ([]model.Document, error)
}

// Pipeline implements crawler.Handler.
type Pipeline struct {
	x        Extractor
	store    Loader
	sources  map[string]config.Source
	log      *slog.Logger
	progress io.Writer
	every    time.Duration

	mu        sync.Mutex
	totals    Totals
	perSource map[string]*Totals
	lastShown time.Time
}

// Totals counts what the pipeline extracted and wrote.
type Totals struct {
	Captures  int
	Documents int
	Entities  int
	Relations int // typed relations written (evidence records of typed edges)
	Failed    int
}

// New returns a pipeline that extracts with x and writes to store. Progress lines go to
// progress (nil for none) at most once per second.
func New(x Extractor, store Loader, sources []config.Source, log *slog.Logger, progress io.Writer) *Pipeline {
	m := make(map[string]config.Source, len(sources))
	for _, s := range sources {
		m[s.Name] = s
	}
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Pipeline{x: x, store: store, sources: m, log: log, progress: progress,
		every: time.Second, perSource: map[string]*Totals{}}
}

// HandleCapture extracts one capture and loads its documents. A page that cannot be
// extracted is an error naming its address; the crawler reports it and goes on.
func (p *Pipeline) HandleCapture(ctx context.Context, c crawler.Capture) error {
	page := extract.Page{
		URL:         cmp.Or(c.FinalURL, c.URL),
		Kind:        pageKind(c.Kind),
		ContentType: c.ContentType,
		Body:        c.Body,
		Source:      c.Source,
		Capture:     c.Digest,
		Hint:        extract.Hint{Title: c.Title, Author: c.Author, Published: c.Published},
		Truncated:   c.Truncated,
		Authority:   p.sources[c.Source].Authority,
		Parsed:      c.Parsed,
	}
	docs, err := p.x.Extract(ctx, page)
	if err != nil {
		p.count(c.Source, func(t *Totals) { t.Captures++; t.Failed++ })
		return fmt.Errorf("extract %s: %w", page.URL, err)
	}
	for i := range docs {
		if docs[i].Capture == "" {
			docs[i].Capture = c.Digest
		}
		if docs[i].Source == "" {
			docs[i].Source = c.Source
		}
	}
	src := p.sources[c.Source]
	info := graphdb.SourceInfo{Name: c.Source, Kind: c.Kind, URL: cmp.Or(src.URL, c.URL), Extractor: extract.Version}
	if len(docs) > 0 {
		if _, err := p.store.Load(ctx, info, docs, c.FetchedAt); err != nil {
			p.count(c.Source, func(t *Totals) { t.Captures++; t.Failed++ })
			return fmt.Errorf("load %d documents from %s: %w", len(docs), page.URL, err)
		}
	}
	ents, rels := 0, 0
	for _, d := range docs {
		ents += len(d.Entities)
		for _, r := range d.Relations {
			if r.Predicate != model.MentionedWith {
				rels++
			}
		}
	}
	p.count(c.Source, func(t *Totals) {
		t.Captures++
		t.Documents += len(docs)
		t.Entities += ents
		t.Relations += rels
	})
	return nil
}

// Totals returns the counts so far.
func (p *Pipeline) Totals() Totals {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.totals
}

// SourceTotals returns the counts so far for one source.
func (p *Pipeline) SourceTotals(name string) Totals {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t, ok := p.perSource[name]; ok {
		return *t
	}
	return Totals{}
}

func (p *Pipeline) count(source string, f func(*Totals)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	f(&p.totals)
	t := p.perSource[source]
	if t == nil {
		t = &Totals{}
		p.perSource[source] = t
	}
	f(t)
	if p.progress != nil && time.Since(p.lastShown) >= p.every {
		p.lastShown = time.Now()
		fmt.Fprintf(p.progress, "  extracted %d documents from %d pages; wrote %d entity mentions and %d relations\n",
			p.totals.Documents, p.totals.Captures, p.totals.Entities, p.totals.Relations)
	}
}

// pageKind maps a source kind to the parser for the pages it yields: feeds, sitemaps and GDELT
// listings lead to ordinary article pages, which the extractor recognises itself.
func pageKind(sourceKind string) string {
	if k, ok := registry.Kinds().Lookup(sourceKind); ok {
		if f := k.Spec().Form; f == sources.Listing || f == sources.Article {
			return ""
		}
	}
	return sourceKind
}
