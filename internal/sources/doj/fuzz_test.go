package doj

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseDOJ(f *testing.F) {
	formatstest.Seed(f, "doj_press_releases.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Parse(b)
		if err != nil {
			return
		}
		for _, r := range p.Results {
			if r.URL == "" {
				t.Fatal("release without url kept")
			}
		}
	})
}
