package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCalledHeads covers a name the text introduces by its kind ("a compound called X"): a
// later "the compound" is X, not a site named after it in the same sentence; and the cases
// where the kind does not fit.
func TestCalledHeads(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) []rel { return []rel{{a, model.Protects, b, ""}} }
	cases := []relCase{
		{"a compound called X, a larger site named after it",
			"The victims were taken to a compound called Jade Lotus Garden, inside the Silver Reed Park area of Myawaddy. Survivors said the gate of the compound was manned by soldiers of the Kachin Independence Army.",
			prot("Kachin Independence Army", "Jade Lotus Garden"), []rel{{"Kachin Independence Army", model.Protects, "Silver Reed Park", ""}}},
		// Precision.
		{"a nearer site the text also calls a compound",
			"Workers were moved from a compound called Jade Lotus Garden to Silver Reed Park, a compound in Myawaddy. Survivors said the gate of the compound was manned by soldiers of the Kachin Independence Army.",
			prot("Kachin Independence Army", "Silver Reed Park"), []rel{{"Kachin Independence Army", model.Protects, "Jade Lotus Garden", ""}}},
		{"a person called by a name is no compound",
			"The victims were taken to Silver Reed Park by a broker called Jade Lotus. Survivors said the gate of the compound was manned by soldiers of the Kachin Independence Army.",
			prot("Kachin Independence Army", "Silver Reed Park"), nil},
	}
	checkRelCases(t, x, cases)
}
