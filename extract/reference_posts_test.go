package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestItsPostReferences: "its" before a post with no name right after it stands for the body
// named before, its own sentence first, else the first body of the sentence before that is
// not merely cited as a source or a regulator.
func TestItsPostReferences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a copula with the post last",
			"The tower is run by Redwater Gaming Technology Inc., a licensee from Manila. Mr. Tomas Uy, a Chinese national, was its president.",
			[]rel{{"Tomas Uy", model.Directs, "Redwater Gaming Technology Inc.", ""}}, nil},
		{"the post first, then the copula and the holder",
			"The block is operated by Silver Kite Network Co., Ltd., a firm set up in 2021. Its legal representative is Qiao Lanfeng, 44, from Fujian.",
			[]rel{{"Qiao Lanfeng", model.Directs, "Silver Kite Network Co., Ltd.", ""}}, nil},
		{"the first body of the sentence before, not a regulator named in its relative clause",
			"The compound was operated by Redwater Gaming Technology Inc., whose licence was revoked by the Philippine Amusement and Gaming Corporation in 2024. " +
				"Mr. Tomas Uy was its president.",
			[]rel{{"Tomas Uy", model.Directs, "Redwater Gaming Technology Inc.", ""}},
			[]rel{{"Tomas Uy", model.Directs, "Philippine Amusement and Gaming Corporation", ""}}},
		{"a body cited as the source of the record is passed over",
			"According to the Securities and Exchange Commission, Harbour Gate Realty Corp. leased the land in 2019. Mr. Tomas Uy is its president.",
			[]rel{{"Tomas Uy", model.Directs, "Harbour Gate Realty Corp.", ""}},
			[]rel{{"Tomas Uy", model.Directs, "Securities and Exchange Commission", ""}}},
		{"two bodies before the pronoun in its own sentence: open",
			"Mr. Tomas Uy left Harbour Gate Realty Corp. for Silver Kite Network Co., Ltd., and he became its president.",
			nil,
			[]rel{{"Tomas Uy", model.Directs, "Harbour Gate Realty Corp.", ""}}},
		{"of two bodies in its sentence, the one 'its' is coordinated with",
			"The Office of Foreign Assets Control designated Golden Reed Ltd., a developer in Myawaddy, and its director, Chinese national Lin Haofeng.",
			[]rel{{"Lin Haofeng", model.Directs, "Golden Reed Ltd.", ""}},
			[]rel{{"Lin Haofeng", model.Directs, "Office of Foreign Assets Control", ""}}},
		{"of two bodies in its sentence, none when 'its' stands in another clause",
			"Golden Reed Ltd. hired auditors from Silver Kite Advisory Ltd. in May, when its director, Chinese national Lin Haofeng, resigned.",
			nil,
			[]rel{{"Lin Haofeng", model.Directs, "Golden Reed Ltd.", ""}, {"Lin Haofeng", model.Directs, "Silver Kite Advisory Ltd.", ""}}},
		{"only a site named before: a post is a body's, so nothing is read",
			"Jade Crest Park lies south of Myawaddy. Mr. Tomas Uy was its president.",
			nil,
			[]rel{{"Tomas Uy", model.Operates, "Jade Crest Park", ""}, {"Tomas Uy", model.Directs, "Jade Crest Park", ""}}},
		{"a post that owns something else is no post of the pronoun's body here",
			"The tower is run by Redwater Gaming Technology Inc., a licensee from Manila. Mr. Tomas Uy was its president's driver.",
			nil,
			[]rel{{"Tomas Uy", model.Directs, "Redwater Gaming Technology Inc.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestLandReferences: "the land", "the plot", "the property", "the premises", "the building"
// stand for the site named before
// when its owner is told; a description completed by where the land is ("the land on which
// the hub stands") is new and points back to nothing.
func TestLandReferences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the land, owned by a person",
			"Silver Crane Park is a gated block of dormitories near Myawaddy. The land is owned by Saw Kyaw Min, a militia officer.",
			[]rel{{"Saw Kyaw Min", model.Owns, "Silver Crane Park", ""}}, nil},
		{"a measured plot that belongs to a firm",
			"Workers fled Silver Crane Park in May. Title deeds show the 12-hectare plot belongs to Moei Delta Land Co., Ltd.",
			[]rel{{"Moei Delta Land Co., Ltd.", model.Owns, "Silver Crane Park", ""}}, nil},
		{"the property itself, registered to a firm two sentences on",
			"Police raided Silver Crane Park on Friday. They found 300 workers. The property itself is registered to Moei Delta Land Co., Ltd.",
			[]rel{{"Moei Delta Land Co., Ltd.", model.Owns, "Silver Crane Park", ""}}, nil},
		{"the land on which a site stands is a new description",
			"Silver Crane Park was raided on Friday. Moei Delta Land Co., Ltd., a firm owned by Saw Kyaw Min, owns the land on which Golden Reed Park is built.",
			[]rel{{"Moei Delta Land Co., Ltd.", model.Owns, "Golden Reed Park", ""}},
			[]rel{{"Moei Delta Land Co., Ltd.", model.Owns, "Silver Crane Park", ""}, {"Saw Kyaw Min", model.Owns, "Silver Crane Park", ""}}},
		{"the land of someone else describes, it does not refer",
			"Silver Crane Park was raided on Friday. The land of the Moei Delta Land Co., Ltd. is owned by Saw Kyaw Min.",
			nil,
			[]rel{{"Saw Kyaw Min", model.Owns, "Silver Crane Park", ""}}},
		{"the premises, leased to a firm",
			"Officers searched Silver Crane Tower on Monday. The premises were leased to Moei Delta Network Co., Ltd., according to the police.",
			[]rel{{"Moei Delta Network Co., Ltd.", model.Operates, "Silver Crane Tower", ""}}, nil},
		{"the building, owned by a person",
			"Workers were held in Silver Crane Tower for months. The building is owned by Saw Kyaw Min, a militia officer.",
			[]rel{{"Saw Kyaw Min", model.Owns, "Silver Crane Tower", ""}}, nil},
		{"the building of a road is an act, not a site",
			"Workers were held in Silver Crane Tower for months. The building of the road was funded by Saw Kyaw Min.",
			nil,
			[]rel{{"Saw Kyaw Min", model.Owns, "Silver Crane Tower", ""}, {"Saw Kyaw Min", model.Operates, "Silver Crane Tower", ""}}},
		{"two sites named before: the land stays open",
			"Silver Crane Park and Golden Reed Park were raided on Friday. The land is owned by Saw Kyaw Min.",
			nil,
			[]rel{{"Saw Kyaw Min", model.Owns, "Silver Crane Park", ""}, {"Saw Kyaw Min", model.Owns, "Golden Reed Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestSameHeadReferences: a definite description repeated continues what it stood for before,
// rather than a nearer firm that was never called so; a nearer name that carries the noun
// still wins.
func TestSameHeadReferences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the developer again, past a nearer firm",
			"Golden Reed Construction Co., Ltd. built the tower in 2019. Records show that the developer sold a stake to Red Sail Holdings Ltd. last year. " +
				"Red Sail is chaired by Lim Kheang, a banker. His son, Lim Vuthy, is the developer's managing director.",
			[]rel{{"Lim Vuthy", model.Directs, "Golden Reed Construction Co., Ltd.", ""}},
			[]rel{{"Lim Vuthy", model.Directs, "Red Sail Holdings Ltd.", ""}}},
		{"a nearer name with the noun wins over the repeated description",
			"Golden Reed Construction Co., Ltd. built the tower in 2019. Records show that the developer sold it in 2022. " +
				"The buyer was Silver Kite Developer Ltd., a Hong Kong firm. The developer's managing director is Lim Vuthy.",
			[]rel{{"Lim Vuthy", model.Directs, "Silver Kite Developer Ltd.", ""}},
			[]rel{{"Lim Vuthy", model.Directs, "Golden Reed Construction Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestDescribedHeads: a name the text described with a class noun in an apposition ("X, an
// armed group operating in ...") is what a later description with that noun stands for, even
// where the name then stands alone and a firm whose name ends in the noun is named between;
// words after "of" in the apposition describe someone else.
func TestDescribedHeads(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the group is the armed group described so, not a firm called Group",
			"OFAC designated the Moei Ridge Border Brigade, an armed group operating in Karen State, on Monday. " +
				"The Jade Palms Zone was developed by Jade Palms Holding Group Ltd., a company incorporated in Samoa. " +
				"The Moei Ridge Border Brigade provides security for the zone. The group is led by Colonel Saw Htoo Ler, who was also designated.",
			[]rel{{"Saw Htoo Ler", model.Directs, "Moei Ridge Border Brigade", ""}},
			[]rel{{"Saw Htoo Ler", model.Directs, "Jade Palms Holding Group Ltd.", ""}}},
		{"the noun after 'of' in an apposition is not the name's own",
			"The land is owned by Orchid Realty Corp., whose majority shareholder is Malou Reyes, the wife of Senator Ramon Reyes. " +
				"The senator's son, Paolo Reyes, sits on the realty firm's board.",
			[]rel{{"Paolo Reyes", model.FamilyOf, "Ramon Reyes", ""}},
			[]rel{{"Malou Reyes", model.FamilyOf, "Paolo Reyes", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestPronounWindow: "he"/"she" stands for the one person of the nearest earlier sentence
// that names any, up to three sentences back; farther back, or with two people named there,
// it stays open.
func TestPronounWindow(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"three sentences back",
			"Police questioned Lim Kheang on Monday. The interview lasted six hours. Lawyers were present. He is the chairman of Red Sail Holdings Ltd.",
			[]rel{{"Lim Kheang", model.Directs, "Red Sail Holdings Ltd.", ""}}, nil},
		{"four sentences back: open",
			"Police questioned Lim Kheang on Monday. The interview lasted six hours. Lawyers were present. Reporters waited outside. He is the chairman of Red Sail Holdings Ltd.",
			nil,
			[]rel{{"Lim Kheang", model.Directs, "Red Sail Holdings Ltd.", ""}}},
		{"two people in the nearest sentence naming any: open",
			"Police questioned Lim Kheang and Sok Dara on Monday. The interview lasted six hours. Lawyers were present. He is the chairman of Red Sail Holdings Ltd.",
			nil,
			[]rel{{"Lim Kheang", model.Directs, "Red Sail Holdings Ltd.", ""}, {"Sok Dara", model.Directs, "Red Sail Holdings Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
