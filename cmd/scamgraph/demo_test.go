package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	if v != nil && resp.StatusCode == http.StatusOK {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
	}
	return resp.StatusCode
}

// TestDemoEndToEnd runs the real `scamgraph demo` process against the real Neo4j: it must crawl
// the sample world, load the graph, serve the API with the figures the foundation asks for,
// and stop cleanly on Ctrl-C.
func TestDemoEndToEnd(t *testing.T) {
	graphdbtest.Exclusive(t)
	uri := graphdbtest.URI()
	addr, world := freeAddr(t), freeAddr(t)
	var out bytes.Buffer
	bin, data := binary(t), t.TempDir()
	cmd := exec.Command(bin, "demo", "--data", data)
	cmd.Env = append(os.Environ(), "NEO4J_URI="+uri, "SCAMGRAPH_ADDR="+addr, "SAMPLEWORLD_ADDR="+world)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	}()

	base := "http://" + addr
	var stats struct{ Entities, Relations, Documents, Sources int }
	deadline := time.Now().Add(8 * time.Minute)
	for {
		select {
		case err := <-exited:
			t.Fatalf("demo exited early (%v):\n%s", err, out.String())
		default:
		}
		if getJSON(t, base+"/api/stats", &stats) == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("demo did not serve /api/stats in time:\n%s", out.String())
		}
		time.Sleep(500 * time.Millisecond)
	}
	if stats.Entities < 50 || stats.Relations < 30 || stats.Documents < 20 {
		t.Errorf("stats %+v: want >= 50 entities, >= 30 typed relations, >= 20 documents", stats)
	}
	if stats.Sources < 13 {
		t.Errorf("stats %+v: want every one of the sample world's 13 sources", stats)
	}
	// The graph may hold earlier runs too; the demo's own summary says what this run wrote.
	var docs, pages, mentions, rels int
	if _, err := fmt.Sscanf(out.String()[strings.Index(out.String(), "Extracted "):], "Extracted %d documents from %d pages; wrote %d entity mentions and %d typed relations",
		&docs, &pages, &mentions, &rels); err != nil {
		t.Fatalf("demo summary line missing (%v):\n%s", err, out.String())
	}
	if docs < 20 || rels < 30 || mentions < 50 {
		t.Errorf("this run extracted %d documents, %d typed relations, %d entity mentions; want >= 20, >= 30, >= 50", docs, rels, mentions)
	}
	if code := getJSON(t, base+"/healthz", nil); code != http.StatusOK {
		t.Errorf("/healthz = %d", code)
	}
	// The demo's server is the hardened one (TestServeHostile tries it at length): Cypher cannot
	// load files, other sites and names are refused, bad input is a 4xx.
	for _, c := range []struct {
		method, path, body string
		hdr                map[string]string
		want               int
	}{
		{"POST", "/api/cypher", `{"query": "LOAD\u00a0CSV FROM 'file:///etc/passwd' AS l RETURN l"}`, jsonCT, http.StatusBadRequest},
		{"POST", "/api/cypher", `{"query": "SHOW TRANSACTIONS"}`, jsonCT, http.StatusBadRequest},
		{"POST", "/api/cypher", `{"query": "RETURN 1"}`, map[string]string{"Content-Type": "text/plain"}, http.StatusUnsupportedMediaType},
		{"POST", "/api/cypher", `{"query": "RETURN 1"}`, map[string]string{"Content-Type": "application/json", "Origin": "http://evil.example"}, http.StatusForbidden},
		{"GET", "/api/stats", "", map[string]string{"Host": "rebind.evil.example"}, http.StatusMisdirectedRequest},
		{"GET", "/api/entities?type=Bogus", "", nil, http.StatusBadRequest},
	} {
		if code, _, body := send(t, nil, c.method, base+c.path, c.hdr, c.body); code != c.want {
			t.Errorf("demo server: %s %s %v: %d %s, want %d", c.method, c.path, c.hdr, code, body, c.want)
		}
	}
	for _, want := range []string{"Entities by type:", "Relations by predicate and grade:", "MATCH ", "Explorer: http://" + addr} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q", want)
		}
	}

	var hits []struct{ ID, Name, Type string }
	getJSON(t, base+"/api/entities?q="+url.QueryEscape("Chen Zhi"), &hits)
	if len(hits) == 0 || hits[0].Type != "Person" {
		t.Fatalf("search Chen Zhi: %+v", hits)
	}
	var detail struct {
		Entity    struct{ ID, Name string }
		Relations []struct {
			Subject, Predicate, Object, Grade string
			Evidence                          []evidenceRow
		}
	}
	if code := getJSON(t, base+"/api/entities/"+url.PathEscape(hits[0].ID), &detail); code != http.StatusOK {
		t.Fatalf("entity %s: HTTP %d", hits[0].ID, code)
	}
	typed := 0
	for _, r := range detail.Relations {
		if r.Predicate == "MENTIONED_WITH" {
			continue
		}
		typed++
		if len(r.Evidence) == 0 || r.Evidence[0].Quote == "" {
			t.Errorf("relation %s of %s has no evidence quote", r.Predicate, detail.Entity.Name)
		}
	}
	if typed == 0 {
		t.Errorf("%s has no typed relation", detail.Entity.Name)
	}

	// The complicity network the sample documents state: KK Park is protected by an armed
	// group and raided by the military, and its land is owned through an armed group's company;
	// O'Smach Resort belongs to a senator's conglomerate.
	for _, c := range []struct {
		name  string
		preds []string
	}{{"KK Park", []string{"PROTECTS", "RAIDED", "OWNS"}}, {"O'Smach Resort", []string{"OWNS"}}} {
		var found []struct{ ID, Name, Type string }
		getJSON(t, base+"/api/entities?q="+url.QueryEscape(c.name), &found)
		if len(found) == 0 || found[0].Type != "Compound" {
			t.Errorf("search %s: %+v", c.name, found)
			continue
		}
		var site struct {
			Relations []struct{ Predicate string }
		}
		getJSON(t, base+"/api/entities/"+url.PathEscape(found[0].ID), &site)
		for _, p := range c.preds {
			has := false
			for _, r := range site.Relations {
				has = has || r.Predicate == p
			}
			if !has {
				t.Errorf("%s has no %s relation; got %+v", c.name, p, site.Relations)
			}
		}
		var comp struct {
			Paths []struct {
				Path struct {
					Nodes []struct{ Name string }
				}
			}
		}
		if code := getJSON(t, base+"/api/compounds/"+url.PathEscape(found[0].ID)+"/complicity", &comp); code != http.StatusOK || len(comp.Paths) == 0 {
			t.Errorf("complicity view of %s: HTTP %d, %d paths; want a public body or official tied to it", c.name, code, len(comp.Paths))
		}
	}

	// The evidence names the archived capture it came from; `capture` prints those exact bytes.
	// An entity page shows at most 50 evidence rows a relation, and a graph that earlier runs
	// filled may show theirs first: this run's rows are then read from /api/evidence, which
	// gives all of a relation's evidence.
	digest := ""
	thisRun := func(evs []evidenceRow) {
		for _, ev := range evs {
			if ev.Capture != "" && strings.HasPrefix(ev.DocumentURL, "http://"+world+"/") {
				digest = ev.Capture
			}
		}
	}
	for _, r := range detail.Relations {
		thisRun(r.Evidence)
	}
	for _, r := range detail.Relations {
		if digest != "" {
			break
		}
		if r.Predicate == "MENTIONED_WITH" {
			continue
		}
		var all []evidenceRow
		q := url.Values{"subject": {r.Subject}, "predicate": {r.Predicate}, "object": {r.Object}}
		if code := getJSON(t, base+"/api/evidence?"+q.Encode(), &all); code != http.StatusOK {
			t.Fatalf("evidence of %s %s %s: HTTP %d", r.Subject, r.Predicate, r.Object, code)
		}
		thisRun(all)
	}
	if digest == "" {
		t.Fatalf("no evidence of %s from this run names its capture", detail.Entity.Name)
	}
	archived, err := exec.Command(bin, "capture", "--data", data, digest).Output()
	if err != nil {
		t.Fatalf("scamgraph capture %s: %v", digest, err)
	}
	if sum := sha256.Sum256(archived); hex.EncodeToString(sum[:]) != digest {
		t.Errorf("capture %s printed %d bytes whose sha256 differs", digest, len(archived))
	}

	cmd.Process.Signal(syscall.SIGINT)
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("demo exit after Ctrl-C: %v\n%s", err, out.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("demo still running 30 s after Ctrl-C")
	}
	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		t.Errorf("something still listens on %s after the demo stopped", addr)
	}
}

// evidenceRow is what the demo test reads of one evidence record.
type evidenceRow struct {
	Quote, Grade, Capture string
	DocumentURL           string `json:"document_url"`
}
