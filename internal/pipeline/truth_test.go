package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/model"
)

// taggedLoader loads through the real store with the test's tag in every id and URL.
type taggedLoader struct {
	g    *graphdb.Store
	tag  string
	docs []model.Document
}

func (l *taggedLoader) Load(ctx context.Context, src graphdb.SourceInfo, docs []model.Document, seen time.Time) (graphdb.LoadStats, error) {
	docs = storetest.Retag(l.tag, docs)
	l.docs = append(l.docs, docs...)
	src.Name += "-" + l.tag
	return l.g.Load(ctx, src, docs, seen)
}

// TestRealOFACConsolidatedList sends OFAC's real consolidated (non-SDN) list through the crawl
// path (crawler fetch and archive -> pipeline -> extractor -> graph) and resolution: no entry
// is called an SDN entry, no "For more information, please see: ...pdf" note becomes an
// identifier, and no two records with different OFAC uids end on one node, although 190 of
// them share that note, many share websites and several share names.
func TestRealOFACConsolidatedList(t *testing.T) {
	g := openStore(t)
	ctx := context.Background()
	tag := storetest.Tag(t, "zt")
	t.Cleanup(func() { storetest.RemoveTagged(t, tag) })
	body, err := os.ReadFile(storetest.Capture(t, "ofac/consolidated_2018-04-06.xml"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := &taggedLoader{g: g, tag: tag}
	// The crawler fetches the list from a local server as it fetches OFAC's, archives it and
	// hands it to the pipeline.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/ofac/consolidated.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/xml")
		w.Write(body)
	}))
	defer srv.Close()
	listURL := srv.URL + "/ofac/consolidated.xml"
	cfg, err := config.Parse([]byte(fmt.Sprintf(`user_agent: "scamgraph-test/1.0 (+mailto:crawl@example.org)"
data_dir: %q
sources:
  - name: ofac-cons
    kind: ofac
    url: %s
    max_body_bytes: 4000000
`, t.TempDir(), listURL)))
	if err != nil {
		t.Fatal(err)
	}
	p := New(x, l, cfg.Sources, nil, nil)
	c, err := crawler.New(cfg, crawler.Options{Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sum, err := c.Run(ctx, cfg.Sources, p)
	if err != nil {
		t.Fatal(err)
	}
	if tot := p.Totals(); tot.Failed != 0 || tot.Captures != 1 {
		t.Fatalf("crawl: %+v, pipeline totals %+v", sum, tot)
	}
	if len(l.docs) < 500 {
		t.Fatalf("%d documents from the 639-record list", len(l.docs))
	}
	for _, d := range l.docs {
		if strings.Contains(d.Title, "SDN:") || strings.Contains(d.Text, "SDN entry") || strings.Contains(d.Text, "SDN list published") {
			t.Fatalf("%s is called an SDN entry: %q\n%.300s", d.URL, d.Title, d.Text)
		}
		for _, e := range d.Entities {
			for _, id := range e.Identifiers {
				if strings.Contains(strings.ToLower(id.Scheme), "more information") || strings.HasPrefix(id.Value, "http") && id.Scheme != "Website" {
					t.Fatalf("%s: filler identifier %+v", e.ID, id)
				}
			}
		}
	}

	rep, err := g.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, graphdb.ResolveScope{IDContains: tag})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d candidates, %d merges, %d ambiguous keys in %s", rep.Candidates, len(rep.Merges), len(rep.Ambiguous), rep.Took)
	cands, err := g.Candidates(ctx, graphdb.ResolveScope{IDContains: tag})
	if err != nil {
		t.Fatal(err)
	}
	listed := 0
	for _, c := range cands {
		uids := map[string]bool{}
		for _, id := range c.Identifiers {
			if info, ok := entitymatch.ClassifyIdentifier(id.Scheme, id.Value, id.Country); ok && info.Class == "list:ofac" {
				uids[info.Key] = true
			}
		}
		if len(uids) > 0 {
			listed++
		}
		if len(uids) > 1 {
			t.Errorf("%s (%s) holds %d OFAC uids: %v (merged %v)", c.ID, c.Name, len(uids), uids, c.MergedIDs)
		}
	}
	if listed < 500 {
		t.Errorf("%d listed parties kept their OFAC uid, want every one of the %d entries", listed, len(l.docs))
	}
	// The parties that share the pdf note stay apart, and explain says why.
	var a, b string
	for _, d := range l.docs {
		if strings.Contains(d.Text, "For more information, please see:") && d.Entities[0].Type == model.Company {
			if a == "" {
				a = d.Entities[0].ID
			} else if d.Entities[0].ID != a {
				b = d.Entities[0].ID
				break
			}
		}
	}
	exp, err := g.Explain(ctx, a, b, entitymatch.DefaultRules(), entitymatch.Decisions{})
	if err != nil {
		t.Fatal(err)
	}
	if exp.Explanation.Verdict != entitymatch.VerdictApart || len(exp.Explanation.Blockers) == 0 || !strings.Contains(exp.Explanation.Blockers[0], "list:ofac") {
		t.Errorf("%s and %s share the pdf note:\n%s", a, b, exp.Explanation)
	}
}
