package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTestimonyConductGrade: in an authority's text, conduct told in a sentence that recounts
// witnesses is their account (alleged) though an act word ("identified", "rescued") is near;
// the authority's own acts, the posts it identifies, a plain statement and witnesses told of
// after the names stay official.
func TestTestimonyConductGrade(t *testing.T) {
	x := newTestExtractor(t)
	press := func(text string) model.Document {
		return model.Document{URL: "https://www.police.gov.ph/press/2025/05/raid", Kind: "article", Text: text}
	}
	cases := []struct {
		name    string
		text    string
		s, p, o string
		want    string
	}{
		{"witnesses testified, with an act word in their account",
			"Witnesses testified that the Red Dragon Park was guarded by soldiers they identified as members of the Democratic Karen Benevolent Army.",
			"Democratic Karen Benevolent Army", model.Protects, "Red Dragon Park", model.Alleged},
		{"rescued workers stated",
			"Rescued workers stated that the Democratic Karen Benevolent Army guarded Red Dragon Park.",
			"Democratic Karen Benevolent Army", model.Protects, "Red Dragon Park", model.Alleged},
		// Must not fire.
		{"the authority's own raid in testimony",
			"Witnesses testified that the National Bureau of Investigation raided Red Dragon Park in May.",
			"National Bureau of Investigation", model.Raided, "Red Dragon Park", model.Official},
		{"the authority's own statement",
			"Police identified and arrested the guards, and the Democratic Karen Benevolent Army guarded Red Dragon Park.",
			"Democratic Karen Benevolent Army", model.Protects, "Red Dragon Park", model.Official},
		{"witnesses told of after the names",
			"Investigators found that Golden Lotus Development Co., Ltd. operates Red Dragon Park, where survivors have described being beaten.",
			"Golden Lotus Development Co., Ltd.", model.Operates, "Red Dragon Park", model.Official},
	}
	for _, c := range cases {
		if got := gradeOf(x, press(c.text), c.s, c.p, c.o); got != c.want {
			t.Errorf("%s: %s %s %s graded %s, want %s", c.name, c.s, c.p, c.o, got, c.want)
		}
	}
}
