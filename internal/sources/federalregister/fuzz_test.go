package federalregister

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseFederalRegister(f *testing.F) {
	formatstest.Seed(f, "federalregister_documents.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := Parse(b); err == nil && p == nil {
			t.Fatal("nil page without error")
		}
	})
}
