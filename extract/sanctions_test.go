package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// checkListDoc asserts the invariants every sanctions document keeps: mentions point into the
// text, relations join entities of the document and quote the text.
func checkListDoc(t testing.TB, d model.Document) {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range d.Entities {
		if e.ID == "" || e.Name == "" || !validType(e.Type) || e.ID != model.EntityID(e.Type, e.Name) {
			t.Errorf("%s: bad entity %+v", d.URL, e)
		}
		ids[e.ID] = true
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %+v does not point into the text", d.URL, m)
			}
		}
	}
	for _, r := range d.Relations {
		if !ids[r.Subject] || !ids[r.Object] || r.Subject == r.Object {
			t.Errorf("%s: relation %+v joins unknown entities", d.URL, r)
		}
		if r.Quote == "" || !strings.Contains(d.Text, r.Quote) {
			t.Errorf("%s: quote %q not in text", d.URL, r.Quote)
		}
		if model.GradeRank(r.Grade) >= len(model.Grades) || r.Confidence <= 0 || r.Confidence > 1 {
			t.Errorf("%s: relation %+v has bad grade or confidence", d.URL, r)
		}
	}
}

func entityNamed(d model.Document, name string) *model.Entity {
	for i := range d.Entities {
		if d.Entities[i].Name == name {
			return &d.Entities[i]
		}
	}
	return nil
}

func relation(d model.Document, subject, predicate, object string) *model.Relation {
	for i, r := range d.Relations {
		if r.Subject == subject && r.Predicate == predicate && r.Object == object {
			return &d.Relations[i]
		}
	}
	return nil
}

func hasIdentifier(e *model.Entity, scheme, value string) bool {
	for _, id := range e.Identifiers {
		if id.Scheme == scheme && id.Value == value {
			return true
		}
	}
	return false
}

