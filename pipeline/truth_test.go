package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/config"
	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/resolve"
)

// taggedLoader loads through the real store with the test's tag in every id and URL.
type taggedLoader struct {
	g    *graphdb.Store
	tag  string
	docs []extract.Document
}

func (l *taggedLoader) Load(ctx context.Context, src graphdb.SourceInfo, docs []extract.Document, seen time.Time) (graphdb.LoadStats, error) {
	docs = storetest.Retag(l.tag, docs)
	l.docs = append(l.docs, docs...)
	src.Name += "-" + l.tag
	return l.g.Load(ctx, src, docs, seen)
}

// TestRealOFACConsolidatedList sends OFAC's real consolidated (non-SDN) list through the crawl
// path (capture -> extractor -> graph) and resolution: no entry is called an SDN entry, no
// "For more information, please see: ...pdf" note becomes an identifier, and no two records
// with different OFAC uids end on one node, although 190 of them share that note, many share
// websites and several share names.
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
	const listURL = "https://www.treasury.gov/ofac/downloads/consolidated/consolidated.xml"
	p := New(x, l, []config.Source{{Name: "ofac-cons", Kind: config.KindOFAC, URL: listURL}}, nil, nil)
	sum := sha256.Sum256(body)
	if err := p.HandleCapture(ctx, crawler.Capture{Source: "ofac-cons", Kind: config.KindOFAC, URL: listURL, FinalURL: listURL,
		ContentType: "application/xml", Status: 200, Body: body, Digest: hex.EncodeToString(sum[:]), FetchedAt: time.Now().UTC()}); err != nil {
		t.Fatal(err)
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

	rep, err := g.ResolveScoped(ctx, resolve.DefaultRules(), resolve.Decisions{}, graphdb.ResolveScope{IDContains: tag})
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
			if info, ok := resolve.ClassifyIdentifier(id.Scheme, id.Value, id.Country); ok && info.Class == "list:ofac" {
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
		if strings.Contains(d.Text, "For more information, please see:") && d.Entities[0].Type == extract.Company {
			if a == "" {
				a = d.Entities[0].ID
			} else if d.Entities[0].ID != a {
				b = d.Entities[0].ID
				break
			}
		}
	}
	exp, err := g.Explain(ctx, a, b, resolve.DefaultRules(), resolve.Decisions{})
	if err != nil {
		t.Fatal(err)
	}
	if exp.Explanation.Verdict != resolve.VerdictApart || len(exp.Explanation.Blockers) == 0 || !strings.Contains(exp.Explanation.Blockers[0], "list:ofac") {
		t.Errorf("%s and %s share the pdf note:\n%s", a, b, exp.Explanation)
	}
}
