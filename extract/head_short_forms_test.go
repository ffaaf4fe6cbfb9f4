package extract

import "testing"

// TestHeadShortForms covers a firm's or site's name written without its head word after the
// full name (head_short_forms.go), with the persons it must leave alone.
func TestHeadShortForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a technology firm named after without its head",
			"The tower is run by a company called Ruby Gate Technology, recruits said. Ruby Gate was in the news last year.",
			[]string{"Company:Ruby Gate Technology"},
			[]string{"Person:Ruby Gate"}},
		{"a casino named after without its head",
			"His brother-in-law runs the Jade Lantern Casino next to the plaza. Jade Lantern was not touched in the raid.",
			[]string{"Compound:Jade Lantern Casino"},
			[]string{"Person:Jade Lantern"}},
		{"a limited company whose lone first word stands after the",
			"The plaza is operated by Silver Kirin Entertainment Co., Ltd. Silver Kirin is majority-owned by a local investor. Also on the Silver board is a deputy governor.",
			[]string{"Company:Silver Kirin Entertainment Co., Ltd."},
			[]string{"Person:Silver Kirin"}},
		{"a name with a Chinese surname stays a person",
			"Workers said the plaza was Zhang Wei Casino. Zhang Wei was arrested in May.",
			[]string{"Person:Zhang Wei"},
			nil},
		{"a name with a person's aside stays a person",
			"Ruby Gate Technology recruits workers abroad. Ruby Gate, who denied the claims, was questioned in May.",
			[]string{"Person:Ruby Gate"},
			nil},
		{"two longer names leave the short form alone",
			"Ruby Gate Technology and Ruby Gate Casino share a compound. Ruby Gate was in the news last year.",
			[]string{"Person:Ruby Gate"},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
