package crawler

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/sampleworld"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
)

// TestSampleWorld crawls every source of the bundled sample world with its own
// configuration: no source fails, every kind yields documents, the page robots.txt forbids is
// never requested, and a second run finds everything unchanged.
func TestSampleWorld(t *testing.T) {
	var mu sync.Mutex
	var paths []string
	h := sampleworld.Handler()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()
	env := map[string]string{
		sampleworld.EnvURL:                srv.URL,
		sampleworld.EnvCourtListenerToken: sampleworld.CourtListenerToken,
		sampleworld.EnvBlueskyHandle:      sampleworld.BlueskyHandle,
		sampleworld.EnvBlueskyPassword:    sampleworld.BlueskyPassword,
	}
	t.Setenv(sampleworld.EnvURL, srv.URL)
	cfg, err := config.Parse(sampleworld.SourcesYAML())
	if err != nil {
		t.Fatal(err)
	}
	cfg.DataDir = t.TempDir()
	opts := testOptions(nil)
	opts.Getenv = func(k string) string { return env[k] }
	rec := &recorder{}
	sum := crawlOnce(t, cfg, opts, rec)
	var out bytes.Buffer
	sum.Print(&out)
	for _, st := range sum.Sources {
		if st.Failed != 0 {
			t.Errorf("%s failed: %v", st.Name, st.Errors)
		}
		if st.Documents == 0 {
			t.Errorf("%s handed over no documents", st.Name)
		}
	}
	kinds := map[string]bool{}
	for _, c := range rec.caps {
		kinds[c.Kind] = true
		if c.Status != 200 || len(c.Body) == 0 || c.Digest == "" {
			t.Errorf("capture %s: status %d, %d bytes", c.URL, c.Status, len(c.Body))
		}
	}
	for _, k := range registry.Kinds().Names() {
		if k != "page" && !kinds[k] {
			t.Errorf("no capture of kind %s", k)
		}
	}
	mu.Lock()
	for _, p := range paths {
		if strings.HasPrefix(p, sampleworld.DisallowedPage) {
			t.Errorf("robots.txt forbids %s but it was requested", p)
		}
	}
	mu.Unlock()

	rec2 := &recorder{}
	sum2 := crawlOnce(t, cfg, opts, rec2)
	for _, st := range sum2.Sources {
		// GDELT asks for the new time window since the last run; the others are unchanged.
		if st.Failed != 0 || st.Documents != 0 || (st.NotModified == 0 && st.Kind != "gdelt") {
			t.Errorf("second run %s: %+v", st.Name, st)
		}
	}
	if t.Failed() {
		t.Logf("first run:\n%s", out.String())
		out.Reset()
		sum2.Print(&out)
		t.Logf("second run:\n%s", out.String())
	}
}
