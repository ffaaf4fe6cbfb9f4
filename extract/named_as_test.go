package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamedAsRules holds each rule of named_as.go to sentences it must read and sentences
// where it must stay silent. The names are invented.
func TestNamedAsRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a record lists a holder of a share",
			"Company papers list Golden Pinnacle Holdings Sdn. Bhd., a Kuala Lumpur-registered company, as the holder of 60 percent of Hong Yun Tian Investment Group.",
			[]rel{{"Golden Pinnacle Holdings Sdn. Bhd.", model.Owns, "Hong Yun Tian Investment Group", ""}},
			nil},
		{"a filing names a holder of two posts",
			"Registry filings identify Chen Hao as the director and majority shareholder of Blue Lotus Trading Co., Ltd.",
			[]rel{{"Chen Hao", model.Owns, "Blue Lotus Trading Co., Ltd.", ""}, {"Chen Hao", model.Directs, "Blue Lotus Trading Co., Ltd.", ""}},
			nil},
		{"a post told through the firm's possessive before as",
			"Golden Sail Technology Co., Ltd. leased the site. Corporate records list the firm's majority shareholder as Lin Jiaxuan, a Chinese national.",
			[]rel{{"Lin Jiaxuan", model.Owns, "Golden Sail Technology Co., Ltd.", ""}},
			nil},
		{"witnesses name the owner of a site through its",
			"Survivors from the Star Harbour Casino consistently identified Dinh Van Long, a Vietnamese-Cambodian businessman, as its owner.",
			[]rel{{"Dinh Van Long", model.Owns, "Star Harbour Casino", ""}},
			nil},
		{"as without a verb of naming is a comparison, not a post",
			"Chen Hao, as the director of Blue Lotus Trading Co., Ltd. knew, was abroad.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Blue Lotus Trading Co., Ltd.", ""}}},
		{"a person named as a witness of the firm holds nothing",
			"Prosecutors named Chen Hao as a witness of Blue Lotus Trading Co., Ltd.'s transfers.",
			nil,
			[]rel{{"Chen Hao", model.Owns, "Blue Lotus Trading Co., Ltd.", ""}, {"Chen Hao", model.Directs, "Blue Lotus Trading Co., Ltd.", ""}}},
		// A site's owner or operator in the possessive after a copula.
		{"a copula and the site's owner",
			"Lim Heng is the Golden Lotus Resort's owner.",
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Resort", ""}},
			nil},
		{"a copula and the site's operator",
			"Lim Heng was the Golden Lotus Resort's operator.",
			[]rel{{"Lim Heng", model.Operates, "Golden Lotus Resort", ""}},
			nil},
		{"the site's guard is neither",
			"Lim Heng was the Golden Lotus Resort's guard.",
			nil,
			[]rel{{"Lim Heng", model.Operates, "Golden Lotus Resort", ""}, {"Lim Heng", model.Owns, "Golden Lotus Resort", ""}}},
		// The agent of a passive described, then named.
		{"owned by a described person",
			"Golden Lotus Development Co., Ltd. is owned by a businessman, Lim Heng.",
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Development Co., Ltd.", ""}},
			nil},
		{"run by a described firm",
			"The Golden Lotus Resort was run by a firm from Fujian, Hengfa Gaming Co., Ltd.",
			[]rel{{"Hengfa Gaming Co., Ltd.", model.Operates, "Golden Lotus Resort", ""}},
			nil},
		{"the second name of a description is no agent",
			"Golden Lotus Development Co., Ltd. is owned by a businessman whose lawyer, Lim Heng, said so.",
			nil,
			[]rel{{"Lim Heng", model.Owns, "Golden Lotus Development Co., Ltd.", ""}}},
		{"a passive of another verb",
			"The Golden Lotus Resort was visited by a businessman, Lim Heng.",
			nil,
			[]rel{{"Lim Heng", model.Operates, "Golden Lotus Resort", ""}, {"Lim Heng", model.Owns, "Golden Lotus Resort", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestApposedHolderCopula: a site's runner named in the possessive after "serves as" or a
// copula whose subject is the holder set off as an apposition or described after it
// (named_as.go, apposedHolderGap), with must-not-fire cases.
func TestApposedHolderCopula(t *testing.T) {
	x := newTestExtractor(t)
	zone, park := "Shwe Lin Yaung Zone", "Golden Bay Park"
	checkRelCases(t, x, []relCase{
		{"'serves as' the site's post", "Bai Zhenyu serves as Shwe Lin Yaung Zone's general manager.",
			[]rel{{"Bai Zhenyu", model.Operates, zone, model.Reported}}, nil},
		{"a kin apposition before the holder, the site through a reference",
			"Shwe Lin Yaung Zone was raided in March. Bai Yongfa's son, Bai Zhenyu, serves as the zone's general manager.",
			[]rel{{"Bai Zhenyu", model.Operates, zone, ""}}, []rel{{"Bai Yongfa", model.Operates, zone, ""}}},
		{"a pronoun's kin apposition and a copula",
			"Golden Bay Park was raided in March. His nephew, Chen Long, is the park's operator.",
			[]rel{{"Chen Long", model.Operates, park, ""}}, nil},
		{"a description after the holder", "Bai Zhenyu, a Chinese national, serves as Shwe Lin Yaung Zone's general manager.",
			[]rel{{"Bai Zhenyu", model.Operates, zone, ""}}, nil},
		{"a description after the holder, 'was' and the site's manager",
			"Golden Bay Park was raided in March. Chen Long, a businessman from Fujian, was the park's manager.",
			[]rel{{"Chen Long", model.Operates, park, ""}}, nil},
		{"attributed: alleged",
			"Shwe Lin Yaung Zone was raided in March. Police said Bai Yongfa's son, Bai Zhenyu, serves as the zone's general manager.",
			[]rel{{"Bai Zhenyu", model.Operates, zone, model.Alleged}}, nil},
		{"a holder after 'controlled by' is no subject of the copula",
			"Shwe Lin Yaung Zone was raided in March. The firm, controlled by Bai Zhenyu, serves as the zone's operator.",
			nil, []rel{{"Bai Zhenyu", model.Operates, zone, ""}}},
		{"a named firm's controller is not its operator",
			"Jade Star Co., Ltd., controlled by Bai Zhenyu, is Shwe Lin Yaung Zone's operator.",
			nil, []rel{{"Bai Zhenyu", model.Operates, zone, ""}}},
		{"a list of names before the post", "Police arrested Chen Wei, Bai Zhenyu, and Li Ming, the zone's managers.",
			nil, []rel{{"Bai Zhenyu", model.Operates, zone, ""}, {"Li Ming", model.Operates, zone, ""}}},
		{"two sites before the reference: open",
			"Shwe Lin Yaung Zone and Golden Bay Zone were raided in March. Bai Yongfa's son, Bai Zhenyu, serves as the zone's general manager.",
			nil, []rel{{"Bai Zhenyu", model.Operates, zone, ""}, {"Bai Zhenyu", model.Operates, "Golden Bay Zone", ""}}},
		{"'the zone' after a firm called Zone: never the firm",
			"Jade Zone Co., Ltd. leased land near Golden Bay Park in 2018. His son, Bai Zhenyu, serves as the zone's general manager.",
			nil, []rel{{"Bai Zhenyu", model.Operates, "Jade Zone Co., Ltd.", ""}, {"Bai Zhenyu", model.Directs, "Jade Zone Co., Ltd.", ""}}},
		{"a denial reads no post",
			"Shwe Lin Yaung Zone was raided in March. Bai Yongfa's son, Bai Zhenyu, has denied that he serves as the zone's general manager.",
			nil, []rel{{"Bai Zhenyu", model.Operates, zone, model.Reported}}},
		{"a post that runs nothing", "Shwe Lin Yaung Zone was raided in March. A man close to Bai Yongfa, Bai Zhenyu, serves as the zone's cook.",
			nil, []rel{{"Bai Zhenyu", model.Operates, zone, ""}, {"Bai Yongfa", model.Operates, zone, ""}}},
	})
}

// TestApposedHolderOpensClause: the holder set off before a copula must open its clause
// (apposedHolderGap): a holder inside a relative clause, after "not" or "rather than", or
// after a verb is no subject of the copula (review of 3174598).
func TestApposedHolderOpensClause(t *testing.T) {
	x := newTestExtractor(t)
	park := "Golden Lotus Park"
	lead := "Police raided Golden Lotus Park in March. "
	no := []rel{{"Chen Hao", model.Operates, park, ""}}
	checkRelCases(t, x, []relCase{
		{"the object of 'who hired'", lead + "The man who hired Chen Hao, a Chinese national, is the park's manager.", nil, no},
		{"the object of 'who married'", lead + "The woman who married Chen Hao, a Chinese national, is the park's manager.", nil, no},
		{"the object of 'who replaced', 'serves as'", lead + "The man who replaced Chen Hao, a Chinese national, serves as the park's manager.", nil, no},
		{"the object of 'whoever succeeded'", lead + "Whoever succeeded Chen Hao, a Chinese national, is now the park's manager.", nil, no},
		{"the object of 'that employed'", lead + "The firm that employed Chen Hao, a Chinese national, is the park's operator.", nil, no},
		{"'not' before the holder", lead + "Liu Bo, not Chen Hao, a Chinese national, is the park's manager.", nil, no},
		{"'rather than' before a kin apposition", lead + "Liu Bo, rather than his rival, Chen Hao, serves as the park's general manager.", nil, no},
		{"the object of a plain verb", lead + "Police arrested Chen Hao, a Chinese national, is the park's manager.", nil, no},
		{"'of' before a described holder", lead + "The brother of Chen Hao, a Chinese national, is the park's manager.", nil, no},
		{"a role noun that is no kin or post opens nothing", lead + "The friend of his rival, Chen Hao, serves as the park's general manager.", nil, no},
		// Recall kept: the holder opens the clause.
		{"a described holder opening the sentence", lead + "Chen Hao, a Chinese national, is the park's manager.",
			[]rel{{"Chen Hao", model.Operates, park, ""}}, nil},
		{"a described holder after a time phrase", lead + "Since 2020, Chen Hao, a Chinese national, has served as the park's manager.",
			[]rel{{"Chen Hao", model.Operates, park, ""}}, nil},
		{"a kin apposition opening the clause", lead + "Liu Bo's son, Chen Hao, serves as the park's general manager.",
			[]rel{{"Chen Hao", model.Operates, park, ""}}, []rel{{"Liu Bo", model.Operates, park, ""}}},
		{"a kin apposition after 'but'", lead + "Liu Bo left in 2021, but his nephew, Chen Hao, is the park's manager.",
			[]rel{{"Chen Hao", model.Operates, park, ""}}, []rel{{"Liu Bo", model.Operates, park, ""}}},
	})
}
