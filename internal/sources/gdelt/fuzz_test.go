package gdelt

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func FuzzParseGDELT(f *testing.F) {
	formatstest.Seed(f, "gdelt_artlist.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := Parse(b)
		if err != nil {
			return
		}
		for _, a := range l.Articles {
			if a.URL == "" {
				t.Fatal("article without url kept")
			}
		}
	})
}
