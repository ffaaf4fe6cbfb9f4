package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPrecWhoOfPost holds the guard on "who" after a body named inside a person's post: the
// clause describes the person, never the body.
func TestPrecWhoOfPost(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"who after a chamber named in a post, with a comma",
			"Sok Chea, Cambodian businessman and former member of the National Assembly, who founded and owns Angkor Star Group Co., Ltd., the company that developed and owns Angkor Star City.",
			nil,
			[]rel{{"National Assembly", model.Owns, "Angkor Star Group Co., Ltd.", ""}}},
		{"who after a chamber named in a post, no comma",
			"Its chairman is Tan Sri Lim Hock Seng, a former senator in the Dewan Rakyat who also heads the Penang Traders Council.",
			[]rel{{"Lim Hock Seng", model.Directs, "Penang Traders Council", ""}},
			[]rel{{"Dewan Rakyat", model.Directs, "Penang Traders Council", ""}}},
		{"who after a body that acts",
			"Villagers alerted the Royal Thai Police, who raided Golden Moon Park on Friday.",
			[]rel{{"Royal Thai Police", model.Raided, "Golden Moon Park", ""}},
			nil},
	})
}

// TestPrecManagingMember holds "managing member" (the member who runs a limited liability
// company) as a post that leads the firm, while a plain member stays a member.
func TestPrecManagingMember(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"managing member runs the firm",
			"Prosecutors said Harbor Pine Capital LLC, of which Wei Tao is managing member, moved the funds.",
			[]rel{{"Wei Tao", model.Directs, "Harbor Pine Capital LLC", ""}},
			[]rel{{"Wei Tao", model.MemberOf, "Harbor Pine Capital LLC", ""}}},
		{"a plain member does not run it",
			"Prosecutors said the Penang Traders Council, of which Wei Tao is a member, took the funds.",
			nil,
			[]rel{{"Wei Tao", model.Directs, "Penang Traders Council", ""}}},
	})
}

// TestPrecBareCourtParty holds a court party written as a bare capitalised name
// ("Defendant also proffered that he ...") as what a "he" after it continues, not the last
// person named before.
// (A board seat in a traders' association is membership of it: seat_kinds.go.)
func TestPrecBareCourtParty(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"he after a bare Defendant is the defendant",
			"Defendant Chen Bo appeared with counsel. Defendant's brother, Chen Lin, offered his house as security. Defendant also proffered that he serves on the board of the Fuzhou Traders Association.",
			nil,
			[]rel{{"Chen Lin", model.MemberOf, "Fuzhou Traders Association", ""}}},
		{"he after the defendant's kin in his own sentence is the kin named before",
			"Defendant Chen Bo appeared with counsel. Defendant's brother, Chen Lin, offered his house as security. He serves on the board of the Fuzhou Traders Association.",
			[]rel{{"Chen Lin", model.MemberOf, "Fuzhou Traders Association", ""}},
			nil},
	})
}

// TestPrecCompoundRank holds "the colonel" to a Colonel named before a Lieutenant Colonel,
// and to the Lieutenant Colonel when he is the only one.
func TestPrecCompoundRank(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCasesEitherWay(t, x, []relCase{
		{"the colonel passes a lieutenant colonel for a colonel",
			"Colonel Saw Htoo Ler commands the Dawna Peace Army. Its deputy commander, Lieutenant Colonel Saw Pah Kay, denied the report. Workers named Saw Lin Moe, a nephew of the colonel, as a guard.",
			nil,
			[]rel{{"Saw Lin Moe", model.FamilyOf, "Saw Pah Kay", ""}}},
		{"the colonel with a colonel beyond its window is nobody",
			"Colonel Saw Htoo Ler commands the Dawna Peace Army. The army leases land to the park. The park opened in 2021. Its guards carry rifles. Its deputy commander, Lieutenant Colonel Saw Pah Kay, denied the report. Workers named Saw Lin Moe, a nephew of the colonel, as a guard.",
			nil,
			[]rel{{"Saw Lin Moe", model.FamilyOf, "Saw Pah Kay", ""}}},
		{"the colonel is a lieutenant colonel named alone",
			"The deputy commander, Lieutenant Colonel Saw Pah Kay, denied the report. Workers named Saw Lin Moe, a nephew of the colonel, as a guard.",
			[]rel{{"Saw Lin Moe", model.FamilyOf, "Saw Pah Kay", ""}},
			nil},
	})
}

// TestPrecKinObjectPost holds a post after a kin apposition ("X, a nephew of Y, as head of
// security for Z") to the apposition's head X, never to the kin's anchor Y.
func TestPrecKinObjectPost(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"the post after a kin apposition is not the anchor's",
			"Colonel Saw Htoo Ler commands the Dawna Peace Army. Workers named Saw Lin Moe, a nephew of Saw Htoo Ler, as head of security for Golden Moon Holdings Co., Ltd.",
			nil,
			[]rel{{"Saw Htoo Ler", model.EmployedBy, "Golden Moon Holdings Co., Ltd.", ""}}},
		{"a head of security named after a kin's anchor still holds the post",
			"Saw Lin Moe is a nephew of Saw Htoo Ler. Saw Htoo Ler, head of security for Golden Moon Holdings Co., Ltd., denied the claim.",
			[]rel{{"Saw Htoo Ler", model.EmployedBy, "Golden Moon Holdings Co., Ltd.", ""}},
			nil},
	})
}
