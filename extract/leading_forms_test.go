package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLeadingForms: a firm's leading words, written after its full name, are the firm; a form
// two firms share, a word the text also writes in lower case, and a form written before
// the full name stay unread.
func TestLeadingForms(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a one-word form before a verb",
			"The lawyer said he had worked for Tidewell Ridge Technology Inc. in 2022. Tidewell operated Harbor Jade Hub, a compound in Pasay, until the raid.",
			[]rel{{"Tidewell Ridge Technology Inc.", model.Operates, "Harbor Jade Hub", ""}}, nil},
		{"a one-word form as a possessor",
			"The permits were filed by Tidewell Ridge Technology Inc. last year. Tidewell's president, Qiao Renfu, declined to comment.",
			[]rel{{"Qiao Renfu", model.Directs, "Tidewell Ridge Technology Inc.", ""}}, nil},
		{"a three-word form in a passive",
			"The resort was built by Kaw Thit Silver Horizon Development Co., Ltd., a local company. " +
				"Sixty percent of Kaw Thit Silver Horizon is owned by businessman Saw Ba Nyein.",
			[]rel{{"Saw Ba Nyein", model.Owns, "Kaw Thit Silver Horizon Development Co., Ltd.", ""}}, nil},
		{"a two-word form the shape called a place",
			"The hotel is held by Nam Kwong Grand Holdings Limited, incorporated in Hong Kong. Nam Kwong is chaired by Macau businessman Ho Kin Fai.",
			[]rel{{"Ho Kin Fai", model.Directs, "Nam Kwong Grand Holdings Limited", ""}}, nil},
	})
	// Forms that must not be read as the firm.
	for _, c := range []struct{ name, text, form, firm string }{
		{"two firms share the leading words",
			"Ruby Lantern Myawaddy Co., Ltd. runs the site and Ruby Lantern Trading Co., Ltd. supplies it. Ruby Lantern denied the claims.",
			"Ruby Lantern", "Ruby Lantern Myawaddy Co., Ltd."},
		{"a word the text also writes in lower case",
			"Golden Harvest Holdings Co., Ltd. bought the plot. The golden roof was repainted, and Golden staff left.",
			"Golden", "Golden Harvest Holdings Co., Ltd."},
		{"a demonym before a noun",
			"Shan Pearl Development Co., Ltd. built the resort. A Shan businessman owns the land.",
			"Shan", "Shan Pearl Development Co., Ltd."},
		{"the form before the full name",
			"Tidewell staff were seen at the gate. The compound is run by Tidewell Ridge Technology Inc., a licensee.",
			"Tidewell", "Tidewell Ridge Technology Inc."},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/2026/story", Kind: "article", Text: c.text}
			x.Analyze(&d)
			for _, e := range d.Entities {
				if e.Name != c.firm {
					continue
				}
				for _, m := range e.Mentions {
					if m.Text == c.form {
						t.Errorf("%q read as %s", c.form, c.firm)
					}
				}
			}
		})
	}
}

// TestLeadingFormCommonWord: a firm's leading words that end in a word the text writes in
// lower case ("Land") are no person's name, though their shape says so.
func TestLeadingFormCommonWord(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a form ending in a common word",
			"The compound sits on land owned by Kawit Land Development Inc., records show. Records list Senator Mario Ilagan as the holder of files. Kawit Land is chaired by Chinese national Zhou Peng.",
			[]rel{{"Zhou Peng", model.Directs, "Kawit Land Development Inc.", ""}},
			[]rel{{"Mario Ilagan", model.Directs, "Kawit Land Development Inc.", ""}}},
	})
}
