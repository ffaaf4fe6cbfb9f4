package entitymatch

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"U.S. Attorney's Office", "us attorneys office"},
		{"L.Y.P. Group Co., Ltd.", "lyp group co ltd"},
		{"L.Y.P Group", "lyp group"},
		{"O’Smach Resort", "osmach resort"},
		{"Hun Sèn", "hun sen"},
		{"KK园区", "kk园区"},
		{"Ｐｒｉｎｃｅ　Ｇｒｏｕｐ", "prince group"}, // full-width forms fold by NFKC
		{"Huione Pay & Guarantee", "huione pay and guarantee"},
		{"A. Smith", "a smith"},
		{"ស ខេង", "ស ខេង"}, // Khmer keeps its vowel signs
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHanToPinyin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"陈志", "chen zhi"}, {"陳志", "chen zhi"}, {"佘智江", "she zhijiang"}, {"尹國駒", "yin guoju"},
		{"单永", "shan yong"}, {"欧阳明", "ouyang ming"},
	} {
		got, ok := HanToPinyin(c.in)
		if !ok || got != c.want {
			t.Errorf("HanToPinyin(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{"陈", "Chen Zhi", "KK园区", ""} {
		if got, ok := HanToPinyin(in); ok {
			t.Errorf("HanToPinyin(%q) = %q, want no reading", in, got)
		}
	}
}

func person(id, name string, aliases ...string) Candidate {
	return Candidate{ID: id, Type: Person, Name: name, Aliases: aliases}
}

func company(id, name string, aliases ...string) Candidate {
	return Candidate{ID: id, Type: Company, Name: name, Aliases: aliases}
}

func TestExplainPairs(t *testing.T) {
	wallet := []Identifier{{Scheme: "USDT", Value: "TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL"}}
	for _, c := range []struct {
		name     string
		a, b     Candidate
		verdict  string
		kind     string // strongest match kind expected, when merging
		blockers string // substring of a blocker, when kept apart
	}{
		{"edit distance never merges", person("a", "Li Wu"), person("b", "Lu Wu"), VerdictApart, "", ""},
		{"surnames at both ends are not swapped", person("a", "Li Wu"), person("b", "Wu Li"), VerdictApart, "", ""},
		{"name order", person("a", "Chen Zhi"), person("b", "Zhi Chen"), VerdictMerge, KindOrder, ""},
		{"han to pinyin", person("a", "陈志"), person("b", "Chen Zhi"), VerdictMerge, KindPinyin, ""},
		{"traditional and simplified", person("a", "陳志"), person("b", "陈志"), VerdictMerge, KindPinyin, ""},
		{"given name in one or two words", person("a", "She Zhi Jiang"), person("b", "佘智江"), VerdictMerge, KindOrder, ""},
		{"different Han names", person("a", "Chen Zhi", "陈志"), person("b", "Chen Zhi", "陈志强"), VerdictApart, "", "different Han names"},
		{"titles", person("a", "Neak Oknha Ly Yong Phat"), person("b", "Ly Yong Phat"), VerdictMerge, KindTitle, ""},
		{"burmese honorific", person("a", "U Thein Sein"), person("b", "Thein Sein"), VerdictMerge, KindTitle, ""},
		{"Saw is part of a Karen name", person("a", "Saw Chit Thu"), person("b", "Chit Thu"), VerdictApart, "", ""},
		{"one-word person names do not merge", person("a", "Ming", "Ming Guoping"), person("b", "Ming", "Ming Zhenzhen"), VerdictApart, "", ""},
		{"alias", person("a", "Nat Rungtawankhiri"), person("b", "Rungtawankhiri Nat", "Nat Rungtawankhiri"), VerdictMerge, KindExact, ""},
		{"company forms", company("a", "Prince Holding Group Co., Ltd."), company("b", "Prince Group"), VerdictMerge, KindForm, ""},
		{"bank is not group", company("a", "Prince Bank PLC"), company("b", "Prince Group"), VerdictApart, "", ""},
		{"dotted initials", company("a", "L.Y.P. Group Co., Ltd."), company("b", "LYP Group"), VerdictMerge, KindForm, ""},
		{"person never merges with company", person("a", "Prince Group"), company("b", "Prince Group"), VerdictApart, "", ""},
		{"shared wallet", Candidate{ID: "a", Type: Person, Name: "Vincent Chen", Identifiers: wallet},
			Candidate{ID: "b", Type: Person, Name: "Chen Zhi", Identifiers: []Identifier{{Scheme: "TRX", Value: "TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL"}}},
			VerdictMerge, KindIdentifier, ""},
		{"shared wallet across person and company", Candidate{ID: "a", Type: Person, Name: "X Y", Identifiers: wallet},
			Candidate{ID: "b", Type: Company, Name: "X Y Co", Identifiers: wallet}, VerdictApart, "", "types differ"},
		{"conflicting registration numbers", Candidate{ID: "a", Type: Company, Name: "Jin Bei Group", Identifiers: []Identifier{{Scheme: "Registration Number", Value: "00012345"}}},
			Candidate{ID: "b", Type: Company, Name: "Jin Bei Group Co., Ltd.", Identifiers: []Identifier{{Scheme: "Registration Number", Value: "00099999"}}},
			VerdictApart, "", "conflicting reg"},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := Explain(c.a, c.b, DefaultRules(), Decisions{})
			if e.Verdict != c.verdict {
				t.Fatalf("verdict %s, want %s\n%s", e.Verdict, c.verdict, e)
			}
			if c.kind != "" && reason(e)[:len(c.kind)] != c.kind {
				t.Errorf("reason %q, want kind %s\n%s", reason(e), c.kind, e)
			}
			if c.blockers != "" && !slices.ContainsFunc(e.Blockers, func(b string) bool { return strings.Contains(b, c.blockers) }) {
				t.Errorf("blockers %v lack %q", e.Blockers, c.blockers)
			}
			// Symmetric.
			if r := Explain(c.b, c.a, DefaultRules(), Decisions{}); r.Verdict != e.Verdict {
				t.Errorf("Explain(b, a) verdict %s differs", r.Verdict)
			}
		})
	}
}

