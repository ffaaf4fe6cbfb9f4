package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/model"
)

func fetchBrief(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	req.Host = "localhost"
	h.ServeHTTP(rec, req)
	return rec
}

// TestBriefAPI asks GET /api/brief for the test world's compound in each format, and for an
// ambiguous and an unknown name.
func TestBriefAPI(t *testing.T) {
	graphdbtest.Shared(t)
	s := storetest.Open(t)
	w := loadWorld(t, s)
	twinP, twinC := ent(model.Person, "Twin Star "+w.tag), ent(model.Company, "Twin Star "+w.tag)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := s.Load(ctx, graphdb.SourceInfo{Name: "web-test-twins-" + w.tag}, []model.Document{{
		URL: "https://web-test.invalid/twins-" + w.tag, Title: "twins", Text: "twins",
		Entities: []model.Entity{twinP, twinC}, Relations: []model.Relation{rel(twinP, model.Directs, twinC, model.Reported)}}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	h := New(s, nil)

	rec := fetchBrief(t, h, q("/api/brief", "ids", w.park.Name))
	if rec.Code != http.StatusOK {
		t.Fatalf("html brief: %d %s", rec.Code, rec.Body.String())
	}
	body := rec.Body.String()
	if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "sandbox") {
		t.Errorf("Content-Security-Policy %q: a brief must run nothing and fetch nothing", csp)
	}
	for _, want := range []string{"<svg", w.general.Name + "</strong>, public role", "is a member of " + w.army.Name,
		"Ultimate owner of the operator of " + w.park.Name + ": " + w.tycoon.Name, w.docURL,
		"According to ", "it is alleged that " + w.police.Name + " protects " + w.park.Name} {
		if !strings.Contains(body, want) {
			t.Errorf("HTML brief lacks %q", want)
		}
	}

	rec = fetchBrief(t, h, q("/api/brief", "ids", w.park.ID, "format", "md", "min_grade", "reported"))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/markdown") {
		t.Fatalf("md brief: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	md := rec.Body.String()
	if !strings.Contains(md, "## Complicity") || strings.Contains(md, w.police.Name+" protects") ||
		!strings.Contains(md, "1 typed tie of "+w.park.Name+" graded below reported is left out.") {
		t.Errorf("md brief at min_grade reported:\n%s", md)
	}

	var amb BriefCandidates
	rec = fetchBrief(t, h, q("/api/brief", "ids", twinP.Name))
	if rec.Code != http.StatusBadRequest || json.Unmarshal(rec.Body.Bytes(), &amb) != nil || len(amb.Candidates) != 2 ||
		!strings.Contains(amb.Error, twinP.ID) || !strings.Contains(amb.Error, twinC.ID) {
		t.Errorf("ambiguous name: %d %s", rec.Code, rec.Body.String())
	}
	for _, c := range []struct {
		path string
		code int
	}{
		{"/api/brief", http.StatusBadRequest},
		{q("/api/brief", "ids", "Nobody At All "+w.tag), http.StatusNotFound},
		{q("/api/brief", "ids", w.park.ID, "format", "docx"), http.StatusBadRequest},
		{q("/api/brief", "ids", w.park.ID, "since", "yesterday"), http.StatusBadRequest},
		{q("/api/brief", "ids", w.park.ID, "min_grade", "rumour"), http.StatusBadRequest},
	} {
		if rec := fetchBrief(t, h, c.path); rec.Code != c.code || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
			t.Errorf("%s: %d %q, want %d with a JSON error", c.path, rec.Code, rec.Header().Get("Content-Type"), c.code)
		}
	}

	rec = fetchBrief(t, h, q("/api/brief", "ids", w.park.ID, "format", "pdf"))
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/pdf" || !strings.HasPrefix(rec.Body.String(), "%PDF-") {
		t.Errorf("pdf brief: %d %q %.40q (install Chromium with scripts/chromium.sh)", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, `filename="brief-compound-park-zone-`) {
		t.Errorf("Content-Disposition %q", cd)
	}
}
