package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinThenPost holds a person's apposition of a kin tie and then, after "and", a post
// ("X, the wife of Y and a director of Z") to sentences that give X the post, and to sentences
// that must not. The names are invented.
func TestKinThenPost(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the wife and a director",
			"Police arrested Chen Mei, the wife of Lin Bao and a director of Golden Dragon Trading Co., Ltd., on Monday.",
			[]rel{{"Chen Mei", model.Directs, "Golden Dragon Trading Co., Ltd.", ""}},
			[]rel{{"Lin Bao", model.Directs, "Golden Dragon Trading Co., Ltd.", ""}}},
		{"the younger sister and the bookkeeper",
			"Defendant Wu Ya-ting, the younger sister of Wu Chia-hao and the bookkeeper of Xinghe Travel Agency Co., Ltd., received the payments.",
			[]rel{{"Wu Ya-ting", model.EmployedBy, "Xinghe Travel Agency Co., Ltd.", ""}},
			[]rel{{"Wu Chia-hao", model.EmployedBy, "Xinghe Travel Agency Co., Ltd.", ""}}},
		{"the son and the chief accountant, with an age",
			"The board named Tan Wei, 34, the eldest son of Tan Kok Leong and the chief accountant of Sunrise Pearl Holdings Ltd., as a signatory.",
			[]rel{{"Tan Wei", model.EmployedBy, "Sunrise Pearl Holdings Ltd.", ""}},
			nil},
		{"the nephew and a manager at a public body",
			"The documents were signed by Sok Vibol, the nephew of Sok Dara and an official at the Ministry of Commerce.",
			[]rel{{"Sok Vibol", model.EmployedBy, "Ministry of Commerce", ""}},
			[]rel{{"Sok Dara", model.EmployedBy, "Ministry of Commerce", ""}}},
		{"the daughter and the chairwoman",
			"Lim Hui, the daughter of Lim Boon Heng and the chairwoman of Lucky Star Entertainment Co., Ltd., declined to comment.",
			[]rel{{"Lim Hui", model.Directs, "Lucky Star Entertainment Co., Ltd.", ""}},
			nil},
		{"the brother-in-law and the treasurer",
			"Ong Kah Wai, the brother-in-law of Teo Kian Huat and the treasurer of the Mekong Traders Association, was questioned.",
			[]rel{{"Ong Kah Wai", model.EmployedBy, "Mekong Traders Association", ""}},
			nil},
		{"without 'and' the post is the relative's apposition",
			"Police arrested Chen Mei, the wife of Lin Bao, a director of Golden Dragon Trading Co., Ltd., on Monday.",
			nil,
			[]rel{{"Chen Mei", model.Directs, "Golden Dragon Trading Co., Ltd.", ""}}},
		{"a hedge before the kin noun reads nothing",
			"Chen Mei, reportedly the wife of Lin Bao and a director of Golden Dragon Trading Co., Ltd., was arrested.",
			nil,
			[]rel{{"Chen Mei", model.Directs, "Golden Dragon Trading Co., Ltd.", model.Reported}}},
		{"the relative's possessive takes the phrase",
			"Chen Mei, the wife of Lin Bao's partner and a director of Golden Dragon Trading Co., Ltd., was arrested.",
			nil,
			[]rel{{"Chen Mei", model.Directs, "Golden Dragon Trading Co., Ltd.", ""}}},
		{"a rank is left to the rank rules",
			"OFAC designated Zaw Min Htet, the son of Naing Min Htet and a major in the Mon-Karen Unity Defence Force.",
			nil,
			[]rel{{"Zaw Min Htet", model.EmployedBy, "Mon-Karen Unity Defence Force", ""}}},
		{"a denial keeps the denial",
			"Lim Hui, the daughter of Lim Boon Heng and the chairwoman of Lucky Star Entertainment Co., Ltd., denied that the firm ran the compound.",
			[]rel{{"Lim Hui", model.Directs, "Lucky Star Entertainment Co., Ltd.", ""}},
			nil},
	}
	checkRelCases(t, x, cases)
}

// TestMemberOfOrganSits holds a seat on a party's organ told with "sits on" or after a
// description and "who", and a party marked "ruling", to sentences that make the holder a
// member of the party, and to sentences that must not. The names are invented.
func TestMemberOfOrganSits(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a member of the central committee of the ruling party",
			"Oknha Sok Dara is a member of the central committee of the ruling Cambodian People's Party and an adviser to the provincial administration.",
			[]rel{{"Sok Dara", model.MemberOf, "Cambodian People's Party", ""}},
			nil},
		{"a tycoon who sits on the standing committee",
			"Chea Vibol, a tycoon who sits on the provincial standing committee of the Cambodian People's Party in Kampot, owns the firm.",
			[]rel{{"Chea Vibol", model.MemberOf, "Cambodian People's Party", ""}},
			nil},
		{"who served on the council of the party",
			"Heng Sopheap, who served on the executive council of the Candlelight Party, denied any role in the casino.",
			[]rel{{"Heng Sopheap", model.MemberOf, "Candlelight Party", ""}},
			nil},
		{"a description that names another leaves the seat unread",
			"Chea Vibol, a nephew of Chea Sophal who sits on the standing committee of the Cambodian People's Party, owns the firm.",
			nil,
			[]rel{{"Chea Vibol", model.MemberOf, "Cambodian People's Party", ""}}},
		{"a senior member is still read",
			"Sok Dara, a senior member of the standing committee of the ruling Cambodian People's Party, owns the land.",
			[]rel{{"Sok Dara", model.MemberOf, "Cambodian People's Party", ""}},
			nil},
	}
	checkRelCases(t, x, cases)
}
