package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWhoseGuards holds two shapes of guarding read by guard_acts.go and
// security_providers.go: a body whose men are the subject of a relative clause ("the X,
// whose soldiers guard its perimeter", "an X battalion whose troops man the gates of Y"), and
// a body that provides armed guards at a site's parts ("X, an armed group, provided armed
// guards at the gates and perimeter of Y"); recall cases and cases where nothing may be read.
func TestWhoseGuards(t *testing.T) {
	x := newTestExtractor(t)
	prot := func(a, b string) rel { return rel{a, model.Protects, b, ""} }
	kna, dkba := "Karen National Army", "Democratic Karen Benevolent Army"
	cases := []relCase{
		{"a relative clause on the men of a body, the site's part a possessive",
			"Silver Crane Park was built on a plot leased from the Karen National Army (KNA), whose soldiers guard its perimeter.",
			[]rel{prot(kna, "Silver Crane Park")}, nil},
		{"a unit noun before the relative clause and a named site after the part",
			"Analysts say the commander leads a Karen National Army battalion whose troops man the gates of Silver Crane Park.",
			[]rel{prot(kna, "Silver Crane Park")}, nil},
		{"the relative clause with a short form and armed men",
			"Workers were moved to Silver Crane Park, a compound run by Chinese managers, and to land held by the Democratic Karen Benevolent Army (DKBA), whose armed men patrol the grounds of Silver Crane Park.",
			[]rel{prot(dkba, "Silver Crane Park")}, nil},
		{"a body that provides armed guards at a site's gates",
			"The Karen National Army, an armed group based near Myawaddy, provided armed guards at the gates and perimeter of Silver Crane Park in exchange for monthly payments.",
			[]rel{prot(kna, "Silver Crane Park")}, nil},
		// Precision.
		{"the men of the body raided the site",
			"The Karen National Army, whose soldiers stormed the gates of Silver Crane Park on Monday, detained 300 workers.",
			nil, []rel{prot(kna, "Silver Crane Park")}},
		{"the men guard something else than the site",
			"Silver Crane Park stands on land leased from the Karen National Army, whose soldiers guard the border crossing further north.",
			nil, []rel{prot(kna, "Silver Crane Park")}},
		{"guards provided at the gates of something else",
			"The Karen National Army, an armed group based near Myawaddy, provided armed guards at the gates of a bridge near Silver Crane Park.",
			nil, []rel{prot(kna, "Silver Crane Park")}},
		{"a person whose men are named is no body here",
			"Silver Crane Park was sold to Zhou Wen, whose men guard its perimeter.",
			nil, []rel{prot("Zhou Wen", "Silver Crane Park")}},
	}
	checkRelCases(t, x, cases)
}
