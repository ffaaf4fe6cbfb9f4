package extract

import "testing"

// TestUSStates: a US state written after a town ("Irvine, California") or as a court's
// district is a place; the states left out of the gazetteer because they also name a person
// or a country do not turn a person's given name into a place.
func TestUSStates(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a state after a town",
			"Kevin Zhang, 41, of Irvine, California, was charged on Tuesday.",
			[]string{"Location:California", "Person:Kevin Zhang"},
			nil},
		{"a two-word state",
			"The shell firm was registered in Newark, New Jersey, in 2021.",
			[]string{"Location:New Jersey"},
			nil},
		{"a state named alone",
			"Prosecutors in Texas said the money moved through three banks.",
			[]string{"Location:Texas"},
			nil},
		{"precision: a given name that is also a state's name",
			"Virginia Santos, a recruiter, sent the workers to Manila.",
			[]string{"Person:Virginia Santos"},
			[]string{"Location:Virginia"}},
		{"precision: a state's name inside a firm's name",
			"Nevada Star Trading Co., Ltd. paid the recruiters.",
			[]string{"Company:Nevada Star Trading Co., Ltd."},
			[]string{"Location:Nevada"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
