package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNamingClauses: a naming apposition may follow a measure ("The 7.9-hectare compound,
// known locally as the X compound,"), use "marketed as", or open a clause after "that" when a
// naming verb marks it; a bare apposition inside a sentence, a head that does not fit the
// name, and a naming verb with no "that" before it stay unread.
func TestNamingClauses(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"marketed as opens the sentence",
			"Police sealed off a tower in Ban Mai on Monday. The tower, marketed as Silver Fern Plaza, was built in 2019.",
			[]rel{{"Silver Fern Plaza", model.LocatedIn, "Ban Mai", ""}}, nil},
		{"a measure before the head, an article before the name",
			"A compound in Ban Mai was raided in May. The 7.9-hectare compound, known locally as the Silver Fern Park, sits behind the market.",
			[]rel{{"Silver Fern Park", model.LocatedIn, "Ban Mai", ""}}, nil},
		{"a naming clause after that",
			"The seven-building complex in Ban Mai stands on land owned by a former mayor. Land titles show that the complex, marketed as Silver Fern Park, sits on 8 hectares.",
			[]rel{{"Silver Fern Park", model.LocatedIn, "Ban Mai", ""}}, nil},
		{"a bare apposition after that names nothing before",
			"The seven-building complex in Ban Mai stands on land owned by a former mayor. Officials said that the complex, Silver Fern Park, sits on 8 hectares.",
			nil,
			[]rel{{"Silver Fern Park", model.LocatedIn, "Ban Mai", ""}}},
		{"a naming clause whose head does not fit the name",
			"A company in Ban Mai bought the plot. Records show that the company, known as Silver Fern Park, sold it.",
			nil,
			[]rel{{"Silver Fern Park", model.LocatedIn, "Ban Mai", ""}}},
		{"a naming verb inside a sentence with no that",
			"The complex in Ban Mai was raided in May. Police raided the complex, marketed as Silver Fern Park, again in June.",
			nil,
			[]rel{{"Silver Fern Park", model.LocatedIn, "Ban Mai", ""}}},
	})
}
