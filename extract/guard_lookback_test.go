package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestGuardActsLookback holds guard_acts.go's reach for the site of a bare part: the nearest
// of the three sentences before that names a site, and no further.
func TestGuardActsLookback(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) []rel { return []rel{{a, model.Protects, b, ""}} }
	cases := []relCase{
		{"the site named two sentences before the guards",
			"Workers were held at Silver Lotus Park near Myawaddy. Managers took their passports on arrival. The men said officers of the Takeo provincial police guarded the main gate at night.",
			prot("Takeo provincial police", "Silver Lotus Park"), nil},
		{"the site named three sentences before the guards",
			"Workers were held at Silver Lotus Park near Myawaddy. Managers took their passports. Beatings were common. Soldiers from the Kachin Independence Army guard its gates.",
			prot("Kachin Independence Army", "Silver Lotus Park"), nil},
		// Precision.
		{"the site named four sentences before the guards",
			"Workers were held at Silver Lotus Park near Myawaddy. Managers took their passports. Beatings were common. Food was scarce. Soldiers from the Kachin Independence Army guard its gates.",
			nil, prot("Kachin Independence Army", "Silver Lotus Park")},
		{"a raid told with the guards at the gate",
			"Workers were held at Silver Lotus Park near Myawaddy. Managers took their passports. Officers of the Takeo provincial police stood at the gate during the raid.",
			nil, prot("Takeo provincial police", "Silver Lotus Park")},
	}
	checkRelCases(t, x, cases)
}
