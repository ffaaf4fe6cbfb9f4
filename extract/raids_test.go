package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidForms holds the raid rules of raids.go: recall cases and cases where nothing may be
// read.
func TestRaidForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site's apposition with a participle raided by a body",
			"Golden Palm Resort, the seaside compound raided last month by the Presidential Anti-Organized Crime Commission, sits on leased land.",
			[]rel{{"Presidential Anti-Organized Crime Commission", model.Raided, "Golden Palm Resort", ""}}, nil},
		{"a site stormed by a body's troops",
			"Moonlight Garden was stormed by troops of the Karen National Union.",
			[]rel{{"Karen National Union", model.Raided, "Moonlight Garden", ""}}, nil},
		{"a fronted raid on a site, then the body's officers acting",
			"During a raid on Sunrise Tower, officers of the Philippine National Police rescued 300 workers.",
			[]rel{{"Philippine National Police", model.Raided, "Sunrise Tower", ""}}, nil},
		{"a raid named as a noun: its raiders, joined by 'and', then its site",
			"A joint raid by the Royal Thai Police and the Department of Special Investigation on Sapphire Park freed 80 people.",
			[]rel{{"Royal Thai Police", model.Raided, "Sapphire Park", ""}, {"Department of Special Investigation", model.Raided, "Sapphire Park", ""}}, nil},
		{"a body swooped on a site; a site the target of a body's raid",
			"Officers from the Philippine National Police swooped on Silver Moon Hub on Monday. Ocean View Hub was the target of a raid by the Bureau of Immigration.",
			[]rel{{"Philippine National Police", model.Raided, "Silver Moon Hub", ""}, {"Bureau of Immigration", model.Raided, "Ocean View Hub", ""}}, nil},
		// Precision.
		{"a site the target of a body's complaint; a body that descended from a site",
			"Ocean View Hub was the target of a complaint by the Bureau of Immigration. Officers of the Philippine National Police descended from Silver Moon Hub.",
			nil, []rel{{"Bureau of Immigration", model.Raided, "Ocean View Hub", ""}, {"Philippine National Police", model.Raided, "Silver Moon Hub", ""}}},
		{"a report by a body on a site is no raid",
			"A report by the Royal Thai Police on Sapphire Park was published.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Sapphire Park", ""}}},
		{"a site's apposition naming who built it, not who raided it",
			"Golden Palm Resort, the seaside compound built last year by the Bases Conversion and Development Authority, sits on leased land.",
			nil, []rel{{"Bases Conversion and Development Authority", model.Raided, "Golden Palm Resort", ""}}},
		{"a fronted raid on a site, then a body that only spoke",
			"During a raid on Sunrise Tower, the Philippine National Police said, no one was hurt.",
			nil, []rel{{"Philippine National Police", model.Raided, "Sunrise Tower", ""}}},
		{"a site visited by a body's officers is not raided",
			"Moonlight Garden was visited by officers of the Karen National Union.",
			nil, []rel{{"Karen National Union", model.Raided, "Moonlight Garden", ""}}},
	}
	checkRelCases(t, x, cases)
}
