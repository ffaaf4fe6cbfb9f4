package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRoleHolders holds role_holders.go: a role description stands for the person the text
// gave the role to, not the nearest person named, and stays open when two people carried it.
// The names are invented.
func TestRoleHolders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a member of the Senate, then another person, then the senator",
			"The land is titled to Oknha Keo Vannak, a member of the Senate of Cambodia. The hub is run by Blue Reed Co., Ltd., whose director, Wu Jianhua, also trades timber. Survivors said the senator's nephew, Keo Dara, collected rent every month.",
			[]rel{{"Keo Dara", model.FamilyOf, "Keo Vannak", ""}},
			[]rel{{"Keo Dara", model.FamilyOf, "Wu Jianhua", ""}}},
		{"a businessman who sat in the Senate",
			"The chairman is Oknha Meas Ratha, a businessman who has sat in the Senate since 2018. The hub is run by Blue Reed Co., Ltd., whose director, Wu Jianhua, also trades timber. The senator's daughter, Meas Sreyla, is its deputy director.",
			[]rel{{"Meas Sreyla", model.FamilyOf, "Meas Ratha", ""}},
			[]rel{{"Meas Sreyla", model.FamilyOf, "Wu Jianhua", ""}}},
		{"a senator for a party, a paragraph and another person between",
			"A firm controlled by Oknha Chea Ratha, a senator for the ruling party, leased the land.\n\nThe site is run by Blue Reed Co., Ltd., whose director is Wu Jianhua. Workers said the senator's brother, Chea Sokha, visited often.",
			[]rel{{"Chea Sokha", model.FamilyOf, "Chea Ratha", ""}},
			[]rel{{"Chea Sokha", model.FamilyOf, "Wu Jianhua", ""}}},
		{"two senators named far back: the senator stays open",
			"Senator Keo Vannak and Senator Lim Bora own the land. The site sits on the river. Workers arrived in 2022. Guards patrolled the fence. The hub is run by Blue Reed Co., Ltd., whose director is Wu Jianhua. The senator's nephew, Keo Dara, collected rent.",
			nil,
			[]rel{{"Keo Dara", model.FamilyOf, "Wu Jianhua", ""}, {"Keo Dara", model.FamilyOf, "Keo Vannak", ""}, {"Keo Dara", model.FamilyOf, "Lim Bora", ""}}},
		{"the wife of a senator is no senator",
			"The land is titled to Chea Mealea, the wife of Senator Keo Vannak. The hub is run by Blue Reed Co., Ltd., whose director is Wu Jianhua. The senator's nephew, Keo Dara, collected rent.",
			[]rel{{"Keo Dara", model.FamilyOf, "Keo Vannak", ""}},
			[]rel{{"Keo Dara", model.FamilyOf, "Chea Mealea", ""}, {"Keo Dara", model.FamilyOf, "Wu Jianhua", ""}}},
		{"two generals named far back: the general stays open",
			"Gen. Saw Htoo and Gen. Saw Lah command the border force. The site sits on the river. Workers arrived in 2022. Guards patrolled the fence. Its manager is Wu Jianhua. The general's son, Saw Eh Moo, collects the fees.",
			nil,
			[]rel{{"Saw Eh Moo", model.FamilyOf, "Wu Jianhua", ""}, {"Saw Eh Moo", model.FamilyOf, "Saw Htoo", ""}, {"Saw Eh Moo", model.FamilyOf, "Saw Lah", ""}}},
		{"one general named far back",
			"Gen. Saw Htoo commands the border force. The site sits on the river. Workers arrived in 2022. Guards patrolled the fence. Its manager is Wu Jianhua. The general's son, Saw Eh Moo, collects the fees.",
			[]rel{{"Saw Eh Moo", model.FamilyOf, "Saw Htoo", ""}},
			[]rel{{"Saw Eh Moo", model.FamilyOf, "Wu Jianhua", ""}}},
		{"the general inside a quote is the general named before, not the speaker",
			"Gen. Saw Htoo commands the border force that guards Lotus Bay Park. The park sits on the river. Workers arrived in 2022. Guards patrolled the fence. \"The general's son, Saw Eh Moo, collects the fees,\" said Wu Jianhua, a former manager.",
			[]rel{{"Saw Eh Moo", model.FamilyOf, "Saw Htoo", ""}},
			[]rel{{"Saw Eh Moo", model.FamilyOf, "Wu Jianhua", ""}}},
		{"a paragraph on another case between: not its nearest person",
			"Gen. Saw Htoo commands the border force that guards Lotus Bay Park.\n\nIn a separate case in Bangkok, police arrested Somchai Rakdee, a property agent. Officers seized phones. The general's nephew, Saw Ler Wah, chairs Silver Cedar Holdings Corp.",
			nil,
			[]rel{{"Saw Ler Wah", model.FamilyOf, "Somchai Rakdee", ""}}},
		{"another general named in a later paragraph, both far back: the general stays open",
			"Gen. Saw Htoo commands the border force that guards Lotus Bay Park. The park sits on the river. Workers arrived in 2022.\n\nIn a separate case, police questioned Gen. Aung Min in Yangon. Officers seized phones. Guards patrolled the fence. The cash went abroad. The general's nephew, Saw Ler Wah, chairs Silver Cedar Holdings Corp.",
			nil,
			[]rel{{"Saw Ler Wah", model.FamilyOf, "Saw Htoo", ""}, {"Saw Ler Wah", model.FamilyOf, "Aung Min", ""}}},
		{"a paragraph naming another general just before: that general",
			"Gen. Saw Htoo commands the border force that guards Lotus Bay Park. The park sits on the river. Workers arrived in 2022.\n\nIn a separate case, police questioned Gen. Aung Min in Yangon. The general's nephew, Saw Ler Wah, chairs Silver Cedar Holdings Corp.",
			[]rel{{"Saw Ler Wah", model.FamilyOf, "Aung Min", ""}},
			[]rel{{"Saw Ler Wah", model.FamilyOf, "Saw Htoo", ""}}},
		{"an aide to a senator is no senator",
			"Kok An, an aide to a senator, attended with Ly Yong Phat. The senator owns the Golden Fortune casino.",
			nil,
			[]rel{{"Kok An", model.Owns, "Golden Fortune Resorts World", ""}, {"Ly Yong Phat", model.Owns, "Golden Fortune Resorts World", ""}}},
		{"the son of an unnamed senator: the senator is no one named",
			"Kok An, the son of a senator, attended with Ly Yong Phat. The senator owns the Golden Fortune casino.",
			nil,
			[]rel{{"Kok An", model.Owns, "Golden Fortune Resorts World", ""}, {"Ly Yong Phat", model.Owns, "Golden Fortune Resorts World", ""}}},
		{"a senator named in apposition owns it",
			"Kok An, a senator for the ruling party, attended with Ly Yong Phat. The senator owns the Golden Fortune casino.",
			[]rel{{"Kok An", model.Owns, "Golden Fortune Resorts World", ""}},
			[]rel{{"Ly Yong Phat", model.Owns, "Golden Fortune Resorts World", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}

// TestSenateSeat reads a seat in the Senate after a name.
func TestSenateSeat(t *testing.T) {
	for _, tc := range []struct {
		after string
		want  bool
	}{
		{", a senator for the ruling party", true},
		{", a member of the Senate of Cambodia", true},
		{", a businessman who has sat in the Senate since 2018", true},
		{", who sits in the Senate", true},
		{" (CPP), a senator since 2018", true},
		{", the wife of Senator Keo Vannak", false},
		{", the senator's nephew", false},
		{", a member of the National Assembly", false},
		{" said the Senate would vote", false},
		{", an aide to a senator", false},
		{", a lawyer for a senator from Kandal", false},
		{", the son of a senator", false},
		{", who has served in the Senate's legal office", false},
	} {
		text := "Keo Vannak" + tc.after
		if got := senateSeat(text, candidate{s: 0, e: len("Keo Vannak")}); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.after, got, tc.want)
		}
	}
}
