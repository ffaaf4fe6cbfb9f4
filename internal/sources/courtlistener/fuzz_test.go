package courtlistener

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseCourtListener(f *testing.F) {
	formatstest.Seed(f, "courtlistener_search.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := Parse(b); err == nil && p == nil {
			t.Fatal("nil page without error")
		}
	})
}
