package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSpeakerPronounGender holds ref_speech_gender.go: a speaker's own "he" or "she" says
// the speaker's gender, so a later "her" or "his" is not read back to them. The names are
// invented.
func TestSpeakerPronounGender(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"he said: her brother is not his",
			"Mayor Rosa Lim owns the land. Senator Arun Vale said he would ask the council to examine the accounts. Her brother, councilor Dara Lim, sits on the board of Blue Reed Realty Inc.",
			[]rel{{"Dara Lim", model.Directs, "Blue Reed Realty Inc.", ""}},
			[]rel{{"Dara Lim", model.FamilyOf, "Arun Vale", ""}, {"Arun Vale", model.FamilyOf, "Dara Lim", ""}}},
		{"a relative clause before the verb of saying",
			"Senator Arun Vale, who chairs the committee, told reporters he would subpoena the records. Her son, Dara Lim, sits on the board of Blue Reed Realty Inc.",
			nil,
			[]rel{{"Dara Lim", model.FamilyOf, "Arun Vale", ""}, {"Arun Vale", model.FamilyOf, "Dara Lim", ""}}},
		{"the same gender keeps the reading",
			"Senator Arun Vale said he would ask the council to examine the accounts. His brother, councilor Dara Vale, sits on the board of Blue Reed Realty Inc.",
			[]rel{{"Dara Vale", model.FamilyOf, "Arun Vale", ""}},
			nil},
		{"she said: his son stays hers only without the pronoun",
			"Senator Mina Sok said she had never met the investors. His son, Dara Sok, sits on the board of Blue Reed Realty Inc.",
			nil,
			[]rel{{"Dara Sok", model.FamilyOf, "Mina Sok", ""}, {"Mina Sok", model.FamilyOf, "Dara Sok", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
