package extract

import (
	"testing"
)

// TestTitlesAroundNames finds people behind honorifics of several words, after a title's
// portfolio and after a firm's kind word, each with a case where the rule must not fire.
func TestTitlesAroundNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a Malaysian honorific of two words",
			"The group's chairman, Tan Sri Wong Kah Meng, said in a statement that the unit was sold.",
			[]string{"Person:Wong Kah Meng"},
			[]string{"Person:Tan Sri Wong Kah Meng", "Person:Sri Wong Kah Meng"}},
		{"an honorific opened by a function word",
			"Her Excellency Malai Sovann received the envoy in Phnom Penh.",
			[]string{"Person:Malai Sovann"},
			[]string{"Person:Excellency Malai Sovann"}},
		{"a surname that shares the honorific's first word stays",
			"Investigators questioned Tan Wei Ling and her brother.",
			[]string{"Person:Tan Wei Ling"},
			nil},
		{"a region joined by a hyphen closes the portfolio",
			"Minister for the Asia-Pacific Laura Pennington said the network would be pursued.",
			[]string{"Person:Laura Pennington"},
			[]string{"Person:Asia-Pacific Laura Pennington"}},
		{"a given name joined by a small syllable stays in the name",
			"Secretary for Justice Martin Cheung Kai-fong told the council that the unit was ready.",
			[]string{"Person:Martin Cheung Kai-fong"},
			nil},
		{"a portfolio ending in a field, no name after it",
			"The Secretary for Security and Home Affairs said the task force would meet.",
			nil,
			[]string{"Person:Home Affairs"}},
		{"a country inside a title names no person",
			"The case is handled by Assistant U.S. Attorney Dana Whitfield of the district.",
			[]string{"Person:Dana Whitfield"},
			[]string{"Person:Assistant U.S."}},
		{"a plural title before names joined by 'and'",
			"Assistant U.S. Attorneys Dana Whitfield and Omar Reyes are prosecuting the case.",
			[]string{"Person:Dana Whitfield", "Person:Omar Reyes"},
			nil},
		{"a plural title word before one capitalised word is no title",
			"Generals Fund Ltd. and Officers Club denied it.",
			nil,
			[]string{"Person:Fund Ltd.", "Person:Club"}},
		{"a post's letters before a firm are no part of its name",
			"The recruiter said she was HR for Silver Pearl Group and that the CFO of Jade Gate Ltd. had approved it.",
			[]string{"Company:Silver Pearl Group", "Company:Jade Gate Ltd."},
			[]string{"Company:HR for Silver Pearl Group", "Company:CFO of Jade Gate Ltd."}},
		{"a firm whose name opens with the letters keeps them",
			"HR Holdings Ltd. denied the claims.",
			[]string{"Company:HR Holdings Ltd."},
			nil},
		{"a firm's kind word before a person described by who",
			"He is a partner of the Davao-based contractor Ramon Villafuerte, who built the dormitories.",
			[]string{"Person:Ramon Villafuerte"},
			[]string{"Company:Ramon Villafuerte"}},
		{"a firm's kind word before a firm described by which",
			"The dormitories were built by the contractor Golden Reed, which owns the land.",
			[]string{"Company:Golden Reed"},
			[]string{"Person:Golden Reed"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
