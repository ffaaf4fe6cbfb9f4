package extract

import "testing"

// TestCountedDesignations holds the rule of designated_counts.go: a notice that counts the
// individuals it designates and names exactly that many persons besides those it quotes or
// spares; a count the named persons do not meet, and a verb that is no designation, read
// nothing.
func TestCountedDesignations(t *testing.T) {
	x := newTestExtractor(t)
	const ofac = "Office of Foreign Assets Control"
	const quote = ` "These networks prey on the vulnerable," said Under Secretary for Terrorism and Financial Intelligence Jane Porter.`
	cases := []relCase{
		{"two counted individuals described in later sentences, a speaker left out",
			"Today, the Office of Foreign Assets Control (OFAC) designated two individuals and one entity that run the Golden River compound." + quote +
				" Tan Boon Hock, a Malaysian national, is the chairman of Blue Harbour Co., Ltd. His business partner, Lim Kok Wah, manages the compound's payroll.",
			sanctioned("Tan Boon Hock", ofac, "Lim Kok Wah", ofac), sanctioned("Jane Porter", ofac)},
		{"a person the notice says was spared",
			"The Office of Foreign Assets Control is sanctioning two individuals who run the Golden River compound." +
				" Tan Boon Hock is the chairman of Blue Harbour Co., Ltd. Lim Kok Wah manages its payroll. Their associate Chen Wei Ming was not designated.",
			sanctioned("Tan Boon Hock", ofac, "Lim Kok Wah", ofac), sanctioned("Chen Wei Ming", ofac)},
		// Precision.
		{"more persons named than counted",
			"Today, the Office of Foreign Assets Control designated two individuals who run the Golden River compound." +
				" Tan Boon Hock is the chairman of Blue Harbour Co., Ltd. Lim Kok Wah manages its payroll. Chen Wei Ming, a business partner, supplied its generators.",
			nil, sanctioned("Tan Boon Hock", ofac, "Lim Kok Wah", ofac, "Chen Wei Ming", ofac)},
		{"a count that is no designation",
			"Today, the Office of Foreign Assets Control interviewed two individuals who had left the Golden River compound." +
				" Tan Boon Hock is the chairman of Blue Harbour Co., Ltd. Lim Kok Wah manages its payroll.",
			nil, sanctioned("Tan Boon Hock", ofac, "Lim Kok Wah", ofac)},
	}
	checkRelCases(t, x, cases)
}
