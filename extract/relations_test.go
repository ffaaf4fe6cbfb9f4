package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// rel names a relation by entity names, for tests.
type rel struct{ s, p, o, grade string }

// sanctioned lists SANCTIONED_BY relations from (party, authority) pairs, any grade.
func sanctioned(pairs ...string) []rel {
	var out []rel
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, rel{pairs[i], model.SanctionedBy, pairs[i+1], ""})
	}
	return out
}

// analyzeText runs the text half of the pipeline on a news text and returns its relations by
// entity name, and the document.
func analyzeText(t *testing.T, x *Extractor, text string) (map[[3]string]model.Relation, model.Document) {
	t.Helper()
	d := model.Document{URL: "https://news.example.org/2026/story", Kind: "article", Text: text}
	x.Analyze(&d)
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	out := map[[3]string]model.Relation{}
	for _, r := range d.Relations {
		if r.Predicate == model.MentionedWith {
			continue
		}
		out[[3]string{names[r.Subject], r.Predicate, names[r.Object]}] = r
	}
	return out, d
}

// TestRelationPrecision holds the classes of wrong edges seen in real output to their fix:
// each case lists relations that must be read (with their grade) and relations that must not.
// Symmetric predicates are written in the order the extractor stores them (by entity id).
func TestRelationPrecision(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// LOCATED_IN attaches to the noun "in X" modifies, never across a clause, and
		// "on the border with X" or "near <country>" is not "in".
		{"located in: border is not containment",
			"A court in Kunming convicted the brothers of fraud linked to compounds they ran in Mong Hpa, the capital of the Lwe Kham Self-Administered Zone on the border with China.",
			nil,
			[]rel{{"Lwe Kham Self-Administered Zone", model.LocatedIn, "China", ""}, {"Mong Hpa", model.LocatedIn, "China", ""}}},
		{"located in: apposition on the border",
			"The Crimson Gate Casino, on the border with Thailand, reopened last week.",
			nil,
			[]rel{{"Crimson Gate Casino", model.LocatedIn, "Thailand", ""}}},
		{"located in: near a country is across a border, near a town is not in it",
			"Harmony Tech Park near Thailand was raided on Monday. Lotus Garden Park near Myawaddy was raided on Tuesday.",
			nil,
			[]rel{{"Harmony Tech Park", model.LocatedIn, "Thailand", ""}, {"Lotus Garden Park", model.LocatedIn, "Myawaddy", ""}}},
		{"located in: the registered firm, not the compound before it",
			"Police in Kampot said the operator of Lotus Garden Park, Pearl River Trading Co., Ltd., is registered in Hong Kong.",
			[]rel{{"Pearl River Trading Co., Ltd.", model.LocatedIn, "Hong Kong", model.Alleged}},
			[]rel{{"Lotus Garden Park", model.LocatedIn, "Hong Kong", ""}, {"Lotus Garden Park", model.LocatedIn, "Kampot", ""}}},
		{"located in: name-based adjective",
			"Investors sued the Bangkok-based Red Kite Ventures in March.",
			[]rel{{"Red Kite Ventures", model.LocatedIn, "Bangkok", model.Reported}},
			nil},
		// A possessive place belongs to the name right after it.
		{"possessive place",
			"Red Kite Ventures, the Telegram-based broker linked to Cambodia's Bluewater Payments PLC, closed on Monday.",
			[]rel{{"Bluewater Payments PLC", model.LocatedIn, "Cambodia", model.Reported}},
			[]rel{{"Red Kite Ventures", model.LocatedIn, "Cambodia", ""}}},
		{"possessive place before a modified noun",
			"Britain's Jade Lantern Group sanctions were the largest this year.",
			nil,
			[]rel{{"Jade Lantern Group", model.LocatedIn, "United Kingdom", ""}}},
		{"the names are the speaker",
			"Cambodia's Bluewater Payments PLC said on Monday it would appeal.",
			[]rel{{"Bluewater Payments PLC", model.LocatedIn, "Cambodia", model.Reported}},
			nil},
		{"a name that owns the next noun is not the object",
			"Mao Sreypov, the father of Keo Ratanak's business partner, declined to comment. Lu Wenhao owns Jade Lantern Group's casino in Kampot. Qiao Dongsheng ran Jade Lantern Group's operations.",
			[]rel{{"Qiao Dongsheng", model.Directs, "Jade Lantern Group", model.Reported}},
			[]rel{{"Keo Ratanak", model.FamilyOf, "Mao Sreypov", ""}, {"Mao Sreypov", model.FamilyOf, "Keo Ratanak", ""}, {"Lu Wenhao", model.Owns, "Jade Lantern Group", ""}}},
		{"a bare body name is not a foreign body",
			"Senate President Keo Ratanak read the letters.",
			nil,
			[]rel{{"Keo Ratanak", model.Directs, "US Senate", ""}}},
		// Hedges scope over what follows them; a hedge in a later clause does not reach back.
		// The role the writer states in apposition is the writer's: the hedge governs the link
		// it states, not the person's post.
		{"hedge before the names",
			"Some reports have linked Jade Lantern Group to Qiao Dongsheng, the former chairman of Silver Heron Holdings.",
			[]rel{{"Qiao Dongsheng", model.Directs, "Silver Heron Holdings", model.Reported}},
			nil},
		{"hedge in a later participle clause",
			"The US Treasury sanctioned Lu Wenhao in 2024, accusing him of laundering money for scam compounds.",
			[]rel{{"Lu Wenhao", model.SanctionedBy, "US Department of the Treasury", model.Reported}},
			nil},
		{"attribution inside a relative clause",
			"Tianyu Logistics owns the Crimson Gate Casino, which police said holds trafficked workers.",
			[]rel{{"Tianyu Logistics", model.Owns, "Crimson Gate Casino", model.Reported}},
			nil},
		{"closing attribution",
			"Tianyu Logistics owns the Crimson Gate Casino, police said.",
			[]rel{{"Tianyu Logistics", model.Owns, "Crimson Gate Casino", model.Alleged}},
			nil},
		{"opening attribution",
			"According to former workers, Tianyu Logistics owns the Crimson Gate Casino.",
			[]rel{{"Tianyu Logistics", model.Owns, "Crimson Gate Casino", model.Alleged}},
			nil},
		{"denial",
			"Tianyu Logistics has denied owning the Crimson Gate Casino.",
			[]rel{{"Tianyu Logistics", model.Owns, "Crimson Gate Casino", model.Alleged}},
			nil},
		{"apposition keeps the writer's voice under a closing attribution",
			"Keo Ratanak, a nephew of senator Lim Chanthou, was once a director of Bluewater Payments PLC, local media reported.",
			[]rel{{"Keo Ratanak", model.FamilyOf, "Lim Chanthou", model.Reported}, {"Keo Ratanak", model.Directs, "Bluewater Payments PLC", model.Alleged}},
			nil},
		// "operates" is OPERATES only for a compound; "runs" a company is no ownership.
		{"operates a service",
			"SkyNet Holdings, which operates Silkroute Exchange, processed the transfers. Silver Heron Holdings operates the Emerald Bay Resort.",
			[]rel{{"Silver Heron Holdings", model.Operates, "Emerald Bay Resort", model.Reported}},
			[]rel{{"SkyNet Holdings", model.Owns, "Silkroute Exchange", ""}, {"SkyNet Holdings", model.Operates, "Silkroute Exchange", ""}}},
		{"runs or backs a company",
			"Jade Lantern Group runs Bluewater Payments PLC. Red Kite Ventures backed Tianyu Logistics Co., Ltd. in 2021.",
			nil,
			[]rel{{"Jade Lantern Group", model.Owns, "Bluewater Payments PLC", ""}, {"Red Kite Ventures", model.Owns, "Tianyu Logistics Co., Ltd.", ""}}},
		// Former roles stay (the graph has no time) but at lower confidence.
		{"former role",
			"Qiao Dongsheng, the former chairman of Silver Heron Holdings, resigned in May.",
			[]rel{{"Qiao Dongsheng", model.Directs, "Silver Heron Holdings", model.Reported}},
			nil},
		// The subject of a role after an inserted clause is the name before the clause.
		{"inserted clause",
			"Qiao Dongsheng, who has worked with Lu Wenhao and Deng Yuhang, is the chairman of Jade Lantern Group.",
			[]rel{{"Qiao Dongsheng", model.Directs, "Jade Lantern Group", model.Reported}},
			[]rel{{"Deng Yuhang", model.Directs, "Jade Lantern Group", ""}, {"Lu Wenhao", model.Directs, "Jade Lantern Group", ""}}},
		{"a lawyer for a company is not its employee",
			"Mao Sreypov, a lawyer for Jade Lantern Group, declined to comment.",
			nil,
			[]rel{{"Mao Sreypov", model.EmployedBy, "Jade Lantern Group", ""}}},
		{"links to other stories are not statements",
			"Read also: Tianyu Logistics owns Crimson Gate Casino in Mae Sot",
			nil,
			[]rel{{"Tianyu Logistics", model.Owns, "Crimson Gate Casino", ""}, {"Crimson Gate Casino", model.LocatedIn, "Mae Sot", ""}}},
		{"coordinated subjects",
			"Jade Lantern Group and the Karen Peace Force built the Harmony Tech Park near Myawaddy.",
			[]rel{{"Jade Lantern Group", model.Operates, "Harmony Tech Park", model.Reported}, {"Karen Peace Force", model.Operates, "Harmony Tech Park", model.Reported}},
			nil},
	}
	for _, c := range cases {
		got, d := analyzeText(t, x, c.text)
		for _, w := range c.want {
			r, ok := got[[3]string{w.s, w.p, w.o}]
			switch {
			case !ok:
				t.Errorf("%s: missing %s %s %s; got %v (entities %v)", c.name, w.s, w.p, w.o, keys(got), entityNames(d))
			case r.Grade != w.grade:
				t.Errorf("%s: %s %s %s graded %s, want %s", c.name, w.s, w.p, w.o, r.Grade, w.grade)
			}
		}
		for _, f := range c.forbid {
			if _, ok := got[[3]string{f.s, f.p, f.o}]; ok {
				t.Errorf("%s: wrong edge %s %s %s", c.name, f.s, f.p, f.o)
			}
		}
	}
}

