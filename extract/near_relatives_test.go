package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestNearNounRelatives holds the shapes of near_relatives.go: a relative clause after a place
// phrase in an apposition ("a firm near the casino that is owned by Y") names the holder of
// the nearer noun, not of the apposed firm; the firm's own relative and a plain copula keep
// the holding. It also holds two older cases of the same family: a guarded compound read in
// its own sentence, and a present holding in records.
func TestNearNounRelatives(t *testing.T) {
	x := newTestExtractor(t)
	w, o, p := model.Owns, model.Operates, model.Protects
	checkRelCases(t, x, []relCase{
		// recall
		{"the firm's own relative", "Sunrise Trading Co., Ltd., a firm that police say is owned by Zhao Ming, was raided.",
			[]rel{{"Zhao Ming", w, "Sunrise Trading Co., Ltd.", "alleged"}}, nil},
		{"a copula after the apposition", "Sunrise Trading Co., Ltd., a firm near the casino, is owned by Zhao Ming.",
			[]rel{{"Zhao Ming", w, "Sunrise Trading Co., Ltd.", ""}}, nil},
		{"an active holder", "Zhao Ming owns Sunrise Trading Co., Ltd., a firm near the casino that was raided.",
			[]rel{{"Zhao Ming", w, "Sunrise Trading Co., Ltd.", ""}}, nil},
		{"present holding in records", "Blue Heron Ventures Ltd., a shell company that records show is owned by Chen Haiming, was dissolved.",
			[]rel{{"Chen Haiming", w, "Blue Heron Ventures Ltd.", ""}}, nil},
		{"a guarded compound", "KK Park lies near Myawaddy. Hpalu Lotus Garden is the compound that is guarded by Battalion 1047.",
			[]rel{{"Battalion 1047", p, "Hpalu Lotus Garden", ""}}, []rel{{"Battalion 1047", p, "KK Park", ""}}},
		{"a protected site", "KK Park lies near Myawaddy. Shwe Kokko is the site that is protected by Battalion 1022.",
			[]rel{{"Battalion 1022", p, "Shwe Kokko", ""}}, []rel{{"Battalion 1022", p, "KK Park", ""}}},
		{"a border cannot be held", "Workers were held at the Golden Reed Resort, a casino complex near the Thai border that is owned by Bright Star Group.",
			[]rel{{"Bright Star Group", w, "Golden Reed Resort", ""}}, nil},
		{"near the border", "Green Leaf Co., Ltd., a company near the border that is owned by Li Ming, was fined.",
			[]rel{{"Li Ming", w, "Green Leaf Co., Ltd.", ""}}, nil},
		// must not fire
		{"near the casino", "Sunrise Trading Co., Ltd., a firm near the casino that police say is owned by Zhao Ming, was raided.",
			nil, []rel{{"Zhao Ming", w, "Sunrise Trading Co., Ltd.", ""}}},
		{"next to the hotel", "Sunrise Trading Co., Ltd., a firm next to the hotel that is owned by Zhao Ming, was raided.",
			nil, []rel{{"Zhao Ming", w, "Sunrise Trading Co., Ltd.", ""}}},
		{"opposite the market, run", "The Golden Dragon Hotel, a building opposite the old market which is run by Wang Lei, was closed.",
			nil, []rel{{"Wang Lei", o, "Golden Dragon Hotel", ""}}},
	})
}

// TestOwnedUntilEnded: "that records show was owned by X until 2021" is history, not a
// current holding.
func TestOwnedUntilEnded(t *testing.T) {
	x := newTestExtractor(t)
	for _, s := range []string{
		"Blue Heron Ventures Ltd., a shell company that records show was owned by Chen Haiming until 2021, was dissolved.",
		"Blue Heron Ventures Ltd., a shell company that police said was owned by Chen Haiming until 2021, was dissolved.",
		"Blue Heron Ventures Ltd., a firm which was owned by Chen Haiming until 2021, was dissolved.",
	} {
		got, _ := analyzeText(t, x, s)
		for _, r := range got {
			if r.Predicate == model.Owns && r.End == "" && !r.Ended {
				t.Errorf("%q: current OWNS %+v", s, r)
			}
		}
	}
}

// TestNearNounRelativesLinear: the reader runs one regular expression over the pair's span.
func TestNearNounRelativesLinear(t *testing.T) {
	span := ", a firm near the casino" + strings.Repeat(" and the old market", 4000) + " that is owned by Y"
	start := time.Now()
	nearNounRelative(model.Owns, span, 0, len(span))
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("took %v", d)
	}
}
