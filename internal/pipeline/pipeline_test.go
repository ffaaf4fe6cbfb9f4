package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/crawler"
	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/model"
)

// word returns a capitalised made-up word, so each run names entities no other test uses.
func word(r *rand.Rand) string {
	const cons, vow = "bdgklmnprstvz", "aeiou"
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteByte(cons[r.IntN(len(cons))])
		b.WriteByte(vow[r.IntN(len(vow))])
	}
	return strings.ToUpper(b.String()[:1]) + b.String()[1:]
}

func openStore(t *testing.T) *graphdb.Store {
	t.Helper()
	graphdbtest.Shared(t)
	return storetest.Open(t)
}

// TestHandleCapture sends one crawled article through the real extractor into the real graph
// and checks the document, its capture digest and a typed relation with its quote arrive.
func TestHandleCapture(t *testing.T) {
	g := openStore(t)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	company := word(r) + " " + word(r) + " Holdings Co., Ltd."
	person := word(r) + " " + word(r)
	source := "pipeline-test-" + strings.ToLower(word(r))
	url := "http://pipeline-test.invalid/" + source + "/article"
	body := fmt.Sprintf(`<!doctype html><html><head><meta charset="utf-8"><title>Casino owner named</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Casino owner named</h1>
<p>%s, chairman of %s, was named in the report published on Tuesday by investigators in Phnom Penh.</p>
<p>The company did not answer questions sent by email before publication of this article.</p>
</article><footer>About us</footer></body></html>`, person, company)
	sum := sha256.Sum256([]byte(body))
	digest := hex.EncodeToString(sum[:])

	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := New(x, g, []config.Source{{Name: source, Kind: "rss", URL: "http://pipeline-test.invalid/feed/"}}, nil, nil)
	c := crawler.Capture{Source: source, Kind: "rss", URL: url, ContentType: "text/html; charset=utf-8",
		Status: 200, Body: []byte(body), Digest: digest, FetchedAt: time.Now().UTC()}
	if err := p.HandleCapture(ctx, c); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { removeTestData(t, source, url, []string{person, company}) })

	tot := p.Totals()
	if tot.Captures != 1 || tot.Documents != 1 || tot.Relations < 1 || tot.Failed != 0 {
		t.Errorf("totals %+v: want 1 capture, 1 document, >= 1 typed relation", tot)
	}
	if got := p.SourceTotals(source); got != tot {
		t.Errorf("source totals %+v differ from totals %+v", got, tot)
	}
	res, err := g.ReadCypher(ctx, `MATCH (d:Document {url: $url})-[:FROM_SOURCE]->(s:Source) RETURN d.capture, s.name`,
		map[string]any{"url": url}, graphdb.CypherOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 || res.Rows[0][0] != digest || res.Rows[0][1] != source {
		t.Fatalf("document row %v: want capture %s from %s", res.Rows, digest, source)
	}
	ev, err := g.Evidence(ctx, model.EntityID(model.Person, person), model.Directs, model.EntityID(model.Company, company))
	if err != nil {
		t.Fatal(err)
	}
	if len(ev) == 0 || !strings.Contains(ev[0].Quote, "chairman of") || ev[0].Grade != model.Reported || ev[0].Extractor != extract.Version {
		t.Fatalf("evidence of %s DIRECTS %s: %+v", person, company, ev)
	}
}

// TestHandleCaptureNamesBadPage checks that a page the extractor refuses is an error naming
// its address, counted as failed, and that the pipeline goes on with the next page.
func TestHandleCaptureNamesBadPage(t *testing.T) {
	g := openStore(t)
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := New(x, g, nil, nil, nil)
	url := "http://pipeline-test.invalid/too-big"
	big := append([]byte("<html><body><p>"), []byte(strings.Repeat("a", extract.MaxBodyBytes+1))...)
	err = p.HandleCapture(context.Background(), crawler.Capture{Source: "s", Kind: "page", URL: url, Body: big})
	if err == nil || !strings.Contains(err.Error(), url) {
		t.Fatalf("error %v does not name %s", err, url)
	}
	if tot := p.Totals(); tot.Failed != 1 || tot.Documents != 0 {
		t.Errorf("totals %+v: want one failed page and no document", tot)
	}
}

func removeTestData(t *testing.T, source, url string, names []string) {
	storetest.Write(t, map[string]any{"url": url, "source": source, "names": names},
		`MATCH (d:Document {url: $url}) OPTIONAL MATCH (ev:Evidence)-[:IN_DOCUMENT]->(d) DETACH DELETE ev, d`,
		`MATCH (s:Source {name: $source}) DETACH DELETE s`,
		`MATCH (e:Entity) WHERE e.name IN $names DETACH DELETE e`)
}
