package extract

import (
	"slices"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFieldsAfterHead keeps "and" inside a body's name when it joins the fields the body
// works on, and splits at it when a second name follows.
func TestFieldsAfterHead(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a ministry of two fields",
			"Inspectors from the Ministry of Fisheries and Rural Development visited the port.",
			[]string{"Organization:Ministry of Fisheries and Rural Development"},
			[]string{"Organization:Ministry of Fisheries", "Person:Rural Development"}},
		{"a committee on two fields",
			"The Assembly Committee on Public Welfare and Safety summoned the governor.",
			[]string{"Organization:Assembly Committee on Public Welfare and Safety"},
			[]string{"Organization:Assembly Committee on Public Welfare"}},
		{"a commission for two fields, the first not an English field word",
			"A delegate of the Regional Commission for Narcotics Control and Supervision arrived.",
			[]string{"Organization:Regional Commission for Narcotics Control and Supervision"},
			nil},
		{"a person after the and stays a person",
			"The Ministry of Interior and Chea Sophal signed the decree.",
			[]string{"Organization:Ministry of Interior", "Person:Chea Sophal"},
			[]string{"Organization:Ministry of Interior and Chea Sophal"}},
		{"a second body after the and stays a body",
			"The Ministry of Justice and the Anti-Corruption Unit met.",
			[]string{"Organization:Anti-Corruption Unit"},
			[]string{"Organization:Ministry of Justice and the Anti-Corruption Unit"}},
		{"a place after the and is no field",
			"The Department of Tourism and Battambang officials disagreed.",
			nil,
			[]string{"Organization:Department of Tourism and Battambang"}},
		{"a protection field after a hyphenated one",
			"The victims were referred to the Department of Anti-Human Trafficking and Juvenile Protection.",
			[]string{"Organization:Department of Anti-Human Trafficking and Juvenile Protection"},
			[]string{"Organization:Department of Anti-Human Trafficking"}},
		{"gender first in a listed ministry",
			"Uganda's Ministry of Gender, Labour and Social Development suspended the licence.",
			[]string{"Organization:Ministry of Gender, Labour and Social Development"},
			[]string{"Organization:Ministry of Gender", "Company:Labour and Social Development"}},
		{"a person after a protection field stays a person",
			"The Ministry of Child Protection and Chea Sophal signed the decree.",
			[]string{"Person:Chea Sophal"},
			[]string{"Organization:Ministry of Child Protection and Chea Sophal"}},
		{"a second body after a gender field stays a body",
			"The Ministry of Gender and the Royal Thai Police met.",
			[]string{"Organization:Royal Thai Police"},
			[]string{"Organization:Ministry of Gender and the Royal Thai Police"}},
		{"a hotel and tourism firm",
			"Land records list his company, Golden Lion Hotel and Tourism Co., Ltd., as owner of the plot.",
			[]string{"Company:Golden Lion Hotel and Tourism Co., Ltd."},
			[]string{"Company:Tourism Co., Ltd."}},
		{"a hotel and a tourism body stay apart",
			"Guests of the Golden Lion Hotel and Tourism Ministry officials met.",
			nil,
			[]string{"Company:Golden Lion Hotel and Tourism Ministry", "Organization:Golden Lion Hotel and Tourism Ministry"}},
	}
	checkNameCases(t, x, "https://news.example.org/b", cases)
}

// TestSpellingVariants finds a listed body written in the other spelling, as one entity with
// its listed name, and leaves words without a twin alone.
func TestSpellingVariants(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Analysts at the Center for Information Resilience mapped the site.", []string{"Organization:Centre for Information Resilience"}},
		{"The Global Anti-Scam Organisation (GASO) counselled the victims.", []string{"Organization:Global Anti-Scam Organization"}},
		{"The Global Anti-Scam Organization answered.", []string{"Organization:Global Anti-Scam Organization"}},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/c", Kind: "article", Text: c.text}
		x.Analyze(&d)
		if got := entityNames(d); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
	if got := otherSpelling("karen national union"); got != "karen national union" {
		t.Errorf("a key without twins changed to %q", got)
	}
	if got := otherSpelling("ministry of labour"); got != "ministry of labor" {
		t.Errorf("otherSpelling(ministry of labour) = %q", got)
	}
}

// TestRankAbbreviations: a rank abbreviated with a period inside a run of ranks ends no
// sentence and stays out of the name; a name that begins with the same letters stays whole.
func TestRankAbbreviations(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text   string
		want   []string
		forbid []string
	}{
		{"The raid was ordered by Major General Pol. Lt. Keo Vuthy at dawn.", []string{"Person:Keo Vuthy"}, []string{"Person:Pol"}},
		{"Provincial chief Pol. Col. Dara Sok spoke to the press.", []string{"Person:Dara Sok"}, []string{"Person:Pol"}},
		{"Supt. Maria Reyes of the regional police led the team.", []string{"Person:Maria Reyes"}, []string{"Person:Supt. Maria Reyes"}},
		{"Pol Pot's regime ended in 1979.", []string{"Person:Pol Pot"}, nil},
		// A plural party title before names in capitals, as court papers list them.
		{"Defendants KHIEU SAMNANG and PEN SOKHA were remanded.", []string{"Person:Khieu Samnang", "Person:Pen Sokha"}, nil},
		{"The Defendants appealed the ruling.", nil, []string{"Person:Defendants"}},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/f", Kind: "article", Text: c.text}
		x.Analyze(&d)
		checkNames(t, entityNames(d), c.want, c.forbid)
	}
}
