package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTieConjuncts holds the shapes of tie_conjuncts.go: relations each case must read and
// relations it must not. FAMILY_OF and ASSOCIATE_OF are symmetric, so either order matches.
func TestTieConjuncts(t *testing.T) {
	x := newTestExtractor(t)
	assoc := func(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }
	kin := func(a, b string) []rel { return []rel{{a, model.FamilyOf, b, ""}} }
	cases := []relCase{
		{"a tie noun coordinated after a copula", "Sao Kimhong was a money changer and business associate of Lam Chhun Heng until 2021.",
			assoc("Sao Kimhong", "Lam Chhun Heng"), nil},
		{"a kin noun coordinated in an apposition", "Colonel Tin Maung Aye, the commander of the camp and a son-in-law of Khin Zaw Win, signed the lease.",
			kin("Tin Maung Aye", "Khin Zaw Win"), nil},
		{"an apposition before the copula", "Lim Seng Huat, a Penang trader, was a close associate of Goh Boon Teck for a decade.",
			assoc("Lim Seng Huat", "Goh Boon Teck"), nil},
		{"a place inside the apposition", "Juan Ramos, a resident of Cebu, was a driver and bodyguard of Pedro Salazar.",
			assoc("Juan Ramos", "Pedro Salazar"), nil},
		{"named as a relative by an agent", "Somchai Kaewmanee was named by prosecutors as the nephew of Prasit Kaewmanee, a former minister.",
			kin("Somchai Kaewmanee", "Prasit Kaewmanee"), nil},
		{"a post's words before the second name", "The plot is held by a firm whose director, Danilo Macaraeg, is a retired engineer and the uncle of incumbent Bacolor municipal councilor Teresa Macaraeg-Lim.",
			kin("Danilo Macaraeg", "Teresa Macaraeg-Lim"), nil},
		{"a town and a title before the relative's name", "The main shareholder is Andres Manalo, the elder brother of Bamban Mayor Teodoro Manalo.",
			kin("Andres Manalo", "Teodoro Manalo"), nil},
		{"a body inside the first conjunct", "Major General Sok Rath, the deputy commander of Brigade 12 of the Royal Cambodian Army and a brother-in-law of Heng Sophal, signed the contract.",
			kin("Sok Rath", "Heng Sophal"), nil},
		// Must not fire.
		{"a relative clause inside the first conjunct", "Sao Kimhong was a driver who met the buyers and the partner of Lam Chhun Heng.",
			nil, assoc("Sao Kimhong", "Lam Chhun Heng")},
		{"a name after a preposition is no subject", "The villa, leased by Sao Kimhong, was a gift and the property of Lam Chhun Heng's nephew.",
			nil, assoc("Sao Kimhong", "Lam Chhun Heng")},
		{"the second name's possessive takes the tie", "Sao Kimhong was a cashier and the driver of Lam Chhun Heng's wife, Keo Srey.",
			nil, assoc("Sao Kimhong", "Lam Chhun Heng")},
		{"a lawyer is no associate", "Sao Kimhong, a Phnom Penh notary, was a lawyer and adviser to no one but served as counsel for Lam Chhun Heng.",
			nil, assoc("Sao Kimhong", "Lam Chhun Heng")},
		{"a person between is the subject", "Officers arrested Sao Kimhong, and Keo Dara was a cashier and the nephew of Lam Chhun Heng.",
			kin("Keo Dara", "Lam Chhun Heng"), kin("Sao Kimhong", "Lam Chhun Heng")},
		{"a name after a preposition before an apposition", "The money sent by Sao Kimhong, a trader, was the salary of a driver and the nephew of Lam Chhun Heng.",
			nil, kin("Sao Kimhong", "Lam Chhun Heng")},
		{"a critic coordinated with a noun is no tie", "Sao Kimhong was a journalist and a fierce critic of Lam Chhun Heng.",
			nil, assoc("Sao Kimhong", "Lam Chhun Heng")},
		{"a lowercase word before the name breaks the reading", "Sao Kimhong was a clerk and the driver for the wife of Lam Chhun Heng.",
			nil, assoc("Sao Kimhong", "Lam Chhun Heng")},
	}
	checkRelCasesEitherWay(t, x, cases)
}

// TestTieConjunctPosts holds the first conjunct written as a post without its article (", chief
// of Sangkat Nimitt and brother-in-law of Y"): the tie is the apposed person's; a count of
// other people ("two guards and the brother of Y"), a negation, a hedge between and a
// comma-closed post followed by another clause state no tie.
func TestTieConjunctPosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a post of a place, then kin", "Mao Saroeun, chief of Sangkat Nimitt and brother-in-law of Oknha Lim Kimhong, was arrested on Friday.",
			[]rel{{"Mao Saroeun", model.FamilyOf, "Lim Kimhong", ""}}, nil},
		{"a deputy's post, then a partner", "Sok Dara, deputy governor of Koh Kong and a business partner of Chen Zhi, declined to comment.",
			[]rel{{"Sok Dara", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"a post of a firm, then kin", "Sok Dara, director of the firm and nephew of Heng Vuthy, signed the lease.",
			[]rel{{"Sok Dara", model.FamilyOf, "Heng Vuthy", ""}}, nil},
		{"a count of other people", "Police named Sok Dara, two guards and the brother of Chen Zhi as suspects.",
			nil, []rel{{"Sok Dara", model.FamilyOf, "Chen Zhi", ""}}},
		{"a negation", "Sok Dara, owner of the land and not a partner of Chen Zhi, said he was innocent.",
			nil, []rel{{"Sok Dara", model.AssociateOf, "Chen Zhi", ""}}},
		{"a hedge between", "Sok Dara, chief of Sangkat Nimitt and reportedly a partner of Chen Zhi, was arrested.",
			nil, []rel{{"Sok Dara", model.AssociateOf, "Chen Zhi", "reported"}}},
		{"another clause after the post", "Sok Dara, chief of police, said the brother of Chen Zhi fled.",
			nil, []rel{{"Sok Dara", model.FamilyOf, "Chen Zhi", ""}}},
		{"another person in the list", "Sok Dara, Lim Heng and the brother of Chen Zhi were arrested.",
			nil, []rel{{"Sok Dara", model.FamilyOf, "Chen Zhi", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
