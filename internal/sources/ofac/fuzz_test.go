package ofac

import (
	"bytes"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseSDN(f *testing.F) {
	formatstest.Seed(f, "sdn.xml", "sdn_windows1252.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := Parse(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, e := range l.Entries {
			if e.UID <= 0 || e.Name() == "" {
				t.Fatalf("entry kept without uid or name: %+v", e)
			}
		}
	})
}