// TestFormerRoleConfidence checks that an ended role is kept with lower confidence.
func TestFormerRoleConfidence(t *testing.T) {
	x := newTestExtractor(t)
	current, _ := analyzeText(t, x, "Qiao Dongsheng, the chairman of Silver Heron Holdings, resigned in May.")
	former, _ := analyzeText(t, x, "Qiao Dongsheng, the former chairman of Silver Heron Holdings, resigned in May.")
	k := [3]string{"Qiao Dongsheng", model.Directs, "Silver Heron Holdings"}
	c, ok1 := current[k]
	f, ok2 := former[k]
	if !ok1 || !ok2 || f.Confidence >= c.Confidence {
		t.Errorf("current %+v former %+v: want both, former less confident", c, f)
	}
}

func keys(m map[[3]string]model.Relation) []string {
	var out []string
	for k, r := range m {
		out = append(out, strings.Join(k[:], " ")+" ["+r.Grade+"]")
	}
	return out
}

func entityNames(d model.Document) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, e.Type+":"+e.Name)
	}
	return out
}

// TestEntityTyping covers names that ended up with the wrong type or shape.
func TestEntityTyping(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text      string
		name, typ string // want this entity ("" type: must not exist under that name)
	}{
		{"Fighting spread across the Lwe Kham Self-Administered Zone last year.", "Lwe Kham Self-Administered Zone", model.Location},
		{"Workers were moved to the Golden Mile Special Economic Zone in 2023.", "Golden Mile Special Economic Zone", model.Compound},
		{"A Phnom Penh-based lender froze the accounts.", "Phnom Penh", model.Location},
		{"A Phnom Penh-based lender froze the accounts.", "Phnom Penh-based", ""},
		{"The designation was made under Executive Order 13851 on Monday.", "Executive Order", ""},
		{"UNITED STATES DISTRICT COURT SEALED INDICTMENT filed today.", "SEALED INDICTMENT", ""},
		{"Treasury targets Sihanoukville casino owners in new sanctions.", "Sihanoukville", model.Location},
		{"The owners of the Min Let Pan compound could not be reached.", "Min Let Pan", model.Compound},
		{"Soldiers of the Karen Border Guard Force of Saw Chit Thu guard the site.", "Karen National Army", model.Organization},
		{"Post By analyst.example New satellite images show the site.", "Post By", ""},
	}
	for _, c := range cases {
		_, d := analyzeText(t, x, c.text)
		var found *model.Entity
		for i, e := range d.Entities {
			if e.Name == c.name {
				found = &d.Entities[i]
			}
		}
		switch {
		case c.typ == "" && found != nil:
			t.Errorf("%q: unwanted entity %s %q", c.text, found.Type, found.Name)
		case c.typ != "" && (found == nil || found.Type != c.typ):
			t.Errorf("%q: want %s %q, got %v", c.text, c.typ, c.name, entityNames(d))
		}
	}
}

