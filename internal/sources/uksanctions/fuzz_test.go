package uksanctions

import (
	"bytes"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseUKSanctions(f *testing.F) {
	formatstest.Seed(f, "uk_sanctions.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := Parse(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, d := range l.Designations {
			if d.UniqueID == "" || d.PrimaryName() == "" {
				t.Fatalf("designation kept without id or name: %+v", d)
			}
		}
	})
}
