package extract

import "testing"

// TestSiteHeadWords: a name closed by "Building" is a site, and so is one closed by "Estate"
// unless "Real Estate" makes it a firm that trades in land.
func TestSiteHeadWords(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a building named after 'the'",
			"In 2023 the firm bought the Jade Dragon Building from a local businessman.",
			[]string{"Compound:Jade Dragon Building"},
			nil},
		{"a building where workers were held",
			"Workers were held in the Silver Lotus Building in Bavet for months.",
			[]string{"Compound:Silver Lotus Building"},
			nil},
		{"an estate raided",
			"The raid targeted Greenmeadow Estate, a walled site in Tarlac.",
			[]string{"Compound:Greenmeadow Estate"},
			[]string{"Company:Greenmeadow Estate"}},
		{"precision: a real-estate firm stays a firm",
			"The land was sold by Golden Land Real Estate to the developer.",
			nil,
			[]string{"Compound:Golden Land Real Estate"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}