func clusterOf(p Plan, id string) (string, []string) {
	for _, c := range p.Clusters {
		ids := []string{c.Canonical}
		for _, m := range c.Members {
			ids = append(ids, m.ID)
		}
		if slices.Contains(ids, id) {
			slices.Sort(ids)
			return c.Canonical, ids
		}
	}
	return "", nil
}

func TestPlanMerges(t *testing.T) {
	cands := []Candidate{
		person("person:chen-zhi", "Chen Zhi", "Vincent Chen"),
		person("person:zhi-chen", "Zhi Chen", "陈志"),
		person("person:oknha-chen-zhi", "Neak Oknha Chen Zhi"),
		person("person:li-wu", "Li Wu"),
		person("person:lu-wu", "Lu Wu"),
		company("company:prince-holding-group-co-ltd", "Prince Holding Group Co., Ltd."),
		company("company:prince-group", "Prince Group"),
		company("company:prince-bank", "Prince Bank PLC"),
	}
	cands[0].Documents = 5
	p := PlanMerges(cands, DefaultRules(), Decisions{})
	canon, ids := clusterOf(p, "person:zhi-chen")
	if canon != "person:chen-zhi" || len(ids) != 3 {
		t.Errorf("Chen Zhi cluster = %s %v, want the three records under person:chen-zhi", canon, ids)
	}
	if _, ids := clusterOf(p, "person:li-wu"); ids != nil {
		t.Errorf("Li Wu merged: %v", ids)
	}
	if _, ids := clusterOf(p, "company:prince-bank"); ids != nil {
		t.Errorf("Prince Bank merged: %v", ids)
	}
	if _, ids := clusterOf(p, "company:prince-group"); len(ids) != 2 {
		t.Errorf("Prince Group cluster = %v", ids)
	}
	for _, c := range p.Clusters {
		for _, m := range c.Members {
			if m.Explanation.Verdict != VerdictMerge || len(m.Explanation.Matches) == 0 || m.Reason == "" {
				t.Errorf("member %s has no explanation: %+v", m.ID, m)
			}
		}
	}
	// Deterministic.
	if q := PlanMerges(slices.Clone(cands), DefaultRules(), Decisions{}); len(q.Clusters) != len(p.Clusters) || q.Clusters[0].Canonical != p.Clusters[0].Canonical {
		t.Errorf("plans differ between runs")
	}

	// A never-merge decision between two holders of a key makes the key ambiguous: the third
	// record with that name cannot tell which one it is and stays alone.
	d := Decisions{NeverMerge: []Decision{{IDs: []string{"person:chen-zhi", "person:zhi-chen"}, Note: "two men"}}}
	p = PlanMerges(cands, DefaultRules(), d)
	if _, ids := clusterOf(p, "person:oknha-chen-zhi"); ids != nil {
		t.Errorf("ambiguous name merged %v", ids)
	}
	if !slices.ContainsFunc(p.Ambiguous, func(a Ambiguity) bool { return a.Key == "n|Person|chen zhi" }) {
		t.Errorf("ambiguous keys %+v lack chen zhi", p.Ambiguous)
	}

	// Analyst merge, and a refused one.
	d = Decisions{Merge: []Decision{{IDs: []string{"person:li-wu", "person:lu-wu"}, Note: "same man, two spellings"},
		{IDs: []string{"person:li-wu", "company:prince-bank"}}}}
	p = PlanMerges(cands, DefaultRules(), d)
	if _, ids := clusterOf(p, "person:lu-wu"); len(ids) != 2 {
		t.Errorf("analyst merge not applied: %v", ids)
	}
	if len(p.Refused) != 1 || !strings.Contains(p.Refused[0], "types differ") {
		t.Errorf("refused = %v, want the person/company merge refused", p.Refused)
	}
}

