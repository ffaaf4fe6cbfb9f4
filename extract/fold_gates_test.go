package extract

import (
	"regexp"
	"testing"
)

func TestHasFoldWord(t *testing.T) {
	words := []string{"sanction", "asset"}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Treasury SANCTIONED the firm", true},
		{"its Assets were frozen", true},
		{"the \u017fanctions", true}, // long s folds to s
		{"Kelvin \u212a", true},      // the Kelvin sign folds to k
		{"police raided the compound", false},
		{"sanctio", false},
		{"", false},
	} {
		if got := hasFoldWord(tc.s, words); got != tc.want {
			t.Errorf("hasFoldWord(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestFoldGatesKeepMatches: wherever a gated regexp matches, its gate lets it run.
func TestFoldGatesKeepMatches(t *testing.T) {
	for _, tc := range []struct {
		re    *regexp.Regexp
		gate  func(string) bool
		texts []string
	}{
		{reSanctionCue, func(s string) bool { return hasFoldWord(s, sanctionCueWords) }, []string{
			"OFAC designated the firm", "assets were FROZEN", "under SDN rules", "blac\u212alisted", "\u017fanctions", "no cue here"}},
		{reRaidWord, func(s string) bool { return hasFoldWord(s, raidWords) }, []string{
			"Police RAIDED the compound", "troops \u017ftormed it", "a raid", "no cue here"}},
		{reDesignatedAlongside, func(s string) bool { return hasFoldWord(s, designatedWords) }, []string{
			"X was designated along with Y", "X WAS SANCTIONED ALONGSIDE Y", "X was blac\u212alisted together with Y", "X met Y"}},
		{reCharging, chargingWords, []string{
			"THE GRAND JURY CHARGES:", "criminal complaint and affidavit", "INDICTMENT", "the indictment says"}},
		{standfirstWords, func(s string) bool { return hasFoldWord(s, standfirstFolds) }, []string{
			"article-dek", "Sub-Headline", "standfirst", "sub_title x", "de\u212a", "body"}},
		{boilerLine, boilerCue, []string{
			"Subscribe to our newsletter", "© 2024 Reuters", "Ⓒ Yonhap", "기사입력 2024.01.02", "Tags: scams", "Reading time: 3 min",
			"5 min read", "John Doe contributed reporting.", "ADVERTISEMENT", "By Jane Doe 2024-01-02 10:30 GMT", "Photo: AFP",
			"Follow us on Twitter", "\u017fponsored", "Police raided the compound."}},
		{reCrewUnder, func(s string) bool { return containsFoldASCII(s, "under") }, []string{
			"soldiers UNDER ", "guards under the command of ", "guards at "}},
	} {
		for _, s := range tc.texts {
			if tc.re.MatchString(s) && !tc.gate(s) {
				t.Errorf("%q matches %s but its gate says no", s, tc.re)
			}
		}
	}
}
