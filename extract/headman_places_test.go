package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHeadmanPlaces covers the village head's post before "of"/"from" and the
// "a subdistrict of" apposition in placeContext (ner.go): the name after the post is the
// village, and the post's holder, or a person named after such a word, stays a person.
func TestHeadmanPlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a headman of a village",
			"Prasert Khamwong, 58, headman of Ban Pa Yang in Mae Sai district, was charged on Monday.",
			[]string{"Location:Ban Pa Yang", "Person:Prasert Khamwong"},
			[]string{"Person:Ban Pa Yang"}},
		{"a former headman from a village",
			"Police arrested Somkiat Rattanapan, a former village headman from Sop Ruak Nuea, on Friday.",
			[]string{"Location:Sop Ruak Nuea", "Person:Somkiat Rattanapan"},
			[]string{"Person:Sop Ruak Nuea"}},
		{"a name apposed as a subdistrict",
			"The boats left from Pha Lat Wang, a subdistrict of Mae Ramat, before dawn.",
			[]string{"Location:Pha Lat Wang"},
			[]string{"Person:Pha Lat Wang"}},
		{"the headman named after his post stays a person",
			"The village headman Somchai Boonmee said the boats left at night.",
			[]string{"Person:Somchai Boonmee"},
			[]string{"Location:Somchai Boonmee"}},
		{"a person the headman spoke of stays a person",
			"The headman said Anucha Wongsakul had paid the officers.",
			[]string{"Person:Anucha Wongsakul"},
			[]string{"Location:Anucha Wongsakul"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