func TestPlanChainsRespectNeverMerge(t *testing.T) {
	w := []Identifier{{Scheme: "ETH", Value: "0x52908400098527886E0F7030069857D2E4169EE7"}}
	cands := []Candidate{
		{ID: "p:a", Type: Person, Name: "Wang Yong", Identifiers: w},
		{ID: "p:b", Type: Person, Name: "Yong Wang X", Identifiers: []Identifier{{Scheme: "wallet", Value: "0x52908400098527886e0f7030069857d2e4169ee7"}}},
		{ID: "p:c", Type: Person, Name: "Yong Wang X"},
	}
	d := Decisions{NeverMerge: []Decision{{IDs: []string{"p:a", "p:c"}}}}
	p := PlanMerges(cands, DefaultRules(), d)
	_, ids := clusterOf(p, "p:a")
	if !slices.Equal(ids, []string{"p:a", "p:b"}) {
		t.Errorf("cluster = %v, want a+b (wallet, case-folded) without c (never merge with a)", ids)
	}
}

func TestSplitsFor(t *testing.T) {
	cands := []Candidate{{ID: "p:a", Type: Person, Name: "A B", MergedIDs: []string{"p:b", "p:c"}}}
	got := SplitsFor(cands, Decisions{NeverMerge: []Decision{{IDs: []string{"p:a", "p:c"}, Note: "n"}, {IDs: []string{"p:x", "p:y"}}}})
	if len(got) != 1 || got[0].ID != "p:c" || got[0].From != "p:a" {
		t.Errorf("splits = %+v", got)
	}
	got = SplitsFor(cands, Decisions{NeverMerge: []Decision{{IDs: []string{"p:b", "p:c"}}}})
	if len(got) != 1 || got[0].ID != "p:c" {
		t.Errorf("splits between two members = %+v", got)
	}
}

func TestIdentifierKey(t *testing.T) {
	for _, c := range []struct {
		scheme, value, want string
	}{
		{"USDT", "TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL", "wallet:TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL"},
		{"Digital Currency Address - ETH", "0x52908400098527886E0F7030069857D2E4169EE7", "wallet:0x52908400098527886e0f7030069857d2e4169ee7"},
		{"Registration Number", "No. 0012-345", "id|reg||NO0012345"},
		{"Passport", "E 1234567", "id|passport||E1234567"},
		{"Passport", "N/A", ""},
		{"Registration Number", "000000", ""},
	} {
		k, _, ok := IdentifierKey(c.scheme, c.value)
		if c.want == "" && ok || c.want != "" && k != c.want {
			t.Errorf("IdentifierKey(%q, %q) = %q %v, want %q", c.scheme, c.value, k, ok, c.want)
		}
	}
}

func TestDecisionsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "decisions.yaml")
	d, err := LoadDecisions(path)
	if err != nil || len(d.Merge)+len(d.NeverMerge) != 0 {
		t.Fatalf("missing file: %+v %v", d, err)
	}
	if err := os.WriteFile(path, []byte("# analyst rulings\nmerge: []\nnever_merge:\n  - ids: [person:a, person:b]\n    note: kept\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	added, err := AppendDecision(path, "never_merge", Decision{IDs: []string{"person:c", "person:d"}, Note: "split"})
	if err != nil || !added {
		t.Fatalf("append: %v %v", added, err)
	}
	if added, err := AppendDecision(path, "never_merge", Decision{IDs: []string{"person:d", "person:c"}}); err != nil || added {
		t.Errorf("appending the same pair again: %v %v", added, err)
	}
	if _, err := AppendDecision(path, "merge", Decision{IDs: []string{"person:e", "person:f"}}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), "# analyst rulings") {
		t.Errorf("comment lost:\n%s", b)
	}
	d, err = LoadDecisions(path)
	if err != nil || len(d.NeverMerge) != 2 || len(d.Merge) != 1 || !d.HasNeverMerge("person:d", "person:c") {
		t.Errorf("reloaded %+v %v\n%s", d, err, b)
	}
	for _, bad := range []string{"never-merge:\n  - ids: [a, b]\n", "merge:\n  - ids: [a]\n", "merge: {a: b}\n"} {
		if _, err := ParseDecisions(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseDecisions(%q) accepted", bad)
		}
	}
}

func FuzzNameKeys(f *testing.F) {
	for _, s := range []string{"Chen Zhi", "陳志", "L.Y.P. Group Co., Ltd.", "U", "H.E.", "..", "Neak Oknha", "\xff\xfe", "ស ខេង", "A.B.C.D.E.F.G"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = invalid UTF-8 %q", s, n)
		}
		if Normalize(n) != n {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
		for _, typ := range []string{Person, Company, Organization} {
			for _, k := range NameKeys(typ, s, DefaultRules()) {
				if !strings.HasPrefix(k.Value, "n|"+typ+"|") {
					t.Fatalf("key %q of type %s", k.Value, typ)
				}
			}
		}
		IdentifierKey(s, s)
	})
}

func FuzzParseDecisions(f *testing.F) {
	f.Add("merge:\n  - ids: [a, b]\nnever_merge: []\n")
	f.Add("never_merge:\n  - {ids: [x, y, z], note: n}\n")
	f.Add("{")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDecisions(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, x := range append(d.Merge, d.NeverMerge...) {
			if len(x.IDs) < 2 {
				t.Fatalf("accepted a decision with %d ids", len(x.IDs))
			}
		}
	})
}

func TestClassifyIdentifier(t *testing.T) {
	for _, c := range []struct {
		scheme, value, country string
		ok                     bool
		strength               string
		key                    string
	}{
		// Filler from OFAC's ID fields is never an identifier.
		{"For more information, please see:", "https://www.treasury.gov/resource-center/sanctions/Programs/Documents/jcpoa_faqs.pdf", "", false, "", ""},
		{"Additional Sanctions Information -", "Not on the SDN List and Not Subject to Secondary Sanctions", "", false, "", ""},
		{"Executive Order 13662 Directive Determination -", "Subject to Directive 4", "", false, "", ""},
		{"Registration ID", "see the notice at https://example.org/notice.pdf", "Russia", false, "", ""},
		// Weak: shared by parents and subsidiaries, never merged on.
		{"Website", "https://www.Rosneft.ru/", "", true, Weak, "id|website|rosneft.ru"},
		{"Email Address", "info@rosneft.ru", "", true, Weak, "id|email|info@rosneft.ru"},
		{"Phone", "+7 495 777 44 22", "", true, Weak, ""},
		// A registration or tax number is strong with its country, weak without.
		{"Registration ID", "1027700043502", "Russia", true, Strong, "id|reg|RU|1027700043502"},
		{"Registration ID", "1027700043502", "", true, Weak, "id|reg||1027700043502"},
		{"Tax ID No.", "7706107510", "RU", true, Strong, "id|tax|RU|7706107510"},
		{"INN", "7706107510", "RU", true, Strong, "id|tax|RU|7706107510"},
		{"Government Gazette Number", "00044428", "Russia", true, Strong, "id|okpo|RU|00044428"},
		// Strong everywhere: list uids, passports, IMO numbers, wallets.
		{"OFAC UID", "4632", "", true, Strong, "id|list:ofac|4632"},
		{"OFAC SDN UID", "4632", "", true, Strong, "id|list:ofac|4632"},
		{"UK Sanctions List ID", "RUS0123", "", true, Strong, "id|list:uk|RUS0123"},
		{"Passport", "E 1234567", "", true, Strong, "id|passport||E1234567"},
		{"Vessel Registration Identification", "IMO 9610729", "", true, Strong, "id|imo|IMO9610729"},
		{"OpenSanctions ID", "NK-2Tbri3s6GgNtAwsSXh4qpL", "", true, Strong, "id|opensanctions|NK-2TBRI3S6GGNTAWSSXH4QPL"},
		{"Wikidata QID", "Q7747", "", true, Strong, "id|wikidata|Q7747"},
		{"USDT", "TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL", "", true, Strong, "wallet:TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL"},
		// Unknown schemes prove nothing.
		{"Membership card", "AB12345", "", true, Weak, ""},
		{"Passport", "N/A", "", false, "", ""},
	} {
		info, ok := ClassifyIdentifier(c.scheme, c.value, c.country)
		if ok != c.ok || ok && (info.Strength != c.strength || c.key != "" && info.Key != c.key) {
			t.Errorf("ClassifyIdentifier(%q, %q, %q) = %+v %v, want ok %v %s %s", c.scheme, c.value, c.country, info, ok, c.ok, c.strength, c.key)
		}
	}
}

