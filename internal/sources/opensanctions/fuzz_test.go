package opensanctions

import (
	"bytes"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseFtM(f *testing.F) {
	formatstest.Seed(f, "opensanctions.ftm.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := Parse(bytes.NewReader(b), func(e Entity) error {
			if e.ID == "" || e.Schema == "" {
				t.Fatalf("entity without id or schema: %+v", e)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("stream error on in-memory input: %v", err)
		}
	})
}
