package mastodon

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func TestParseMastodon(t *testing.T) {
	st, skipped, err := ParseStatuses(formatstest.Fixture(t, "mastodon_tag.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 2 || len(skipped) != 1 {
		t.Fatalf("statuses %d skipped %d", len(st), len(skipped))
	}
	s := st[0]
	if s.ID != "115371234567890123" || s.URL != "https://mastodon.social/@osint_sea/115371234567890123" ||
		s.Acct != "osint_sea" || s.DisplayName != "OSINT SE Asia" || !strings.Contains(s.ContentHTML, "Chen Zhi") ||
		!slices.Equal(s.Tags, []string{"princegroup", "cambodia"}) {
		t.Errorf("status %+v", s)
	}
	if !s.CreatedAt.Equal(time.Date(2025, 10, 14, 20, 11, 5, 0, time.UTC)) {
		t.Errorf("created %v", s.CreatedAt)
	}
	if st[1].URL != "https://infosec.exchange/users/anon/statuses/115371234567890999" {
		t.Errorf("null url falls back to uri: %q", st[1].URL)
	}
	plain, err := Parse(formatstest.Fixture(t, "mastodon_tag.json"))
	if err != nil || len(plain) != 2 {
		t.Errorf("Parse: %d %v", len(plain), err)
	}
	_, err = Parse([]byte(`{"error":"This method requires an authenticated user"}`))
	if err == nil || !strings.Contains(err.Error(), "authenticated user") {
		t.Errorf("error answer: %v", err)
	}
}

// TestParseRejectsGarbage: an empty, HTML, truncated or oversized answer is an error, and no
// garbage panics.
func TestParseRejectsGarbage(t *testing.T) {
	formatstest.RejectsGarbage(t, func(b []byte) error { _, err := Parse(b); return err })
}
