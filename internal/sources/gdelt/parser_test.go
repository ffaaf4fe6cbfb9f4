package gdelt

import (
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

// No real answer of the GDELT DOC 2.0 API could be found (../shared/captures/README.md lists
// what is missing). The fixture in testdata/ is written field for field after the service's
// own documentation of the answer (GDELT's DOC 2.0 announcement and ArtList field
// list), with invented content.

func TestParseGDELT(t *testing.T) {
	l, err := Parse(formatstest.Fixture(t, "gdelt_artlist.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Articles) != 2 || len(l.Skipped) != 1 {
		t.Fatalf("articles %d skipped %d", len(l.Articles), len(l.Skipped))
	}
	a := l.Articles[0]
	if a.URL != "https://www.reuters.com/world/asia-pacific/us-uk-sanction-cambodias-prince-group-2025-10-14/" ||
		a.Domain != "reuters.com" || a.Language != "English" || a.SourceCountry != "United Kingdom" {
		t.Errorf("article %+v", a)
	}
	if !a.SeenDate.Equal(time.Date(2025, 10, 14, 18, 30, 0, 0, time.UTC)) {
		t.Errorf("seendate %v", a.SeenDate)
	}
	if l.Articles[1].URLMobile != "https://m.khmertimeskh.com/501770001/" {
		t.Errorf("url_mobile %q", l.Articles[1].URLMobile)
	}
	// An empty window is "{}": no articles, no error.
	if l, err := Parse([]byte("{}")); err != nil || len(l.Articles) != 0 {
		t.Errorf("empty window: %v %v", l, err)
	}
	// Throttling notice in plain text.
	_, err = Parse([]byte("Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries."))
	if err == nil || !strings.Contains(err.Error(), "Please limit requests") {
		t.Errorf("throttle notice: %v", err)
	}
}

// TestParseRejectsGarbage: an empty, HTML, truncated or oversized answer is an error, and no
// garbage panics.
func TestParseRejectsGarbage(t *testing.T) {
	formatstest.RejectsGarbage(t, func(b []byte) error { _, err := Parse(b); return err })
}
