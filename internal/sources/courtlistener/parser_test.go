package courtlistener

import (
	"slices"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func TestParseCourtListener(t *testing.T) {
	p, err := Parse(formatstest.Fixture(t, "courtlistener_search.json"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Count != 2 || !strings.Contains(p.Next, "cursor=cz0yMDI1") || p.Previous != "" {
		t.Errorf("envelope count %d next %q prev %q", p.Count, p.Next, p.Previous)
	}
	if len(p.Results) != 2 || len(p.Skipped) != 1 {
		t.Fatalf("results %d skipped %d", len(p.Results), len(p.Skipped))
	}
	r := p.Results[0]
	if r.CaseName != "United States v. Chen" || r.DocketNumber != "1:25-cr-00312" || r.DocketID != 71234567 ||
		r.CourtID != "nyed" || r.AbsoluteURL != "/docket/71234567/united-states-v-chen/" {
		t.Errorf("result %+v", r)
	}
	if !formatstest.SameTime(r.DateFiled, formatstest.Day(2025, 10, 8)) {
		t.Errorf("dateFiled %v", r.DateFiled)
	}
	if len(r.RECAPDocuments) != 1 || r.RECAPDocuments[0].Description != "INDICTMENT as to Chen Zhi" ||
		!formatstest.SameTime(r.RECAPDocuments[0].EntryDateFiled, formatstest.Day(2025, 10, 8)) || !strings.Contains(r.RECAPDocuments[0].Snippet, "Prince Holding Group") {
		t.Errorf("recap docs %+v", r.RECAPDocuments)
	}
	if !slices.Equal(r.Parties, []string{"United States of America", "Chen Zhi"}) {
		t.Errorf("parties %v", r.Parties)
	}
	if p.Results[1].DocketID != 71299999 { // given as a string in the fixture
		t.Errorf("string docket_id: %d", p.Results[1].DocketID)
	}
	_, err = Parse([]byte(`{"detail":"Authentication credentials were not provided."}`))
	if err == nil || !strings.Contains(err.Error(), "Authentication credentials") {
		t.Errorf("401 body: %v", err)
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
