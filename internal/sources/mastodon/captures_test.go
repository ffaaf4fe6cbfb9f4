package mastodon

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

func TestMastodonCaptures(t *testing.T) {
	for _, c := range []struct {
		name     string
		statuses int
		next     bool
	}{
		{"tag_page1", 10, true}, {"tag_page2", 10, true}, {"tag_page3", 10, true}, {"tag_page4_empty", 0, false},
		{"tag_hoot", 1, true}, {"home_tl", 13, true}, {"public_tl", 8, true}, {"account_statuses", 5, true},
		{"public_local_remote", 20, true},
	} {
		s, skipped, err := ParseStatuses(sharedtest.Capture(t, "mastodon/"+c.name+".json"))
		if err != nil || len(s) != c.statuses || len(skipped) != 0 {
			t.Errorf("%s: %d statuses, %d skipped, %v", c.name, len(s), len(skipped), err)
			continue
		}
		for _, st := range s {
			if st.ID == "" || st.URL == "" || st.CreatedAt.IsZero() {
				t.Errorf("%s: status %+v", c.name, st)
			}
		}
		var hdr struct {
			Link []string `json:"link"`
		}
		if err := json.Unmarshal(sharedtest.Capture(t, "mastodon/"+c.name+".headers.json"), &hdr); err != nil {
			t.Fatal(err)
		}
		next := NextLink(http.Header{"Link": hdr.Link})
		if (next != "") != c.next || c.next && !strings.Contains(next, "max_id=") {
			t.Errorf("%s: next %q", c.name, next)
		}
	}
}
