package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTiePhrases holds the shapes of tie_phrases.go: a possessor's tie noun with a phrase of
// where the tie lies before the named person, and a pair's quoted tie noun; and sentences that
// must give no tie.
func TestTiePhrases(t *testing.T) {
	x := newTestExtractor(t)
	assoc := func(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		{"partner in a venture, then the name", "Yang Shaowei's business partner in a Mae Sot jade trading venture, Wu Chengbin, flew out.",
			assoc("Yang Shaowei", "Wu Chengbin"), nil},
		{"associate at a firm, with a description", "Lim Boon Hock's associate at the trading house, Malaysian investor Chua Kee Leong, paid.",
			assoc("Lim Boon Hock", "Chua Kee Leong"), nil},
		{"ally from the casino days", "Sok Veasna's longtime ally from the casino days, Prum Dara, bought the land.",
			assoc("Sok Veasna", "Prum Dara"), nil},
		{"quoted business partners", `Police said Zhang Lifeng and Eduardo Villaluz had been "business partners for at least five years".`,
			assoc("Zhang Lifeng", "Eduardo Villaluz"), nil},
		{"quoted allies", `Reporters found that Chen Dongsheng and Saw Moo Kho are "close allies" on the river.`,
			assoc("Chen Dongsheng", "Saw Moo Kho"), nil},
		// Must not fire.
		{"a rival in the election", "Yang Shaowei's rival in the 2023 election, Wu Chengbin, won the seat.",
			nil, assoc("Yang Shaowei", "Wu Chengbin")},
		{"a partner in a law firm, then a speaker", "Lim Boon Hock's partner in the firm, Chua Kee Leong said, had left.",
			nil, assoc("Lim Boon Hock", "Chua Kee Leong")},
		{"the partner's own relative", "Sok Veasna's partner in the resort, Prum Dara's brother, bought the land.",
			nil, assoc("Sok Veasna", "Prum Dara")},
		{"a partner in another person's firm", "Sok Veasna's partner in Heng Dara's firm, Prum Sokha, bought the land.",
			nil, assoc("Sok Veasna", "Prum Sokha")},
		{"a lawyer in the case", "Anucha Srisuwan's lawyer in the case, Thanawat Boonyarit, denied it.",
			nil, assoc("Anucha Srisuwan", "Thanawat Boonyarit")},
		{"quoted enemies", `Police said Zhang Lifeng and Eduardo Villaluz had been "bitter enemies for years".`,
			nil, assoc("Zhang Lifeng", "Eduardo Villaluz")},
	})
}
