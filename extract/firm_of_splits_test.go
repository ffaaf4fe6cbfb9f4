package extract

import "testing"

// TestFirmOfSplits: "of" after a firm's closing legal form, or between a person and the firm
// bearing the person's name, joins two names, not one; a body or firm whose own name holds
// "of" stays whole. "Sri" opens an Indonesian or Malay given name unless "Lanka" or
// "Lankan" follows.
func TestFirmOfSplits(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a person, then the firm bearing the person's name",
			"The defendant was represented by Sandra Whitfield of Whitfield Lange LLP at the hearing.",
			[]string{"Person:Sandra Whitfield", "Company:Whitfield Lange LLP"},
			[]string{"Company:Sandra Whitfield of Whitfield Lange LLP"}},
		{"a partner of an eponymous firm with an ampersand",
			"He hired John Tan of Tan & Partners LLP last year.",
			[]string{"Person:John Tan"},
			[]string{"Company:John Tan of Tan & Partners LLP"}},
		{"a firm's legal form closes the name before its place",
			"Workers were recruited by Pearl Horizon Recruitment Agency Ltd. of Kampala, which charged fees.",
			nil,
			[]string{"Organization:Pearl Horizon Recruitment Agency Ltd. of Kampala", "Company:Pearl Horizon Recruitment Agency Ltd. of Kampala"}},
		{"precision: a firm whose name holds of",
			"Payments went through Bank of Ayeyarwady Ltd. last year.",
			[]string{"Company:Bank of Ayeyarwady Ltd."},
			[]string{"Company:Ayeyarwady Ltd."}},
		{"precision: a body whose name holds of",
			"The Ministry of Foreign Affairs said nothing.",
			[]string{"Organization:Ministry of Foreign Affairs"},
			nil},
		{"precision: a person of a firm sharing no name stays for other rules",
			"Payments went to Golden Lotus of Siam Trading Ltd. in May.",
			nil,
			[]string{"Person:Golden Lotus"}},
		{"Sri opens a given name",
			"The survivor, Sri Wahyuni, said she was beaten by guards.",
			[]string{"Person:Sri Wahyuni"},
			nil},
		{"precision: Sri Lankan is a demonym",
			"Sri Lankan workers were freed by police in Myawaddy.",
			nil,
			[]string{"Person:Sri Lankan"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
