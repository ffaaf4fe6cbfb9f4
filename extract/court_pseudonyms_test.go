package extract

import "testing"

// TestCourtPseudonyms drops the repeated capitals a court names a shielded witness by and
// keeps real names and short forms beside them.
func TestCourtPseudonyms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a witness named by three capitals",
			"Witness AAA testified that the compound was run by Shunda Technology Co., Ltd.",
			[]string{"Company:Shunda Technology Co., Ltd."},
			[]string{"Person:Aaa", "Person:AAA"}},
		{"a second witness corroborates",
			"Witness BBB corroborated her account and testified that Ocampo acted on instructions.",
			nil,
			[]string{"Person:BBB", "Person:Bbb"}},
		{"a numbered stand-in",
			"Private complainant CCC1 identified the accused Li Wei in open court.",
			[]string{"Person:Li Wei"},
			[]string{"Person:CCC1", "Person:Ccc1"}},
		{"a real person beside a stand-in",
			"Witness AAA said Chen Bao Zhi ran the guards.",
			[]string{"Person:Chen Bao Zhi"},
			nil},
		{"an acronym that repeats no letter stays",
			"The PAOCC raided the hub with the NBI.",
			[]string{"Organization:Presidential Anti-Organized Crime Commission", "Organization:National Bureau of Investigation"},
			nil},
	}
	checkNameCases(t, x, "https://court.example.org/a", cases)
}