// TestStrongIdentifiersBlock: records with different values of one singular strong scheme
// never merge, whatever else they share; a shared weak identifier is shown, never merged on.
func TestStrongIdentifiersBlock(t *testing.T) {
	uid := func(v string) Identifier { return Identifier{Scheme: "OFAC UID", Value: v} }
	site := Identifier{Scheme: "Website", Value: "www.petropars.example"}
	a := Candidate{ID: "company:a", Type: Company, Name: "Petropars Ltd", Identifiers: []Identifier{uid("17000"), site}}
	b := Candidate{ID: "company:b", Type: Company, Name: "Petropars Ltd.", Identifiers: []Identifier{uid("17001"), site}}
	c := Candidate{ID: "company:c", Type: Company, Name: "Petropars Iran Co", Identifiers: []Identifier{site}}
	e := Explain(a, b, DefaultRules(), Decisions{})
	if e.Verdict != VerdictApart || len(e.Blockers) == 0 || !strings.Contains(e.Blockers[0], "conflicting list:ofac identifiers") || len(e.Weak) != 1 {
		t.Errorf("same name, two OFAC uids:\n%s", e)
	}
	if !strings.Contains(e.String(), "weak") {
		t.Errorf("explanation does not show the weak identifier:\n%s", e)
	}
	if e := Explain(a, c, DefaultRules(), Decisions{}); e.Verdict != VerdictApart || len(e.Matches) != 0 {
		t.Errorf("a shared website merged:\n%s", e)
	}
	p := PlanMerges([]Candidate{a, b, c}, DefaultRules(), Decisions{})
	if len(p.Clusters) != 0 {
		t.Errorf("clusters %+v, want none", p.Clusters)
	}
	// Registration numbers of one country contradict; of two countries they do not.
	reg := func(v, cc string) Identifier { return Identifier{Scheme: "Registration Number", Value: v, Country: cc} }
	x := Candidate{ID: "company:x", Type: Company, Name: "Jin Bei Group", Identifiers: []Identifier{reg("00012345", "KH")}}
	y := Candidate{ID: "company:y", Type: Company, Name: "Jin Bei Group", Identifiers: []Identifier{reg("00099999", "KH")}}
	z := Candidate{ID: "company:z", Type: Company, Name: "Jin Bei Group", Identifiers: []Identifier{reg("7777777", "TH")}}
	if e := Explain(x, y, DefaultRules(), Decisions{}); e.Verdict != VerdictApart {
		t.Errorf("two Cambodian registrations merged:\n%s", e)
	}
	if e := Explain(x, z, DefaultRules(), Decisions{}); e.Verdict != VerdictMerge {
		t.Errorf("registrations in two countries should not block a name match:\n%s", e)
	}
	// An analyst merge cannot override a hard block either.
	d := Decisions{Merge: []Decision{{IDs: []string{"company:a", "company:b"}}}}
	if p := PlanMerges([]Candidate{a, b}, DefaultRules(), d); len(p.Clusters) != 0 || len(p.Refused) != 1 {
		t.Errorf("analyst merge across OFAC uids: clusters %+v refused %v", p.Clusters, p.Refused)
	}
}

