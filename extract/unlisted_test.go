package extract

import (
	"slices"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestUnlistedNames types names no list holds from their context, with a precision case
// beside each rule.
func TestUnlistedNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"capitals in court papers, with the alias joined",
			"UNITED STATES v. ALICE LEAL GUO, also known as GUO HUA PING. Defendant WANG XIAOMING operated the site.",
			[]string{"Person:Alice Leal Guo", "Person:Wang Xiaoming"},
			[]string{"Person:Guo Hua Ping", "Person:GUO HUA PING"}},
		{"capitals that are headings stay nothing",
			"SEALED INDICTMENT. GRAND JURY CHARGES. The court met in Brooklyn.",
			nil,
			[]string{"Person:Sealed Indictment", "Person:Grand Jury Charges"}},
		{"a place by its preposition and its apposition",
			"Recruiters sent workers to compounds in Mong Hpa, a town in Shan State. Workers fled to Hpa Lu, the capital of the zone.",
			[]string{"Location:Mong Hpa", "Location:Hpa Lu"},
			[]string{"Person:Mong Hpa", "Person:Hpa Lu"}},
		{"a person after 'in' stays a person when the possessive follows",
			"In Chen Xiaoyu's account, the compound was guarded.",
			nil,
			[]string{"Location:Chen Xiaoyu"}},
		{"a title's person takes no 'of'",
			"Governor Somchai Wongsawat of Tak province met the envoy.",
			[]string{"Person:Somchai Wongsawat"},
			[]string{"Person:Somchai Wongsawat of Tak"}},
		{"a name in characters among Latin words; none guessed in Chinese text",
			"Xu Aimin and 王晓明 ran the compound. 金三角地区的诈骗园区很多。",
			[]string{"Person:王晓明"},
			[]string{"Person:金三角地区的诈骗园区很多"}},
		{"places after a motion verb and after a place",
			"Workers were trafficked to Bamban, Tarlac, and later taken to Porac. Money went to Chen Xiaoyu's account.",
			[]string{"Location:Bamban", "Location:Tarlac", "Location:Porac"},
			[]string{"Location:Chen Xiaoyu"}},
		{"'and' inside a body's name, not between two names",
			"The Philippine Amusement and Gaming Corporation and the Criminal Investigation and Detection Group acted. Prince Holding Group and Huione Group denied it.",
			[]string{"Organization:Philippine Amusement and Gaming Corporation", "Organization:Criminal Investigation and Detection Group",
				"Company:Prince Holding Group", "Company:Huione Group"},
			[]string{"Company:Prince Holding Group and Huione Group"}},
		{"Burmese honorifics and Thai names",
			"U Thein Win, a Myawaddy businessman, met Daw Khin Mar Aye and Nang Seng Hom. Police General Kittirat Phanphet spoke.",
			[]string{"Person:Thein Win", "Person:Khin Mar Aye", "Person:Nang Seng Hom", "Person:Kittirat Phanphet"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			got := entityNames(d)
			checkNames(t, got, c.want, c.forbid)
		})
	}
}

// checkNames fails the test for each wanted name missing from got and each forbidden one
// present.
func checkNames(t *testing.T, got, want, forbid []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
	for _, f := range forbid {
		if slices.Contains(got, f) {
			t.Errorf("unwanted %s; got %v", f, got)
		}
	}
}

// nameCase is a text with the "Type:Name" entities a rule must find in it and those it must not.
type nameCase struct {
	name   string
	text   string
	want   []string
	forbid []string
}

// checkNameCases reads each case's text as an article at url and holds its entities to the case.
func checkNameCases(t *testing.T, x *Extractor, url string, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: url, Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
