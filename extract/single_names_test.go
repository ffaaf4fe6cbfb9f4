package extract

import (
	"testing"
)

// TestSingleNames finds people known by one name from the words around them, and leaves
// one-word names whose context says a place or a firm.
func TestSingleNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"an age in commas", "Hartono, 38, was detained at the border.", []string{"Person:Hartono"}, nil},
		{"a person's apposition", "Zaw, a 19-year-old from Bago, escaped in March. Tun, his cousin, stayed.",
			[]string{"Person:Zaw", "Person:Tun"}, nil},
		{"in commas after a person's noun", "The broker, Wiranto, promised them office jobs.", []string{"Person:Wiranto"}, nil},
		{"a name given to a person", "They were met by a driver identified only as \"Bayu\" at the airport.", []string{"Person:Bayu"}, nil},
		{"a year in commas is no age", "In Kratie, 2023, brought new sites.", nil, []string{"Person:Kratie"}},
		{"a firm in commas after a firm's noun", "The recruiter's agency, Sinarmas, denied it.", nil, []string{"Person:Sinarmas"}},
		{"credit lines name staff, not actors", "Edited by Tom Hale. Additional reporting by Ploy Suksan in Bangkok.",
			nil, []string{"Person:Tom Hale", "Person:Ploy Suksan"}},
		{"a sentence opened by 'additional' is no credit line", "Additional troops under General Min Aung arrived.",
			[]string{"Person:Min Aung"}, nil},
		{"a place named once where places stand, elsewhere by shape alone",
			"Police raided Wan Hkam's Jade Garden Resort. The resort lies on the edge of Wan Hkam in Shan State. Wan Hkam is controlled by a militia.",
			[]string{"Location:Wan Hkam"}, []string{"Person:Wan Hkam"}},
		{"a person with a person's cue stays a person beside a place context",
			"Sai Hkam Leng, 52, owns the resort. Investigators near Sai Hkam Leng's house waited.",
			[]string{"Person:Sai Hkam Leng"}, []string{"Location:Sai Hkam Leng"}},
		{"a name after a place and a comma, then an age, is a person",
			"In Mae Sot, Prasert, 52, said he had rented the warehouse.",
			[]string{"Person:Prasert"}, []string{"Location:Prasert"}},
		{"a list of places after 'in' stays places",
			"The sites are in Bamban, Capas, and Porac.",
			[]string{"Location:Capas", "Location:Porac"}, nil},
		{"a Chinese nickname after a naming word",
			"The floor was run by a man everyone called Lao Wang. A guard known as Ah Keung beat them.",
			[]string{"Person:Lao Wang", "Person:Ah Keung"}, nil},
		{"a place that opens with the same word is no nickname",
			"The workers were taken through Lao Cai to the border.",
			nil, []string{"Person:Lao Cai"}},
		{"a site known by a name", "The building, known as Dragon, was raided.", nil, []string{"Person:Dragon"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}

// TestNicknameAlias keeps a person's name without the quoted nickname as an alias, and adds
// nothing to a name with an apostrophe.
func TestNicknameAlias(t *testing.T) {
	cases := []struct{ name, want string }{
		{`Ernesto "Totoy" Villareal`, "Ernesto Villareal"},
		{"Rolando “Boy” Santiago", "Rolando Santiago"},
		{"O'Brien Lee", ""},
		{`Lin "Big Brother"`, ""},
	}
	for _, c := range cases {
		if got := withoutNickname(c.name); got != c.want {
			t.Errorf("withoutNickname(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
