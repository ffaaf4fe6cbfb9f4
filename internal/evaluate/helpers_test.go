package evaluate

import (
	"testing"

	"github.com/scamgraph/scamgraph/extract"
)

func newTestExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}
