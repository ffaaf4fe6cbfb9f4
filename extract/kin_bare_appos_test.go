package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinBareAppos holds a bare role after a kin clause (kin_bare_appos.go): it describes the
// kin's name, while a verb or a determined apposition keeps their own readings.
func TestKinBareAppos(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"son of B, commander of C", "Police named Sai Lon Kham, the son of Sai Mong, commander of Golden Lotus Company, as a suspect.",
			[]rel{{"Sai Mong", model.Directs, "Golden Lotus Company", ""}},
			[]rel{{"Sai Lon Kham", model.Directs, "Golden Lotus Company", ""}}},
		{"wife of B, director of C", "Li Na, the wife of Wei Hsueh-kang, director of Golden Lotus Company, owns the hotel.",
			[]rel{{"Wei Hsueh-kang", model.Directs, "Golden Lotus Company", ""}},
			[]rel{{"Li Na", model.Directs, "Golden Lotus Company", ""}}},
		{"nephew of B, chairman of C", "Zhao Wei, a nephew of Bao Youxiang, chairman of Harbor Star Holdings Ltd., attended the meeting.",
			[]rel{{"Bao Youxiang", model.Directs, "Harbor Star Holdings Ltd.", ""}},
			[]rel{{"Zhao Wei", model.Directs, "Harbor Star Holdings Ltd.", ""}}},
		{"daughter of B, owner of C", "Chea Sokunthea, the daughter of Lim Heng, owner of Golden Lotus Company, signed the lease.",
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Company", ""}},
			[]rel{{"Chea Sokunthea", model.Owns, "Golden Lotus Company", ""}}},
		// Must not fire: a verb after the clause goes back to the first name.
		{"a verb after the kin clause", "Sai Lon Kham, the son of Sai Mong, was chairman of Golden Lotus Company until 2020.",
			[]rel{{"Sai Lon Kham", model.Directs, "Golden Lotus Company", ""}},
			[]rel{{"Sai Mong", model.Directs, "Golden Lotus Company", ""}}},
		// Must not fire: an inserted clause that is no kin tie keeps the first name's reading.
		{"no kin clause", "Golden Lotus Company, a firm registered in Yangon, owner of the Shwe Kokko casino, was sanctioned.",
			nil,
			[]rel{{"Yangon", model.Owns, "Shwe Kokko", ""}}},
		// Must not fire: a role after a verb in the first name's own clause.
		{"role of the first name after its verb", "Sai Mong, the father of Sai Lon Kham, became commander of Golden Lotus Company in 2019.",
			[]rel{{"Sai Mong", model.Directs, "Golden Lotus Company", ""}},
			[]rel{{"Sai Lon Kham", model.Directs, "Golden Lotus Company", ""}}},
	})
}

func TestKinBareApposShape(t *testing.T) {
	for _, c := range []struct {
		lead, rest string
		want       bool
	}{
		{", the son of ", ", commander of the", true},
		{", the second son of ", ", managing director at", true},
		{", his brother-in-law ", ", commander of the", false},
		{", the son of ", ", a commander of the", false},
		{", the son of ", ", was commander of the", false},
		{", a company owned by ", ", chairman of", false},
		{", the son of ", " commander of", false},
	} {
		if got := kinBareAppos(c.lead, c.rest); got != c.want {
			t.Errorf("kinBareAppos(%q, %q) = %v, want %v", c.lead, c.rest, got, c.want)
		}
	}
}
