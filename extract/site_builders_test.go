package extract

import (
	"regexp"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteBuilders holds the shapes of site_builders.go: a site's passive with a place aside,
// and a runner's short form or aside before joined verbs. Building alone names a contractor,
// a "by" inside the time or an intermediary after "through" names no runner.
func TestSiteBuilders(t *testing.T) {
	x := newTestExtractor(t)
	o := model.Operates
	checkRelCases(t, x, []relCase{
		{"place aside and a time before by", "Jinhai Compound, south of Myawaddy, was operated until March by Jinhai Holdings Co., Ltd.",
			[]rel{{"Jinhai Holdings Co., Ltd.", o, "Jinhai Compound", ""}}, nil},
		{"located aside and a starting time", "Thaung Yin Riverside Park, located in Myawaddy Township, was developed beginning in 2021 by Golden Sail Investment Group Co., Ltd.",
			[]rel{{"Golden Sail Investment Group Co., Ltd.", o, "Thaung Yin Riverside Park", ""}}, nil},
		{"two verbs parted by a time", "Meridian Leisure Development Inc. (Meridian) developed and, from 2021 until the raid of 15 March 2023, operated the walled compound known as Sunvalley Leisure Park in Porac.",
			[]rel{{"Meridian Leisure Development Inc.", o, "Sunvalley Leisure Park", ""}}, nil},
		{"short form then two verbs", `Tianlong Industrial Park Development Co., Ltd. ("Tianlong Development"), developed and operated Tianlong Park, a walled compound of office buildings.`,
			[]rel{{"Tianlong Industrial Park Development Co., Ltd.", o, "Tianlong Park", ""}}, nil},
		{"aside and a described site", "Bright Fortune Technology Solutions Inc., a corporation registered with the Securities and Exchange Commission, operated a compound of four office buildings and a dormitory known as the Meridian Crest Hub in Mabalacat City.",
			[]rel{{"Bright Fortune Technology Solutions Inc.", o, "Meridian Crest Hub", ""}},
			[]rel{{"Securities and Exchange Commission", o, "Meridian Crest Hub", ""}}},
		{"co-agent aside", "The court found that from 2019 Luo Zhenghua, together with his son Luo Jianfei, established and controlled Jinlong Garden, a walled compound in Laukkaing.",
			[]rel{{"Luo Jianfei", o, "Jinlong Garden", ""}}, nil},
		{"described as the man who ran the named site", "Golden Lotus Park is a walled compound in Sihanoukville. Its director, Lin Zhaohui, has been described by two former workers as the man who ran the compound day to day.",
			[]rel{{"Lin Zhaohui", o, "Golden Lotus Park", ""}}, nil},
		{"whom others described, the site named after", "Heng Sreymom sits on the board alongside Chen Baohua, a Chinese national whom two former managers described as the man who actually ran the Golden Lotus Bay Resort day to day.",
			[]rel{{"Chen Baohua", o, "Golden Lotus Bay Resort", ""}},
			[]rel{{"Heng Sreymom", o, "Golden Lotus Bay Resort", ""}}},
		{"identified as the boss who ran it", `Jade River Park lies south of Myawaddy. Three survivors identified Wu Haotian from photographs as the "big boss" who ran the compound.`,
			[]rel{{"Wu Haotian", o, "Jade River Park", ""}}, nil},
		// must not fire
		{"two sites named before the described runner", "Golden Lotus Park and Jade River Park stand side by side in Sihanoukville. Workers described Lin Zhaohui as the man who ran the compound.",
			nil, []rel{{"Lin Zhaohui", o, "Golden Lotus Park", ""}, {"Lin Zhaohui", o, "Jade River Park", ""}}},
		{"another person is the one described", "Golden Lotus Park is a walled compound in Sihanoukville. Workers described Lin Zhaohui's driver, Chen Wei, as the man who ran the compound.",
			nil, []rel{{"Lin Zhaohui", o, "Golden Lotus Park", ""}}},
		{"never described as the man who ran it", "Golden Lotus Park is a walled compound in Sihanoukville. Workers have never described Lin Zhaohui as the man who ran the compound.",
			nil, []rel{{"Lin Zhaohui", o, "Golden Lotus Park", ""}}},
		{"whom officials declined to describe", "Golden Lotus Park is a walled compound in Sihanoukville. Police questioned Lin Zhaohui, whom officials declined to describe as the man who ran the compound.",
			nil, []rel{{"Lin Zhaohui", o, "Golden Lotus Park", ""}}},
		{"described as one who fled", "Golden Lotus Park is a walled compound in Sihanoukville. Workers described Lin Zhaohui as the man who fled the compound.",
			nil, []rel{{"Lin Zhaohui", o, "Golden Lotus Park", ""}}},
		{"built joined to run", "Jinhai Compound, near Myawaddy, was built in 2019 and is still run by Jinhai Holdings Co., Ltd.",
			[]rel{{"Jinhai Holdings Co., Ltd.", o, "Jinhai Compound", ""}}, nil},
		{"through its subsidiary", "Sunrise Holdings Ltd., through its wholly owned subsidiary Lucky Star Development Co., Ltd., developed and operated the Lucky Star Park.",
			[]rel{{"Lucky Star Development Co., Ltd.", o, "Lucky Star Park", ""}}, nil},
		// must not fire
		{"a by inside the time", "Jinhai Compound, near Myawaddy, was built in 2019 by workers hired by Chen Weiming.",
			nil, []rel{{"Chen Weiming", o, "Jinhai Compound", ""}}},
		{"developed by a firm owned by", "Jinhai Compound, near Myawaddy, was developed in 2018 by a firm owned by Chen Weiming.",
			nil, []rel{{"Chen Weiming", o, "Jinhai Compound", ""}}},
		{"operated by a militia backed by", "Jinhai Compound, near Myawaddy, was operated from 2020 by a militia backed by the Karen National Army.",
			nil, []rel{{"Karen National Army", o, "Jinhai Compound", ""}}},
		{"through its lawyer", "The company, through its lawyer Chen Weiming, developed the KK Park.",
			nil, []rel{{"Chen Weiming", o, "KK Park", ""}}},
		{"through its lender, two verbs", "The company, through its lender Chen Weiming, built and ran the KK Park.",
			nil, []rel{{"Chen Weiming", o, "KK Park", ""}}},
		{"head named in the runner's aside", "Thaungyin Star Co., Ltd., chaired by U Thein Zaw, developed and still runs the Crystal Bay Park.",
			nil, []rel{{"Thein Zaw", o, "Crystal Bay Park", ""}}},
		{"head named in a whose clause", "Ruby Dragon International Group, whose president is the Macau businessman Leong Chi Keong, built and manages the Rose Valley Park.",
			nil, []rel{{"Leong Chi Keong", o, "Rose Valley Park", ""}}},
		{"raided is no building", "Jinhai Compound, south of Myawaddy, was raided in March by the Karen National Army.",
			nil, []rel{{"Karen National Army", o, "Jinhai Compound", ""}}},
		{"aside that is no place", "Jinhai Compound, Chen Wei said, was run by Jinhai Holdings Co., Ltd.",
			nil, []rel{{"Chen Wei", o, "Jinhai Compound", ""}}},
	})
}

// TestSiteBuildersBuildAlone checks the readers' gaps directly: building alone names a
// contractor, so neither shape takes "built" or "constructed" without a verb of running. (The
// general passive reader in relations.go still takes "built by"; that is its own convention.)
func TestSiteBuildersBuildAlone(t *testing.T) {
	for _, c := range []struct {
		re   *regexp.Regexp
		gap  string
		want bool
	}{
		{reSiteAsidePassive, ", near myawaddy, was built in 2019 by ", false},
		{reSiteAsidePassive, ", near myawaddy, was constructed by ", false},
		{reSiteAsidePassive, ", near myawaddy, was built in 2019 and is still run by ", true},
		{reSiteAsidePassive, ", near myawaddy, was developed in 2018 by ", true},
		{reRunnerVerbs, " (cscec) built the ", false},
		{reRunnerVerbs, " (cscec) constructed and established the ", false},
		{reRunnerVerbs, " (cscec) built and ran the ", true},
		{reRunnerVerbs, " (cscec) developed the ", true},
	} {
		if got := c.re.MatchString(c.gap); got != c.want {
			t.Errorf("%q: got %v, want %v", c.gap, got, c.want)
		}
	}
}

// TestSiteBuildersPossessed checks the guard on a possessed name directly: "X's lawyer" and
// "X' agent" make X a possessor, no runner or site.
func TestSiteBuildersPossessed(t *testing.T) {
	for text, want := range map[string]bool{
		"Sunrise Holdings Ltd's lawyer":  true,
		"Sunrise Holdings Ltd’s lawyer":  true,
		"Sunrise Holdings' agent":        true,
		"Sunrise Holdings Ltd developed": false,
	} {
		end := strings.Index(text, "Ltd") + len("Ltd")
		if !strings.Contains(text, "Ltd") {
			end = len("Sunrise Holdings")
		}
		if got := possessedName(text, end); got != want {
			t.Errorf("possessedName(%q) = %v, want %v", text, got, want)
		}
	}
}
