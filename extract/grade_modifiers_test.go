package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestMaskNounHedges: a hedge word modifying a noun after the names is blanked; a hedge used as a
// verb ("suspected of", "alleged to") or standing alone is kept.
func TestMaskNounHedges(t *testing.T) {
	cases := []struct {
		post   string
		masked bool
	}{
		{" on 27 August, arresting 19 alleged supervisors.", true},
		{" that was raided last year as a suspected scam centre.", true},
		{", where police detained the accused recruiters.", true},
		{" and detained two suspected managers.", true},
		{" last week and detained 771 people suspected of involvement in online fraud.", true},
		{", police alleged.", false},
		{" and is suspected of laundering the proceeds.", false},
		{", the alleged to be the owner.", false},
		{", the suspected of running it.", false},
		{", who is alleged to have arranged the crossings.", false},
		{" since 2022, investigators suspect.", false},
	}
	for _, c := range cases {
		got := maskNounHedges(c.post)
		if len(got) != len(c.post) {
			t.Errorf("maskNounHedges(%q) changed the length", c.post)
		}
		if masked := got != c.post; masked != c.masked {
			t.Errorf("maskNounHedges(%q) = %q, masked %v, want %v", c.post, got, masked, c.masked)
		}
	}
}

// TestGradeOfNounHedges: in a news text a hedge on a noun after the names leaves the stated
// relation reported; a hedge that reaches the
// relation still makes it alleged; so does a speaker before it or closing the sentence.
func TestGradeOfNounHedges(t *testing.T) {
	x := newTestExtractor(t)
	news := func(text string) model.Document {
		return model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
	}
	cases := []struct {
		text, s, p, o, want string
	}{
		{"Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort, a casino complex that was raided last year as a suspected scam centre.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Reported},
		{"Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort, arresting staff who managed two alleged call rooms.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Reported},
		{"Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort, investigators alleged.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Alleged},
		{"Golden Harbour Holdings Co., Ltd. allegedly owns Jade Palm Resort.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Alleged},
		{"Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort, former workers say.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Alleged},
		{"Former workers say that Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Alleged},
		{"Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort, according to three former workers.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Alleged},
	}
	for _, c := range cases {
		if g := gradeOf(x, news(c.text), c.s, c.p, c.o); g != c.want {
			t.Errorf("%q: %s %s %s graded %q, want %q", c.text, c.s, c.p, c.o, g, c.want)
		}
	}
}
