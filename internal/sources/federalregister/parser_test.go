package federalregister

import (
	"slices"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

// No real answer of the Federal Register documents API could be found (../shared/captures/README.md lists
// what is missing). The fixture in testdata/ is written field for field after the service's
// own documentation of the answer (the Federal Register API v1
// documentation), with invented content.

func TestParseFederalRegister(t *testing.T) {
	p, err := Parse(formatstest.Fixture(t, "federalregister_documents.json"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Count != 2 || p.NextPageURL != "" || len(p.Results) != 2 || len(p.Skipped) != 1 {
		t.Fatalf("count %d next %q results %d skipped %d", p.Count, p.NextPageURL, len(p.Results), len(p.Skipped))
	}
	d := p.Results[0]
	if d.DocumentNumber != "2025-19876" || d.Type != "Rule" || !strings.HasPrefix(d.HTMLURL, "https://www.federalregister.gov/documents/2025/10/16/") ||
		!strings.HasSuffix(d.PDFURL, ".pdf") || !strings.Contains(d.Abstract, "section 311") {
		t.Errorf("doc %+v", d)
	}
	if !formatstest.SameTime(d.PublicationDate, formatstest.Day(2025, 10, 16)) {
		t.Errorf("publication date %v", d.PublicationDate)
	}
	if !slices.Equal(d.Agencies, []string{"Treasury Department", "Financial Crimes Enforcement Network"}) {
		t.Errorf("agencies %v", d.Agencies)
	}
	if p.Results[1].Abstract != "" || p.Results[1].Type != "Proposed Rule" {
		t.Errorf("null abstract: %+v", p.Results[1])
	}
	if _, err := Parse([]byte(`{"errors":{"conditions":{"agencies":["nope is not a valid agency"]}}}`)); err == nil {
		t.Error("error answer accepted")
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
	// The Federal Register leaves results out when nothing matched; that is a valid page.
	if p, err := Parse([]byte(`{"count": 0, "description": "Documents matching 'kk park'"}`)); err != nil || len(p.Results) != 0 {
		t.Errorf("empty Federal Register answer: %v", err)
	}
}
