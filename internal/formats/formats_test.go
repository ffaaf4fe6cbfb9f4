package formats_test

import (
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats"
)

func TestSoftenCaps(t *testing.T) {
	tests := map[string]string{"CHEN": "Chen", "WAN KUOK-KOI": "Wan Kuok-koi", "McDonald": "McDonald", "": "", "ÉLODIE": "Élodie"}
	for in, want := range tests {
		if got := formats.SoftenCaps(in); got != want {
			t.Errorf("formats.SoftenCaps(%q) = %q, want %q", in, got, want)
		}
	}
}