func TestSanctionsDocumentsOFAC(t *testing.T) {
	const listURL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML"
	docs, ok, err := SanctionsDocuments(Page{URL: listURL, Kind: "ofac", Body: formatsFixture(t, "sdn.xml"), Source: "ofac-sdn", Capture: "abc"})
	if err != nil || !ok {
		t.Fatalf("ok %v err %v", ok, err)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	for _, d := range docs {
		checkListDoc(t, d)
		if d.Kind != "ofac" || d.Source != "ofac-sdn" || d.Capture != "abc" || d.Language != "en" || d.Published == nil {
			t.Errorf("%s: metadata %+v", d.URL, d)
		}
	}
	chen := docs[0]
	if chen.URL != listURL+"#90001" || chen.Title != "OFAC SDN: Chen Zhi" {
		t.Errorf("chen url %q title %q", chen.URL, chen.Title)
	}
	p := entityNamed(chen, "Chen Zhi")
	ofac := entityNamed(chen, "Office of Foreign Assets Control")
	if p == nil || ofac == nil || p.Type != model.Person || ofac.Type != model.Organization {
		t.Fatalf("entities %+v", chen.Entities)
	}
	if !hasIdentifier(p, "XBT", "bc1qexampleexampleexampleexample0000000") || !hasIdentifier(p, "Passport", "EX0000001") || hasIdentifier(p, "Gender", "Male") {
		t.Errorf("identifiers %+v", p.Identifiers)
	}
	for _, a := range []string{"CHEN, Zhi", "Zhi Chen", "Vincent Chen"} {
		if !containsString(p.Aliases, a) {
			t.Errorf("alias %q missing from %v", a, p.Aliases)
		}
	}
	if len(p.Mentions) == 0 || !containsString(ofac.Aliases, "OFAC") || len(ofac.Mentions) == 0 {
		t.Errorf("mentions: person %v authority %v", p.Mentions, ofac.Mentions)
	}
	r := relation(chen, p.ID, model.SanctionedBy, ofac.ID)
	if r == nil || r.Grade != model.Official || r.Confidence != 1 || !strings.Contains(r.Quote, "[TCO]") || !strings.Contains(r.Quote, "CHEN, Zhi") {
		t.Errorf("sanction relation %+v", r)
	}
	for _, rel := range chen.Relations {
		if rel.Predicate == model.LocatedIn {
			t.Errorf("a person got LOCATED_IN: %+v", rel)
		}
	}
	// Names listed in capitals read as news text writes them; the list's spelling stays an alias.
	prince := entityNamed(docs[1], "Prince Holding Group")
	if prince == nil || prince.Type != model.Company || !containsString(prince.Aliases, "PRINCE HOLDING GROUP") || !hasIdentifier(prince, "ETH", "0x00000000000000000000000000000000000dEaD0") ||
		relation(docs[1], prince.ID, model.LocatedIn, model.EntityID(model.Location, "Cambodia")) == nil {
		t.Errorf("prince %+v relations %+v", prince, docs[1].Relations)
	}
	kna := entityNamed(docs[2], "Karen National Army")
	if kna == nil || kna.Type != model.Organization || !containsString(kna.Aliases, "KAREN BORDER GUARD FORCE") || !containsString(kna.Aliases, "KAREN NATIONAL ARMY") ||
		relation(docs[2], kna.ID, model.LocatedIn, model.EntityID(model.Location, "Burma")) == nil {
		t.Errorf("kna %+v relations %+v", kna, docs[2].Relations)
	}
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestSanctionsDocumentsUK(t *testing.T) {
	docs, ok, err := SanctionsDocuments(Page{URL: "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml", Body: formatsFixture(t, "uk_sanctions.xml")})
	if err != nil || !ok {
		t.Fatalf("ok %v err %v", ok, err)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents", len(docs))
	}
	for _, d := range docs {
		checkListDoc(t, d)
	}
	chen := docs[0]
	p := entityNamed(chen, "Chen Zhi") // family name first, as on the OFAC list: one id for both
	fcdo := entityNamed(chen, "Foreign, Commonwealth and Development Office")
	if p == nil || fcdo == nil || p.ID != "person:chen-zhi" || !containsString(p.Aliases, "陈志") || !containsString(fcdo.Aliases, "FCDO") {
		t.Fatalf("entities %+v", chen.Entities)
	}
	r := relation(chen, p.ID, model.SanctionedBy, fcdo.ID)
	if r == nil || r.Grade != model.Official || !strings.Contains(r.Quote, "designated 2025-10-14") || !strings.Contains(r.Quote, "Global Human Rights") {
		t.Errorf("relation %+v", r)
	}
	if chen.URL != "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml#GHR0099" || chen.Kind != "uksanctions" ||
		!strings.Contains(chen.Text, "Statement of reasons: Chen Zhi is the founder") {
		t.Errorf("doc %q %q\n%s", chen.URL, chen.Kind, chen.Text)
	}
	byex := entityNamed(docs[1], "Byex Exchange Co Ltd")
	if byex == nil || byex.Type != model.Company || !hasIdentifier(byex, "Business Registration Number", "00000001") ||
		relation(docs[1], byex.ID, model.LocatedIn, model.EntityID(model.Location, "Cambodia")) == nil {
		t.Errorf("byex %+v", docs[1])
	}
	if kna := entityNamed(docs[2], "Karen National Army"); kna == nil || kna.Type != model.Organization {
		t.Errorf("kna %+v", docs[2].Entities)
	}
}

func TestSanctionsDocumentsOpenSanctions(t *testing.T) {
	docs, ok, err := SanctionsDocuments(Page{URL: "https://data.opensanctions.org/datasets/latest/us_ofac_sdn/entities.ftm.json", Body: formatsFixture(t, "opensanctions.ftm.json")})
	if err != nil || !ok {
		t.Fatalf("ok %v err %v", ok, err)
	}
	if len(docs) != 2 { // the two targets; wallets, links and sanctions attach to them
		t.Fatalf("%d documents", len(docs))
	}
	for _, d := range docs {
		checkListDoc(t, d)
	}
	chen := docs[0]
	p := entityNamed(chen, "Chen Zhi")
	prince := entityNamed(chen, "Prince Holding Group")
	ofac := entityNamed(chen, "Office of Foreign Assets Control")
	if p == nil || prince == nil || ofac == nil || prince.Type != model.Company {
		t.Fatalf("entities %+v", chen.Entities)
	}
	if !hasIdentifier(p, "XBT", "bc1qexampleexampleexampleexample0000000") {
		t.Errorf("wallet missing: %+v", p.Identifiers)
	}
	if r := relation(chen, p.ID, model.SanctionedBy, ofac.ID); r == nil || r.Grade != model.Official || !strings.Contains(r.Quote, "program TCO, from 2025-10-14") {
		t.Errorf("sanction %+v", r)
	}
	if r := relation(chen, p.ID, model.Owns, prince.ID); r == nil || r.Grade != model.Official || !strings.Contains(r.Quote, "owns Prince Holding Group") {
		t.Errorf("ownership %+v", chen.Relations)
	}
}

func TestSanctionsDocumentsOpenSanctionsGrades(t *testing.T) {
	// No target flags: every party counts. Links from a non-official dataset are "reported";
	// a company's address country becomes LOCATED_IN, a person's nationality does not.
	body := strings.Join([]string{
		`{"id":"p1","schema":"Person","datasets":["gb_fcdo_sanctions"],"properties":{"name":["She Zhijiang"],"nationality":["cn"]}}`,
		`{"id":"c1","schema":"Organization","datasets":["gb_fcdo_sanctions"],"properties":{"name":["Yatai International Holdings Group Ltd"],"addressEntity":[{"id":"a1","schema":"Address","properties":{"full":["Bangkok"],"country":["th"]}}]}}`,
		`{"id":"g1","schema":"Organization","datasets":["research_dataset"],"properties":{"name":["Karen National Army"]}}`,
		`{"id":"d1","schema":"Directorship","datasets":["research_dataset"],"properties":{"director":["p1"],"organization":["c1"],"role":["chairman"]}}`,
		`{"id":"u1","schema":"UnknownLink","datasets":["gb_fcdo_sanctions"],"properties":{"subject":["c1"],"object":["g1"]}}`,
		`{"id":"s1","schema":"Sanction","datasets":["research_dataset"],"properties":{"entity":["g1"],"authority":["Some Ministry"],"program":["X"]}}`,
	}, "\n")
	docs, ok, err := SanctionsDocuments(Page{URL: "https://example.org/x.ftm.json", Kind: "opensanctions", Body: []byte(body)})
	if err != nil || !ok || len(docs) != 3 {
		t.Fatalf("ok %v err %v docs %d", ok, err, len(docs))
	}
	for _, d := range docs {
		checkListDoc(t, d)
	}
	she, yatai, kna := docs[0], docs[1], docs[2]
	pid, cid, gid := model.EntityID(model.Person, "She Zhijiang"), model.EntityID(model.Company, "Yatai International Holdings Group Ltd"), model.EntityID(model.Organization, "Karen National Army")
	if r := relation(she, pid, model.Directs, cid); r == nil || r.Grade != model.Reported || r.Confidence >= 1 {
		t.Errorf("directorship %+v", she.Relations)
	}
	if r := relation(she, pid, model.SanctionedBy, model.EntityID(model.Organization, "Foreign, Commonwealth and Development Office")); r == nil || r.Grade != model.Official {
		t.Errorf("FCDO designation %+v", she.Relations)
	}
	for _, r := range she.Relations {
		if r.Predicate == model.LocatedIn {
			t.Errorf("person located by nationality: %+v", r)
		}
	}
	if r := relation(yatai, cid, model.LocatedIn, model.EntityID(model.Location, "Thailand")); r == nil || r.Grade != model.Official {
		t.Errorf("company location %+v", yatai.Relations)
	}
	// "Linked To" between a company and an armed group has no predicate in the vocabulary:
	// a co-mention, not an ASSOCIATE_OF (which is between people).
	if r := relation(yatai, cid, model.MentionedWith, gid); r == nil || r.Grade != model.CoMentioned || relation(yatai, cid, model.AssociateOf, gid) != nil {
		t.Errorf("unknown link %+v", yatai.Relations)
	}
	if r := relation(kna, gid, model.SanctionedBy, model.EntityID(model.Organization, "Some Ministry")); r == nil || r.Grade != model.Reported {
		t.Errorf("non-official sanction %+v", kna.Relations)
	}
}

func TestSanctionsKind(t *testing.T) {
	tests := []struct {
		kind, url string
		body      string
		want      string
	}{
		{"", "", string(formatsFixture(t, "sdn.xml")), "ofac"},
		{"", "", string(formatsFixture(t, "sdn_windows1252.xml")), "ofac"},
		{"", "", string(formatsFixture(t, "uk_sanctions.xml")), "uksanctions"},
		{"", "", string(formatsFixture(t, "opensanctions.ftm.json")), "opensanctions"},
		{"", "https://www.treasury.gov/ofac/downloads/sdn.xml", "", "ofac"},
		{"", "http://127.0.0.1:8999/ofac/SDN.XML", "", "ofac"},
		{"", "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml", "", "uksanctions"},
		{"", "https://data.opensanctions.org/datasets/latest/default/entities.ftm.json", "", "opensanctions"},
		{"", "https://example.org/page", "<html><body>Designations of the board</body></html>", ""},
		{"", "", `{"results": []}`, ""},
		{"rss", "", string(formatsFixture(t, "sdn.xml")), ""},
		{"page", "", string(formatsFixture(t, "sdn.xml")), "ofac"},
	}
	for _, tt := range tests {
		if got := SanctionsKind(Page{Kind: tt.kind, URL: tt.url, Body: []byte(tt.body)}); got != tt.want {
			t.Errorf("SanctionsKind(%q, %q, %.30q) = %q, want %q", tt.kind, tt.url, tt.body, got, tt.want)
		}
	}
}

func TestSanctionsDocumentsBroken(t *testing.T) {
	for _, p := range []Page{
		{Kind: "ofac", Body: []byte("<html><body>Service Unavailable</body></html>")},
		{Kind: "ofac", Body: []byte("<sdnList><sdnEntry><uid>1</uid><lastName>A</last")},
		{Kind: "uksanctions", Body: []byte("<sdnList/>")},
		{Kind: "opensanctions", Body: []byte("id,schema,name\nx,Person,A\n")},
	} {
		if _, ok, err := SanctionsDocuments(p); !ok || err == nil {
			t.Errorf("%s %.20q: ok %v err %v", p.Kind, p.Body, ok, err)
		}
	}
	if docs, ok, err := SanctionsDocuments(Page{URL: "https://cambojanews.com/", Body: []byte("<html></html>")}); ok || err != nil || docs != nil {
		t.Errorf("article page: ok %v err %v", ok, err)
	}
}

func TestPartyType(t *testing.T) {
	tests := map[string]string{
		"PRINCE HOLDING GROUP": model.Company, "L.Y.P. GROUP CO., LTD.": model.Company, "Huione Pay PLC": model.Company,
		"KAREN NATIONAL ARMY": model.Organization, "DEMOCRATIC KAREN BENEVOLENT ARMY": model.Organization,
		"World Hongmen History and Culture Association": model.Organization, "GARDEN CITY HOTEL": model.Compound,
		"O'SMACH RESORT": model.Compound, "GOLDEN PHOENIX ENTERTAINMENT CITY": model.Compound, "GOLDEN FORTUNE RESORTS WORLD LTD.": model.Company,
		"KOH KONG RESORT CO., LTD.": model.Company, "CITY": model.Organization,
	}
	for name, want := range tests {
		if got := partyType(name); got != want {
			t.Errorf("partyType(%q) = %q, want %q", name, got, want)
		}
	}
}

func FuzzSanctionsDocuments(f *testing.F) {
	for _, name := range []string{"sdn.xml", "sdn_windows1252.xml", "uk_sanctions.xml", "opensanctions.ftm.json"} {
		f.Add(formatsFixture(f, name))
	}
	f.Add([]byte(`{"id":"a","schema":"Ownership","properties":{"owner":["a"],"asset":["a"]}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		docs, ok, err := SanctionsDocuments(Page{URL: "https://example.org/list", Body: body})
		if !ok && (err != nil || docs != nil) {
			t.Fatalf("not ok but err %v docs %d", err, len(docs))
		}
		for _, d := range docs {
			checkListDoc(t, d)
		}
	})
}

// TestSanctionsAuthoritiesOneNode: an authority is one node whatever a list calls it, and
// names used in many countries carry their country.
func TestSanctionsAuthoritiesOneNode(t *testing.T) {
	body := strings.Join([]string{
		`{"id":"p1","schema":"Person","datasets":["research"],"properties":{"name":["Wang Yi Chen"]}}`,
		`{"id":"s1","schema":"Sanction","datasets":["research"],"properties":{"entity":["p1"],"authority":["OFAC"]}}`,
		`{"id":"s2","schema":"Sanction","datasets":["research"],"properties":{"entity":["p1"],"authority":["Office of Foreign Assets Control"]}}`,
		`{"id":"s3","schema":"Sanction","datasets":["au_dfat_sanctions"],"properties":{"entity":["p1"]}}`,
	}, "\n")
	docs, ok, err := SanctionsDocuments(Page{URL: "https://example.org/x.ftm.json", Kind: "opensanctions", Body: []byte(body)})
	if err != nil || !ok || len(docs) != 1 {
		t.Fatalf("ok %v err %v docs %d", ok, err, len(docs))
	}
	var auths []string
	wantCountry := map[string]string{"Office of Foreign Assets Control": "United States", "Department of Foreign Affairs and Trade (Australia)": "Australia"}
	for _, e := range docs[0].Entities {
		if e.Type == model.Organization {
			auths = append(auths, e.Name)
			if e.Country != wantCountry[e.Name] {
				t.Errorf("authority %q has country %q, want %q", e.Name, e.Country, wantCountry[e.Name])
			}
		}
	}
	if len(auths) != 2 || !containsString(auths, "Office of Foreign Assets Control") || !containsString(auths, "Department of Foreign Affairs and Trade (Australia)") {
		t.Errorf("authorities %v, want OFAC once and DFAT with its country", auths)
	}
	pid := model.EntityID(model.Person, "Wang Yi Chen")
	if r := relation(docs[0], pid, model.SanctionedBy, model.EntityID(model.Organization, "Office of Foreign Assets Control")); r == nil || r.Grade != model.Reported {
		t.Errorf("OFAC designation from a research dataset %+v, want reported", r)
	}
	// The gazetteer and the list code name OFAC and the FCDO the same way.
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []sanctionsAuthority{authorityOFAC, authorityFCDO} {
		typ, name := x.listedParty(model.Organization, a.Mention, nil)
		if typ != model.Organization || name != a.Name {
			t.Errorf("gazetteer names %q %s %q, the list code %q", a.Mention, typ, name, a.Name)
		}
	}
}

// TestGazetteerBodiesKeepTheirCountry: foreign ministries of two countries named in one text
// are two nodes, each under its country.
func TestGazetteerBodiesKeepTheirCountry(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	html := `<html><head><title>Rescue</title></head><body><article><h1>Rescue of workers</h1>
<p>Thailand's Ministry of Foreign Affairs said on Monday that 40 workers were freed from a compound in Myawaddy. The Ministry of Foreign Affairs of Cambodia denied that its officials protected the site.</p>
<p>The workers were taken to Mae Sot, where the Royal Thai Police questioned them about the recruiters who had lured them with offers of jobs abroad.</p>
</article></body></html>`
	docs, err := x.Extract(t.Context(), Page{URL: "https://news.example/rescue", Body: []byte(html)})
	if err != nil || len(docs) != 1 {
		t.Fatalf("%d docs, %v", len(docs), err)
	}
	var ministries []string
	for _, e := range docs[0].Entities {
		if strings.Contains(e.Name, "Ministry of Foreign Affairs") {
			ministries = append(ministries, e.ID)
		}
	}
	if len(ministries) != 2 || !containsString(ministries, model.EntityID(model.Organization, "Ministry of Foreign Affairs of Thailand")) {
		t.Errorf("ministries %v, want Thailand's and Cambodia's apart", ministries)
	}
}
