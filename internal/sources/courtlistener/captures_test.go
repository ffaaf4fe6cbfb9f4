package courtlistener

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

func TestCourtListenerCapture(t *testing.T) {
	p, err := Parse(sharedtest.Capture(t, "courtlistener/DOCS_EXAMPLE_search_type_o_closed.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := p.Results
	if p.Count != 2343 || !strings.Contains(p.Next, "cursor=") || len(r) != 1 {
		t.Fatalf("count %d next %q, %d results", p.Count, p.Next, len(r))
	}
	if r[0].CaseName != "Foo v. Foo" || r[0].DocketNumber != "24158" || r[0].CourtID != "hawapp" ||
		r[0].AbsoluteURL != "/opinion/6613686/foo-v-foo/" || r[0].DateFiled == nil || !r[0].DateFiled.Equal(formatstest.Day(2003, 1, 10)) ||
		!strings.Contains(r[0].Snippet, "Affirmed in part") {
		t.Errorf("result %+v", r[0])
	}
}