func TestReviewMerges(t *testing.T) {
	note := Identifier{Scheme: "For more information, please see:", Value: "https://www.treasury.gov/jcpoa_faqs.pdf"}
	own := Candidate{ID: "company:nioc", Type: Company, Name: "National Iranian Oil Company", Identifiers: []Identifier{{Scheme: "OFAC UID", Value: "7000"}, note}}
	h := Holder{Own: own, Merges: []AppliedMerge{
		// merged by older rules on the pdf note
		{Record: Candidate{ID: "company:trading", Type: Company, Name: "Naftiran Intertrade Co Sarl", Identifiers: []Identifier{{Scheme: "OFAC UID", Value: "7001"}, note}}, Matched: "company:nioc"},
		// merged on the name: kept, listed for review
		{Record: Candidate{ID: "company:nioc-2", Type: Company, Name: "National Iranian Oil Co"}, Matched: "company:nioc"},
		// merged on a shared website only, no conflicting id: nothing accepts it now
		{Record: Candidate{ID: "company:web", Type: Company, Name: "NIOC Trading", Identifiers: []Identifier{{Scheme: "Website", Value: "nioc.example"}}}, Matched: "company:nioc"},
		// the same OFAC uid: strong
		{Record: Candidate{ID: "company:nioc-3", Type: Company, Name: "NIOC", Identifiers: []Identifier{{Scheme: "OFAC SDN UID", Value: "7000"}}}, Matched: "company:nioc"},
	}}
	h.Own.Identifiers = append(h.Own.Identifiers, Identifier{Scheme: "Website", Value: "nioc.example"})
	rv := ReviewMerges(h, DefaultRules(), Decisions{})
	if len(rv) != 4 {
		t.Fatalf("%d reviews", len(rv))
	}
	if !strings.Contains(rv[0].Forbidden, "conflicting list:ofac") {
		t.Errorf("pdf-note merge: %s", rv[0])
	}
	if rv[1].Forbidden != "" || rv[1].Basis != BasisNames || !rv[1].NeedsReview() {
		t.Errorf("name merge: %s", rv[1])
	}
	if rv[2].Forbidden == "" || rv[2].Basis != BasisNone || len(rv[2].Weak) != 1 {
		t.Errorf("website merge: %s", rv[2])
	}
	if rv[3].Forbidden != "" || rv[3].Basis != BasisStrong || rv[3].NeedsReview() {
		t.Errorf("uid merge: %s", rv[3])
	}
}

func FuzzClassifyIdentifier(f *testing.F) {
	for _, s := range [][3]string{{"OFAC UID", "4632", ""}, {"For more information, please see:", "https://x/y.pdf", ""},
		{"Registration ID", "1027700043502", "Russia"}, {"USDT", "TVj7Rn5m9XyJ3ZkP2qW8eD4fG6hB1cA5sL", ""}, {"Website", "www.a.example", ""}} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, scheme, value, country string) {
		info, ok := ClassifyIdentifier(scheme, value, country)
		if !ok {
			return
		}
		if info.Key == "" || info.Strength != Strong && info.Strength != Weak {
			t.Fatalf("ClassifyIdentifier(%q, %q, %q) = %+v", scheme, value, country, info)
		}
		// Spacing around the value never changes the key.
		if again, ok2 := ClassifyIdentifier(scheme, " "+value+"\t", country); !ok2 || again.Key != info.Key {
			t.Fatalf("ClassifyIdentifier(%q) = %q, with spaces %q %v", value, info.Key, again.Key, ok2)
		}
	})
}

// TestGenericBodiesNeverKeyAMerge: bodies every country has, written bare, give no name key;
// the same body with its country does.
func TestGenericBodiesNeverKeyAMerge(t *testing.T) {
	for _, c := range []struct {
		name string
		keys bool
	}{
		{"Ministry of Foreign Affairs", false},
		{"the Supreme Court", false},
		{"National  Police", false},
		{"Ministry of Foreign Affairs of Thailand", true},
		{"Karen National Police Force", true},
	} {
		if got := len(NameKeys(Organization, c.name, DefaultRules())) > 0; got != c.keys {
			t.Errorf("NameKeys(%q) gives keys %v, want %v", c.name, got, c.keys)
		}
	}
}
