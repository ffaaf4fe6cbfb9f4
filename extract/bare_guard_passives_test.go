package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBareGuardPassives holds the shape of bare_guard_passives.go: a guard passive whose
// subject is "it" or a bare part of the site guards the site told before; a passive whose
// subject is something else, a denial, a raid told since the site, or a site named only to
// place another gives nothing.
func TestBareGuardPassives(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the gate guarded by men of a police force",
			"Workers were held at Blue Crown Plaza in Sihanoukville. The gate is guarded by guys from the Preah Sihanouk provincial police, everyone in town knows that.",
			[]rel{{"Preah Sihanouk provincial police", model.Protects, "Blue Crown Plaza", ""}}, nil},
		{"it's guarded by an armed group's soldiers",
			"My cousin is at Dongmei Park near Myawaddy. From what survivors told our group, it's guarded by DKBA soldiers, and the land belongs to a businessman.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Dongmei Park", ""}}, nil},
		{"the perimeter guarded by soldiers wearing a group's insignia",
			"Seven survivors of Silver Dragon Industrial Zone spoke to us. Seven said the perimeter was guarded by soldiers wearing UWSA insignia.",
			[]rel{{"United Wa State Army", model.Protects, "Silver Dragon Industrial Zone", ""}}, nil},
		{"the checkpoints guarded: a part of guardPartW",
			"Workers were held at Dongmei Park near Myawaddy. The checkpoints are guarded by DKBA soldiers.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Dongmei Park", ""}}, nil},
		// Must not fire.
		{"a raid told since the site: the men at the gate may be the raiders",
			"Workers were held at Dongmei Park near Myawaddy. Police raided it on Monday; the gate was guarded by officers of the Kampot Provincial Police.",
			nil, []rel{{"Kampot Provincial Police", model.Protects, "Dongmei Park", ""}}},
		{"a witness protected by police",
			"Workers were held at Dongmei Park near Myawaddy. The witness said she was protected by officers of the Kampot Provincial Police.",
			nil, []rel{{"Kampot Provincial Police", model.Protects, "Dongmei Park", ""}}},
		{"a convoy guarded, not the site",
			"Workers were held at Dongmei Park near Myawaddy. The convoy that took them there was guarded by officers of the Kampot Provincial Police.",
			nil, []rel{{"Kampot Provincial Police", model.Protects, "Dongmei Park", ""}}},
		{"people who left the site guarded",
			"Workers were held at Dongmei Park near Myawaddy. Workers who left it were guarded by officers of the Kampot Provincial Police.",
			nil, []rel{{"Kampot Provincial Police", model.Protects, "Dongmei Park", ""}}},
		{"a denied guard",
			"Workers were held at Dongmei Park near Myawaddy. The gate is not guarded by the Kampot Provincial Police.",
			nil, []rel{{"Kampot Provincial Police", model.Protects, "Dongmei Park", ""}}},
		{"the site before named only to place another",
			"Dongmei is one of the smaller places south of Myawaddy, near KK Park but not the same. From what survivors said, it's guarded by DKBA soldiers.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Protects, "KK Park", ""}}},
		{"another building told since the site: a hotel",
			"KK Park lies on the Moei river near Myawaddy. Li Ming also bought a hotel in Yangon last year. It's guarded by BGF soldiers.",
			nil, []rel{{"Karen National Army", model.Protects, "KK Park", ""}}},
		{"another building told since the site: a base, then the gate",
			"KK Park lies on the Moei river near Myawaddy. Thai police visited the BGF base nearby; the gate is guarded by DKBA soldiers.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Protects, "KK Park", ""}}},
		{"another building told since the site: a mansion, after its owner",
			"KK Park lies on the Moei river near Myawaddy. Its owner, Li Ming, also keeps a mansion in Yangon. It is guarded by DKBA soldiers.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Protects, "KK Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestBareGuardDenied holds a denied bare guard passive to a PROTECTS marked denied and
// graded alleged, never a plain one.
func TestBareGuardDenied(t *testing.T) {
	x := newTestExtractor(t)
	got, _ := analyzeText(t, x, "KK Park lies on the Moei river near Myawaddy. A DKBA spokesman denied that it is guarded by DKBA soldiers.")
	if r, ok := got[[3]string{"Democratic Karen Benevolent Army", model.Protects, "KK Park"}]; ok && (!r.Denied || r.Grade != model.Alleged) {
		t.Errorf("denied guard read as denied=%v grade=%s", r.Denied, r.Grade)
	}
}

// TestBareGuardSubject holds the subjects the passive reads: "it" and the site's parts
// (guard_acts.go's guardPartW), heading their clause.
func TestBareGuardSubject(t *testing.T) {
	cases := []struct {
		before string
		want   bool
	}{
		{"it ", true},
		{"Survivors said the gate ", true},
		{"The checkpoints ", true},
		{"Its walls ", true},
		{"The exits ", true},
		{"The premises ", true},
		{"The grounds ", true},
		{"The main checkpoint and the perimeter ", true},
		{"Workers who left it ", false},
		{"The convoy ", false},
		{"The witness ", false},
	}
	for _, c := range cases {
		if got := bareGuardSubject(c.before); got != c.want {
			t.Errorf("bareGuardSubject(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}
