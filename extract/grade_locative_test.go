package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLocativePlaceGrade holds the grade of a place told by a locative phrase right after a
// name ("the X complex in Y"): where the named thing is, which a closing attribution of the
// sentence does not reach, nor, in a news text, the charge it cites; and a place that is itself
// the hedged claim, which stays alleged.
func TestLocativePlaceGrade(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []rel
	}{
		{"a raided site and its town, with the ministry's attribution closing the sentence",
			"Officers raided Jade Moon Park in Tachileik on Friday, the ministry said.",
			[]rel{{"Jade Moon Park", model.LocatedIn, "Tachileik", model.Reported}}},
		{"a site with its kind noun and town, after a cited officer",
			"According to a police colonel, recruits were taken to the Lucky Harbour complex in Poipet.",
			[]rel{{"Lucky Harbour", model.LocatedIn, "Poipet", model.Reported}}},
		{"a site in the border town of a place, officials said",
			"Recruits were held at Red Lotus Tower in the border town of Myawaddy, officials said.",
			[]rel{{"Red Lotus Tower", model.LocatedIn, "Myawaddy", model.Reported}}},
		{"a site in a town, in a news text citing the indictment",
			"According to the indictment, the defendants ran the Blue Crane Park compound in Kampot.",
			[]rel{{"Blue Crane Park", model.LocatedIn, "Kampot", model.Reported}}},
		// Must not change: the place is what is hedged.
		{"a place that is the believed claim",
			"Golden Reed Park is believed to be in Myawaddy.",
			[]rel{{"Golden Reed Park", model.LocatedIn, "Myawaddy", model.Alleged}}},
		{"a firm's place inside a reported clause",
			"The MP said Lucky Star Gaming Management Ltd. is based in Macau.",
			[]rel{{"Lucky Star Gaming Management Ltd.", model.LocatedIn, "Macau", model.Alleged}}},
		{"a site's town in a witness's account",
			"Recruits were held at Red Lotus Tower in Myawaddy, two survivors said.",
			[]rel{{"Red Lotus Tower", model.LocatedIn, "Myawaddy", model.Alleged}}},
		{"the place that is what a news text cites the indictment for",
			"According to the indictment, Blue Crane Park is located in Kampot.",
			[]rel{{"Blue Crane Park", model.LocatedIn, "Kampot", model.Alleged}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, nil)
		})
	}
}

// TestOwnedPlaceGrade: the place told after a country or region in the possessive ("in
// Myanmar's Myawaddy township", "in Laos's Bokeo province") is still told by the apposition or
// locative phrase, so the sentence's attribution does not reach it; the witness and hedge
// cases stay alleged.
func TestOwnedPlaceGrade(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []rel
	}{
		{"apposition with a country's township, after investigators say",
			"Investigators say the vans delivered recruits to Jade Lotus Park, a walled compound in Myanmar's Myawaddy township.",
			[]rel{{"Jade Lotus Park", model.LocatedIn, "Myawaddy", model.Reported}}},
		{"apposition with a country's province, police said",
			"Officers raided Silver Reed Tower, a casino block in Laos's Bokeo province, police said.",
			[]rel{{"Silver Reed Tower", model.LocatedIn, "Bokeo", model.Reported}}},
		{"locative with a country's town, the ministry said",
			"Officers raided Jade Moon Park in Myanmar's Tachileik on Friday, the ministry said.",
			[]rel{{"Jade Moon Park", model.LocatedIn, "Tachileik", model.Reported}}},
		{"apposition with a country's state, according to an official",
			"According to a district official, the men were taken to Golden Fern Garden, a compound in Myanmar's Karen State.",
			[]rel{{"Golden Fern Garden", model.LocatedIn, "Karen State", model.Reported}}},
		// Must stay alleged: a witness's account, a hedge on the place, a denial.
		{"a witness places the site",
			"Recruits were held at Red Lotus Tower in Myanmar's Myawaddy, two survivors said.",
			[]rel{{"Red Lotus Tower", model.LocatedIn, "Myawaddy", model.Alleged}}},
		{"the place is the believed claim",
			"Golden Reed Park is believed to be in Myanmar's Myawaddy township.",
			[]rel{{"Golden Reed Park", model.LocatedIn, "Myawaddy", model.Alleged}}},
		{"a firm's place inside a reported clause",
			"The MP said Lucky Star Gaming Management Ltd. is based in China's Macau.",
			[]rel{{"Lucky Star Gaming Management Ltd.", model.LocatedIn, "Macau", model.Alleged}}},
		// The reviewer's sentences: a question, a hedge inside the apposition, a witness's
		// sentence.
		{"a place asked about, then denied",
			"Golden Lotus Park in Thailand's Mae Sot? No, it is in Myawaddy, activists said.",
			[]rel{{"Golden Lotus Park", model.LocatedIn, "Mae Sot", model.Alleged}}},
		{"a hedge after the place inside the apposition",
			"Golden Lotus Park, a compound in Thailand's Mae Sot according to a disputed map, was raided, the militia said.",
			[]rel{{"Golden Lotus Park", model.LocatedIn, "Mae Sot", model.Alleged}}},
		{"a witness's sentence with the apposition",
			"Survivors said they were held at Golden Lotus Park, a compound in Myanmar's Myawaddy township.",
			[]rel{{"Golden Lotus Park", model.LocatedIn, "Myawaddy", model.Alleged}}},
		{"a hedge before the place inside the apposition",
			"Officers raided Silver Reed Tower, a casino block allegedly in Laos's Bokeo province, police said.",
			[]rel{{"Silver Reed Tower", model.LocatedIn, "Bokeo", model.Alleged}}},
		// The owner must be a country or a region: a person's or a firm's possessive owns no
		// place the phrase gives.
		{"a person's possessive before the place",
			"Officers raided Jade Moon Park in Chen Wei's Tachileik on Friday, the ministry said.",
			[]rel{{"Jade Moon Park", model.LocatedIn, "Tachileik", model.Alleged}}},
		{"a region in the possessive",
			"Officers raided Silver Reed Tower, a casino block in Karen State's Myawaddy township, police said.",
			[]rel{{"Silver Reed Tower", model.LocatedIn, "Myawaddy", model.Reported}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, nil)
		})
	}
}
