package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinShortForm: a bare surname after a person and the kin the text brings in as theirs
// stays on the person named first; without kin introduction, or with two earlier namesakes,
// the nearest reading stands.
func TestKinShortForm(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"his son shares the surname: the father is meant",
			"The firm's chairman, Zhou Minghui, moved to Laos in 2012. His son, Zhou Jiale, serves as vice chairman. " +
				"Zhou was sanctioned by the Office of Foreign Assets Control in 2023.",
			[]rel{{"Zhou Minghui", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Zhou Jiale", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a possessor's daughter shares the surname",
			"Oknha Heng Vuthy owns Golden Reed Holdings Ltd., a property firm. The tycoon's daughter, Heng Sreypich, studied in Sydney. " +
				"Heng also owns Lotus Crest Investment Co., Ltd., which runs a casino.",
			[]rel{{"Heng Vuthy", model.Owns, "Lotus Crest Investment Co., Ltd.", ""}},
			[]rel{{"Heng Sreypich", model.Owns, "Lotus Crest Investment Co., Ltd.", ""}}},
		{"no kin introduction: the one named last is meant",
			"Zhou Minghui moved to Laos in 2012. Police later named Zhou Jiale as the manager of the zone. " +
				"Zhou was sanctioned by the Office of Foreign Assets Control in 2023.",
			[]rel{{"Zhou Jiale", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Zhou Minghui", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestKinShortFormChoice holds the choice itself: two earlier namesakes leave the kin reading
// unread, and a target not introduced as kin is kept.
func TestKinShortFormChoice(t *testing.T) {
	text := "Zhou Ping and Zhou Minghui met. His son, Zhou Jiale, came. Zhou left."
	mk := func(s, e int) candidate { return candidate{s: s, e: e, text: text[s:e], typ: model.Person} }
	at := func(w string, from int) int { return from + indexFrom(text[from:], w) }
	p1, p2, p3 := at("Zhou Ping", 0), at("Zhou Minghui", 0), at("Zhou Jiale", 0)
	bare := at("Zhou left", 0)
	cands := []candidate{mk(p1, p1+9), mk(p2, p2+12), mk(p3, p3+10), mk(bare, bare+4)}
	ents := []*docEntity{
		{typ: model.Person, name: "Zhou Ping", parts: []string{"zhou", "ping"}, cands: []int{0}},
		{typ: model.Person, name: "Zhou Minghui", parts: []string{"zhou", "minghui"}, cands: []int{1}},
		{typ: model.Person, name: "Zhou Jiale", parts: []string{"zhou", "jiale"}, cands: []int{2}},
	}
	if got := kinShortForm(text, ents, cands, 3, 2); got != 2 {
		t.Errorf("two earlier namesakes: got %d, want the nearest (2)", got)
	}
	if got := kinShortForm(text, ents[:2], cands, 3, 1); got != 1 {
		t.Errorf("target not introduced as kin: got %d, want 1", got)
	}
	if got := kinShortForm(text, ents, cands, 3, -1); got != -1 {
		t.Errorf("no target: got %d, want -1", got)
	}
}

// indexFrom is strings.Index that fails loudly in a test text that lacks w.
func indexFrom(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return i
		}
	}
	panic("missing " + w)
}
