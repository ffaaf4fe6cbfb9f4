package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestMemberConjuncts holds the shapes of member_conjuncts.go: relations each case must read
// and relations it must not.
func TestMemberConjuncts(t *testing.T) {
	x := newTestExtractor(t)
	member := func(a, b string) []rel { return []rel{{a, model.MemberOf, b, ""}} }
	cases := []relCase{
		{"an apposition with no article and a member conjunct", "Hun Sokha, Cambodian tycoon and former member of the National Assembly, built the casino.",
			member("Hun Sokha", "National Assembly"), nil},
		{"a party name before member after a description", "The firm was set up by Ismail Hamzah, a retired banker and long-time Umno member, in 2019.",
			member("Ismail Hamzah", "United Malays National Organisation"), nil},
		{"a copula and a veteran member", "Saw Lah Say is a veteran Karen National Union member.",
			member("Saw Lah Say", "Karen National Union"), nil},
		{"a critic and former member after a preposition", "The complaint was filed by Kem Vannak, a journalist and former member of the Cambodian People's Party.",
			member("Kem Vannak", "Cambodian People's Party"), nil},
		// Must not fire.
		{"a preposition puts the body under another noun", "Ismail Hamzah, a lawyer for the Umno member who was charged, spoke on Monday.",
			nil, member("Ismail Hamzah", "United Malays National Organisation")},
		{"members name others", "Saw Lah Say, a critic of Karen National Union members, spoke at the forum.",
			nil, member("Saw Lah Say", "Karen National Union")},
		{"a clause inside the first conjunct", "Hun Sokha, a tycoon who met officials and former member of the National Assembly, spoke.",
			nil, member("Hun Sokha", "National Assembly")},
	}
	checkRelCases(t, x, cases)
}
