package doj

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

// No real answer of the DOJ press-release API could be found (../shared/captures/README.md lists
// what is missing). The fixture in testdata/ is written field for field after the service's
// own documentation of the answer (the DOJ API v1
// documentation), with invented content.

func TestParseDOJ(t *testing.T) {
	p, err := Parse(formatstest.Fixture(t, "doj_press_releases.json"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Count != 2 || p.Page != 0 || p.PageSize != 50 {
		t.Errorf("resultset %d %d %d", p.Count, p.Page, p.PageSize)
	}
	if len(p.Results) != 2 || len(p.Skipped) != 2 {
		t.Fatalf("results %d skipped %d: %v", len(p.Results), len(p.Skipped), p.Skipped)
	}
	r := p.Results[0]
	if r.Title != "Chairman of Prince Group Indicted for Operating Cambodian Forced Labor Scam Compounds" ||
		r.UUID != "5f0a5f1e-0000-4000-8000-000000000001" || !strings.HasPrefix(r.URL, "https://www.justice.gov/opa/pr/") {
		t.Errorf("release %+v", r)
	}
	if !r.Date.Equal(time.Unix(1760457600, 0)) {
		t.Errorf("date %v", r.Date)
	}
	if !slices.Equal(r.Topics, []string{"Fraud", "Human Trafficking"}) ||
		!slices.Equal(r.Components, []string{"Office of the Attorney General", "USAO - New York, Eastern"}) {
		t.Errorf("topics %v components %v", r.Topics, r.Components)
	}
	if !strings.Contains(r.BodyHTML, "<p>BROOKLYN") || r.Teaser == "" {
		t.Errorf("body/teaser missing")
	}
	// Single-object topic and empty component list, as Drupal emits them.
	if !slices.Equal(p.Results[1].Topics, []string{"Cyber Crime"}) || len(p.Results[1].Components) != 0 {
		t.Errorf("second release topics %v components %v", p.Results[1].Topics, p.Results[1].Components)
	}
}

func TestEmptyResultSets(t *testing.T) {
	if p, err := Parse([]byte(`{"metadata": {"resultset": {"count": 0, "pagesize": 50, "page": 0}}}`)); err != nil || len(p.Results) != 0 {
		t.Errorf("empty DOJ result set: %v", err)
	}
	if _, err := Parse([]byte(`{"metadata": {"resultset": {"count": 12}}}`)); err == nil {
		t.Error("DOJ answer counting 12 releases without results accepted")
	}
}

// TestParseRejectsGarbage: an empty, HTML, truncated or oversized answer is an error, and no
// garbage panics.
func TestParseRejectsGarbage(t *testing.T) {
	formatstest.RejectsGarbage(t, func(b []byte) error { _, err := Parse(b); return err })
}

// TestParseRejectsWrongShape: an answer without the results key is an error naming what is
// missing, not an empty page that quietly stops a source.
func TestParseRejectsWrongShape(t *testing.T) {
	formatstest.RejectsWrongShape(t, func(b []byte) error { _, err := Parse(b); return err })
}
