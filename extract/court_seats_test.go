package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCourtSeatsAndDocuments: a trial court's name goes on over its branch and seat after
// commas; a ruling's name before "of the" court is no body; a state's formal name run into a
// court's heading is two names; a judge named after the court stays a person.
func TestCourtSeatsAndDocuments(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"branch then seat",
			"The case was heard by the Regional Trial Court, Branch 12, Cebu City on Monday.",
			[]string{"Organization:Regional Trial Court, Branch 12, Cebu City"},
			nil},
		{"seat, province, then branch",
			"He appealed the ruling of the Regional Trial Court of Tarlac City, Tarlac, Branch 3, last year.",
			[]string{"Organization:Regional Trial Court of Tarlac City, Tarlac, Branch 3"},
			nil},
		{"seat then province",
			"A warrant came from the Municipal Trial Court of Bamban, Tarlac. Police served it.",
			[]string{"Organization:Municipal Trial Court of Bamban, Tarlac"},
			nil},
		{"precision: a judge after the court and its seat",
			"The Regional Trial Court of Cebu City, Judge Ana Reyes presiding, convicted him.",
			[]string{"Organization:Regional Trial Court of Cebu City", "Person:Ana Reyes"},
			nil},
		{"a decision's name before the court",
			"This is an appeal from the Joint Decision of the Regional Trial Court of Iloilo City.",
			[]string{"Organization:Regional Trial Court of Iloilo City"},
			[]string{"Organization:Joint Decision of the Regional Trial Court of Iloilo City"}},
		{"precision: a ruling of a bare court word names nothing",
			"Ruling of the Court The appeal lacks merit.",
			nil,
			[]string{"Organization:Ruling of the Court"}},
		{"a case number before the court's name, and a seat written with a hyphen",
			"Crim. Case No. R-CEB-25-0042 Regional Trial Court, Branch 9, Lapu-Lapu City | Decision",
			[]string{"Organization:Regional Trial Court, Branch 9, Lapu-Lapu City"},
			nil},
		{"a state's formal name run into a court's heading",
			"Republic of the Philippines Regional Trial Court, Branch 7, Iloilo City DECISION",
			[]string{"Location:Philippines", "Organization:Regional Trial Court, Branch 7, Iloilo City"},
			nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}

// TestCourtDistrictAlias keeps a federal court's full name with its district as an alias,
// the district staying a place; and a possessive in capitals stays inside a name.
func TestCourtDistrictAlias(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"The United States District Court for the Southern District of Texas sentenced him.",
		"UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF TEXAS Defendant Tran Van Minh pleaded guilty.",
	} {
		d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
		x.Analyze(&d)
		found := false
		for _, e := range d.Entities {
			for _, a := range e.Aliases {
				if e.Type == model.Organization && NameKey(a) == NameKey("United States District Court for the Southern District of Texas") {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no court with its district as an alias in %v", text, entityNames(d))
		}
	}
	d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: "Soldiers of the MONG HPAYAK PEOPLE'S MILITIA FORCE were seen at the gate."}
	x.Analyze(&d)
	checkNames(t, entityNames(d), []string{"Organization:MONG HPAYAK PEOPLE'S MILITIA FORCE"}, []string{"Organization:MILITIA FORCE"})
	d = model.Document{URL: "https://news.example.org/a", Kind: "article", Text: "Guards of the Mong Hpayak People's Militia Force were seen at the gate."}
	x.Analyze(&d)
	checkNames(t, entityNames(d), []string{"Organization:Mong Hpayak People's Militia Force"}, []string{"Organization:Guards of the Mong Hpayak People's Militia Force"})
}
