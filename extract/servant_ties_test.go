package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestServantTies holds the shapes of servant_ties.go: relations each case must read and
// relations it must not. ASSOCIATE_OF is symmetric, so either order matches.
func TestServantTies(t *testing.T) {
	x := newTestExtractor(t)
	tie := func(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }
	cases := []relCase{
		{"a named possessor's driver set off by commas", "Police arrested Tep Sovann at the gate. Tep Sovann's driver, Ouk Pisey, told investigators he had signed the forms.",
			tie("Ouk Pisey", "Tep Sovann"), nil},
		{"an adviser with a hyphenated modifier", "Ma Lwin's long-serving adviser, Kyaw Min Oo, was not among those charged.",
			tie("Kyaw Min Oo", "Ma Lwin"), nil},
		{"a bodyguard with two modifiers", "Investigators questioned Wong Kar Fai's former personal bodyguard, Lee Siu Ming, in March.",
			tie("Lee Siu Ming", "Wong Kar Fai"), nil},
		{"a partner in a named venture", "Records show Suwit Thongchai's partner in the casino, Arun Phrom, holds a third of the shares.",
			tie("Arun Phrom", "Suwit Thongchai"), nil},
		{"a partner stated by a copula", "Nguyen Van Long's business partner is Tran Quoc Bao, a trader from Hanoi.",
			tie("Tran Quoc Bao", "Nguyen Van Long"), nil},
		{"a fixer with a title before the name", "Ramon Reyes's fixer, Dr. Lorna Cruz, arranged the permits.",
			tie("Lorna Cruz", "Ramon Reyes"), nil},
		// Must not fire.
		{"a critic is no associate", "Tep Sovann's fiercest critic, Ouk Pisey, spoke at the hearing.",
			nil, tie("Ouk Pisey", "Tep Sovann")},
		// A lawyer who speaks for the client is read by agent_possessor.go; one who does not is
		// read by no rule.
		{"a lawyer who does not speak for the client is no associate", "Tep Sovann's lawyer, Ouk Pisey, filed the motion.",
			nil, tie("Ouk Pisey", "Tep Sovann")},
		{"an estranged bodyguard is no tie", "Tep Sovann's estranged bodyguard, Ouk Pisey, sued him last year.",
			nil, tie("Ouk Pisey", "Tep Sovann")},
		{"a copula naming someone else's relative", "Tep Sovann's adviser was Ouk Pisey's cousin, Heng Dara.",
			nil, append(tie("Ouk Pisey", "Tep Sovann"), tie("Heng Dara", "Ouk Pisey")...)},
		{"a secretary is a post, not a service", "The permit was signed by Tep Sovann's secretary, Ouk Pisey.",
			nil, tie("Ouk Pisey", "Tep Sovann")},
		{"a speaker after the noun is not its referent", "Tep Sovann's driver, Ouk Pisey said, was paid in cash.",
			nil, tie("Ouk Pisey", "Tep Sovann")},
		{"a driver's licence names no one", "Tep Sovann's driver's licence was issued to Ouk Pisey in 2019.",
			nil, tie("Ouk Pisey", "Tep Sovann")},
	}
	checkRelCasesEitherWay(t, x, cases)
}
