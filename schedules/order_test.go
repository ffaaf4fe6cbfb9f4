package schedules

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/pipeline"
)

// orderCrawler records when each source's crawl starts and ends.
type orderCrawler struct {
	mu     sync.Mutex
	events []string
}

func (c *orderCrawler) Run(ctx context.Context, srcs []config.Source, h crawler.Handler) (*crawler.Summary, error) {
	sum := &crawler.Summary{Started: time.Now()}
	for _, s := range srcs {
		c.record("start " + s.Name)
		if pipeline.IsList(s) {
			time.Sleep(300 * time.Millisecond) // a list takes a while; an article run must wait for it
		}
		c.record("end " + s.Name)
		sum.Sources = append(sum.Sources, crawler.SourceStats{Name: s.Name, Kind: s.Kind, Fetched: 1})
	}
	sum.Finished = time.Now()
	return sum, nil
}

func (c *orderCrawler) record(ev string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.events = append(c.events, ev)
}

func (c *orderCrawler) snapshot() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.events)
}

// TestScheduledRunLoadsListsFirst schedules an article source listed before a sanctions list:
// the runs at start go through pipeline.Runner and the list is crawled, and resolved, before
// the article source starts, as in `scamgraph crawl`, even though the list's jitter would
// have let the article source start first.
func TestScheduledRunLoadsListsFirst(t *testing.T) {
	cfg := testConfig(t, `  - name: news
    kind: rss
    url: http://127.0.0.1:1/feed
    schedule: "@every 1h"
  - name: sdn
    kind: ofac
    url: http://127.0.0.1:1/SDN.XML
    schedule: "@every 1h"
    jitter: 400ms
`)
	c := &orderCrawler{}
	resolve := func(context.Context) (graphdb.ResolveReport, error) {
		c.record("resolve")
		return graphdb.ResolveReport{}, nil
	}
	r := pipeline.NewRunner(c, pipeline.New(nil, nil, cfg.Sources, nil, nil), resolve)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, cfg, RunnerJob(r), Options{RunAtStart: true}) }()
	deadline := time.Now().Add(10 * time.Second)
	for len(c.snapshot()) < 6 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	want := []string{"start sdn", "end sdn", "resolve", "start news", "end news", "resolve"}
	if got := c.snapshot(); !slices.Equal(got, want) {
		t.Fatalf("scheduled runs went %q, want %q", got, want)
	}
	runs, err := ListRuns(cfg.DataDir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 2 || runs[0].Status != StatusOK || runs[1].Status != StatusOK {
		t.Fatalf("runs recorded: %+v", runs)
	}
}

// TestRunnerJobFailureRule: a source that fetched nothing and failed fails its scheduled run,
// with the crawl's wording.
func TestRunnerJobFailureRule(t *testing.T) {
	cfg := testConfig(t, `  - name: news
    kind: rss
    url: http://127.0.0.1:1/feed
`)
	fail := crawlerFunc(func(_ context.Context, srcs []config.Source, _ crawler.Handler) (*crawler.Summary, error) {
		return &crawler.Summary{Sources: []crawler.SourceStats{{Name: srcs[0].Name, Failed: 1, Errors: []string{"403 Forbidden"}}}}, nil
	})
	r := pipeline.NewRunner(fail, pipeline.New(nil, nil, cfg.Sources, nil, nil), nil)
	counts, err := RunnerJob(r)(context.Background(), cfg.Sources[0])
	if err == nil || err.Error() != "news fetched nothing: 403 Forbidden" {
		t.Fatalf("err = %v", err)
	}
	if counts["failed"] != 1 {
		t.Fatalf("counts = %v", counts)
	}
}

type crawlerFunc func(context.Context, []config.Source, crawler.Handler) (*crawler.Summary, error)

func (f crawlerFunc) Run(ctx context.Context, s []config.Source, h crawler.Handler) (*crawler.Summary, error) {
	return f(ctx, s, h)
}