// TestNamesAndAliasesTidy checks that no name, alias or mention keeps a stray bracket or
// trailing punctuation, whatever the text wraps the name in.
func TestNamesAndAliasesTidy(t *testing.T) {
	x := newTestExtractor(t)
	text := "The indictment names the tycoon (Chen Zhi) and the bank (Prince Bank). " +
		"Its founder (\"Chen Zhi\") ran the KK Park (KK园区) site, officials said (FinCEN)."
	_, d := analyzeText(t, x, text)
	for _, e := range d.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n != cleanName(n) || strings.HasSuffix(n, ")") && !strings.Contains(n, "(") {
				t.Errorf("%s %q: untidy name or alias %q", e.Type, e.Name, n)
			}
		}
		for _, m := range e.Mentions {
			if strings.HasSuffix(m.Text, ")") && !strings.Contains(m.Text, "(") {
				t.Errorf("%s %q: mention %q ends in a bracket", e.Type, e.Name, m.Text)
			}
		}
	}
}

func TestCleanName(t *testing.T) {
	cases := map[string]string{
		"Chen Zhi)":                       "Chen Zhi",
		"Prince Group\")":                 "Prince Group",
		"(FinCEN":                         "FinCEN",
		" Huione Group, ":                 "Huione Group",
		"Kings Romans International (HK)": "Kings Romans International (HK)",
		"L.Y.P. Group Co., Ltd.":          "L.Y.P. Group Co., Ltd.",
		"U.S.A.":                          "U.S.A.",
		"Golden Mile Casino.":             "Golden Mile Casino",
		"O'Smach Resort":                  "O'Smach Resort",
		"“Broken Tooth":                   "Broken Tooth",
		"Workers'":                        "Workers'",
		"—":                               "",
	}
	for in, want := range cases {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadableName(t *testing.T) {
	cases := map[string]string{
		"KAREN NATIONAL ARMY":                           "Karen National Army",
		"WORLD HONGMEN HISTORY AND CULTURE ASSOCIATION": "World Hongmen History and Culture Association",
		"KINGS ROMANS INTERNATIONAL (HK) CO., LIMITED":  "Kings Romans International (HK) Co., Limited",
		"O'SMACH RESORT":                                "O'Smach Resort",
		"DW CAPITAL":                                    "DW Capital",
		"T C CAPITAL CO., LTD.":                         "T C Capital Co., Ltd.",
		"L.Y.P. GROUP CO., LTD.":                        "L.Y.P. Group Co., Ltd.",
		"SAIGON II TRADING LLC":                         "Saigon II Trading LLC",
		"14K TRIAD":                                     "14K Triad",
		"PALAU CHINA HUNG-MUN CULTURAL ASSOCIATION":     "Palau China Hung-Mun Cultural Association",
		"DKBA TRADING COMPANY":                          "DKBA Trading Company",
		"PEOPLE'S BANK OF THE EAST":                     "People's Bank of the East",
		"THE GOLDEN MILE GROUP":                         "The Golden Mile Group",
		"Jade Lantern Group":                            "Jade Lantern Group",
		"ZHAO WEI TCO":                                  "Zhao Wei TCO",
	}
	for in, want := range cases {
		if got := readableName(in); got != want {
			t.Errorf("readableName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestListedPartiesThroughExtractor checks that the Extractor names listed parties as the
// rest of the graph does: a name its gazetteer knows takes the gazetteer's name and type, an
// unknown one is made readable and typed by its shape, and the list's spelling stays an alias.
func TestListedPartiesThroughExtractor(t *testing.T) {
	x := newTestExtractor(t)
	body := strings.Join([]string{
		`{"id":"c1","schema":"Organization","datasets":["us_ofac_sdn"],"properties":{"name":["O'SMACH RESORT"],"addressEntity":[{"id":"a1","schema":"Address","properties":{"full":["Oddar Meanchey"],"country":["kh"]}}]}}`,
		`{"id":"c2","schema":"Organization","datasets":["us_ofac_sdn"],"properties":{"name":["GARDEN CITY HOTEL"]}}`,
		`{"id":"c3","schema":"Organization","datasets":["us_ofac_sdn"],"properties":{"name":["SILVER HERON RESORT"],"country":["mm"],"address":["Myawaddy, Burma"]}}`,
		`{"id":"c4","schema":"Organization","datasets":["us_ofac_sdn"],"properties":{"name":["KAREN PEACE FORCE"],"addressEntity":[{"id":"a2","schema":"Address","properties":{"full":["Myawaddy"],"country":["Burma"]}}]}}`,
	}, "\n")
	docs, err := x.Extract(context.Background(), Page{URL: "https://example.org/x.ftm.json", Kind: "opensanctions", Body: []byte(body)})
	if err != nil || len(docs) != 4 {
		t.Fatalf("err %v docs %d", err, len(docs))
	}
	want := []struct{ listed, name, typ string }{
		{"O'SMACH RESORT", "O'Smach Resort", model.Compound},
		{"GARDEN CITY HOTEL", "Garden City Hotel", model.Company},
		{"SILVER HERON RESORT", "Silver Heron Resort", model.Compound},
		{"KAREN PEACE FORCE", "Karen Peace Force", model.Organization},
	}
	for i, w := range want {
		e := docs[i].Entities[0]
		if e.Name != w.name || e.Type != w.typ || !containsString(e.Aliases, w.listed) {
			t.Errorf("%s: got %s %q aliases %v, want %s %q with the listed spelling", w.listed, e.Type, e.Name, e.Aliases, w.typ, w.name)
		}
	}
	kpf := docs[3]
	if r := relation(kpf, kpf.Entities[0].ID, model.LocatedIn, model.EntityID(model.Location, "Myanmar")); r == nil {
		t.Errorf("Burma address should place the party in Myanmar: %+v", kpf.Relations)
	}
}

// relCase is a sentence with the relations a rule must read from it and those it must not.
type relCase struct {
	name   string
	text   string
	want   []rel
	forbid []rel
}

// checkRelCases reads each case's text as a page of its own and holds it to the case.
func checkRelCases(t *testing.T, x *Extractor, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}

// checkRelCasesEitherWay is checkRelCases with symmetric relations read in either order.
func checkRelCasesEitherWay(t *testing.T, x *Extractor, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelationsEitherWay(t, got, c.want, c.forbid)
		})
	}
}
