package pipeline

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/internal/config"
)

// callLog is a Crawler that records the sources of each call and can cancel the run after a
// given number of calls.
type callLog struct {
	mu     sync.Mutex
	calls  [][]string
	stopAt int
	cancel context.CancelFunc
}

func (c *callLog) Run(ctx context.Context, sources []config.Source, h crawler.Handler) (*crawler.Summary, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var names []string
	sum := &crawler.Summary{Started: time.Now()}
	for _, s := range sources {
		names = append(names, s.Name)
		sum.Sources = append(sum.Sources, crawler.SourceStats{Name: s.Name, Fetched: 1})
	}
	c.calls = append(c.calls, names)
	if c.stopAt > 0 && len(c.calls) == c.stopAt {
		c.cancel()
	}
	sum.Interrupted = ctx.Err() != nil
	sum.Finished = time.Now()
	return sum, nil
}

// TestRunListsOneAtATime: lists are crawled one per call, in the configured order, before
// the other sources, which are crawled together. Each list teaches the extractor the names
// the next one is read against, so their order must not depend on which finished first.
func TestRunListsOneAtATime(t *testing.T) {
	srcs := []config.Source{
		{Name: "news", Kind: "rss"},
		{Name: "ofac-sdn", Kind: "ofac"},
		{Name: "blog", Kind: "sitemap"},
		{Name: "opensanctions", Kind: "opensanctions"},
		{Name: "uk", Kind: "uksanctions"},
	}
	tests := []struct {
		name      string
		stopAt    int
		want      [][]string
		wantNames []string
		interrupt bool
	}{
		{name: "whole run", want: [][]string{{"ofac-sdn"}, {"opensanctions"}, {"uk"}, {"news", "blog"}},
			wantNames: []string{"ofac-sdn", "opensanctions", "uk", "news", "blog"}},
		{name: "interrupted during the second list", stopAt: 2, want: [][]string{{"ofac-sdn"}, {"opensanctions"}},
			wantNames: []string{"ofac-sdn", "opensanctions"}, interrupt: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			c := &callLog{stopAt: tc.stopAt, cancel: cancel}
			r := NewRunner(c, New(nil, nil, srcs, nil, nil), nil)
			res, err := r.Run(ctx, srcs)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(c.calls, tc.want) {
				t.Errorf("crawl calls %v, want %v", c.calls, tc.want)
			}
			var got []string
			for _, s := range res.Summary.Sources {
				got = append(got, s.Name)
			}
			if strings.Join(got, ",") != strings.Join(tc.wantNames, ",") {
				t.Errorf("summary sources %v, want %v", got, tc.wantNames)
			}
			if res.Summary.Interrupted != tc.interrupt {
				t.Errorf("interrupted %v, want %v", res.Summary.Interrupted, tc.interrupt)
			}
		})
	}
}
