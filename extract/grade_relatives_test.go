package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRelativeThatCut: a relative "that" with an attribution in it ends the names' clause; a
// "that" after a verb or a noun of saying, a determiner "that", or an attribution outside a
// relative clause does not.
func TestRelativeThatCut(t *testing.T) {
	cases := []struct {
		post string
		cut  bool
	}{
		{", a nine-storey block that survivors described as a scam floor.", true},
		{" in Kampot province that former guards say still holds 300 people.", true},
		{", a shell company that investigators believe moved the wages.", true},
		{" near the river that two escaped workers told reporters was guarded.", true},
		{", a claim that police say is false.", false},                    // the claim is the relation's
		{", reports that residents say were exaggerated.", false},         // a noun of saying
		{" in that town, police say.", false},                             // a determiner
		{", officials said that workers say.", false},                     // a verb of saying
		{", former workers say.", false},                                  // no relative clause
		{" and runs the casino that tourists visit.", false},              // no attribution in it
		{", which survivors described as a scam floor.", false},           // "which": reClauseOpen's
		{", something that is said to have happened.", false},             // no speaker's verb
		{", the fact that residents say nothing changes nothing.", false}, // a noun of fact
	}
	for _, c := range cases {
		if got := relativeThatCut(c.post) >= 0; got != c.cut {
			t.Errorf("relativeThatCut(%q) cut %v, want %v", c.post, got, c.cut)
		}
	}
}

// TestGradeOfRelativeThat: what speakers say inside a relative clause on a later noun leaves
// the names' relation as the writer states it; a hedge of the names' own clause, a closing
// attribution, a claim noun or another hedge before the names still make it alleged.
func TestGradeOfRelativeThat(t *testing.T) {
	x := newTestExtractor(t)
	const s, o = "Harbour Crest Holdings Co., Ltd.", "Palm Reef Tower"
	cases := []struct {
		text, want string
	}{
		{"Harbour Crest Holdings Co., Ltd. owns Palm Reef Tower, a nine-storey block that survivors described as a scam floor.", model.Reported},
		{"Harbour Crest Holdings Co., Ltd. owns Palm Reef Tower, a hotel that former guards say still holds 300 people.", model.Reported},
		{"Harbour Crest Holdings Co., Ltd. owns Palm Reef Tower, a site that investigators believe moved the wages of 400 workers.", model.Reported},
		// Precision: the names' clause itself hedged or attributed.
		{"Harbour Crest Holdings Co., Ltd. reportedly owns Palm Reef Tower, a nine-storey block that survivors described as a scam floor.", model.Alleged},
		{"Harbour Crest Holdings Co., Ltd. owns Palm Reef Tower, former workers say.", model.Alleged},
		{"According to former workers, Harbour Crest Holdings Co., Ltd. owns Palm Reef Tower, a block that survivors described as a scam floor.", model.Alleged},
		{"Harbour Crest Holdings Co., Ltd. owns Palm Reef Tower, a claim that police say is false.", model.Alleged},
		{"Harbour Crest Holdings Co., Ltd. owns Palm Reef Tower in that town, police say.", model.Alleged},
		{"Survivors said Harbour Crest Holdings Co., Ltd. owns Palm Reef Tower, a block that workers say holds 300 people.", model.Alleged},
		{"Harbour Crest Holdings Co., Ltd. denied that it owns Palm Reef Tower, a block that survivors described as a scam floor.", model.Alleged},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
		if g := gradeOf(x, d, s, model.Owns, o); g != c.want {
			t.Errorf("%q: %s OWNS %s graded %q, want %q", c.text, s, o, g, c.want)
		}
	}
}
