package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHedgedBelongs: a hedge before "belongs to" and a description before the owner's name
// still give the owner of the land, the site or the firm; people and bodies that "belong"
// are members, and a possessor before "'s company" owns the company only.
func TestHedgedBelongs(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"hedged verb, described owner",
			"Workers are held at Dongmei Park near Myawaddy. The land supposedly belongs to a Karen businessman, Saw Eh Doh, who also owns the petrol station at the gate.",
			[]rel{{"Saw Eh Doh", model.Owns, "Dongmei Park", ""}}, nil},
		{"is supposed to belong to",
			"He works at Golden Pagoda Park in Payathonzu. The land is supposed to belong to Nai Aung Mon, who is a colonel.",
			[]rel{{"Nai Aung Mon", model.Owns, "Golden Pagoda Park", ""}}, nil},
		{"a site said to belong to a described owner",
			"Staff said Dongmei Park belongs to a Karen businessman, Saw Eh Doh.",
			[]rel{{"Saw Eh Doh", model.Owns, "Dongmei Park", ""}}, nil},
		{"the firm after X's company owns the site, X owns the firm",
			"Victory Bay Tower is in Sihanoukville. The land and building belong to Oknha Touch Kimleang's company, Kimleang Development Co., Ltd., going by the signboard photos.",
			[]rel{{"Kimleang Development Co., Ltd.", model.Owns, "Victory Bay Tower", ""}, {"Touch Kimleang", model.Owns, "Kimleang Development Co., Ltd.", ""}},
			[]rel{{"Touch Kimleang", model.Owns, "Victory Bay Tower", ""}}},
		{"a person who belongs to a body is no owner",
			"Saw Eh Doh is said to belong to the Karen National Union.",
			nil, []rel{{"Karen National Union", model.Owns, "Saw Eh Doh", ""}}},
		{"a person described after belongs is not owned",
			"Workers are held at Dongmei Park near Myawaddy. Saw Eh Doh belongs to a Karen businessman, Saw Lin.",
			nil, []rel{{"Saw Lin", model.Owns, "Saw Eh Doh", ""}, {"Saw Lin", model.Owns, "Dongmei Park", ""}}},
		{"a denial is no ownership",
			"Sok Dara owns Golden Pagoda Park. The land is not said to belong to Lin Wei, a local tycoon.",
			nil, []rel{{"Lin Wei", model.Owns, "Golden Pagoda Park", ""}}},
	}
	checkRelCases(t, x, cases)
	// The hedge grades the claim.
	got, _ := analyzeText(t, x, cases[1].text)
	if r, ok := got[[3]string{"Nai Aung Mon", model.Owns, "Golden Pagoda Park"}]; ok && r.Grade != model.Alleged {
		t.Errorf("grade %q, want alleged", r.Grade)
	}
}
