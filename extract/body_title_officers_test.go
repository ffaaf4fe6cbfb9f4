package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBodyTitleOfficers holds "officer" titled with a body's noun ("Immigration officer X",
// "Police officers A and B") to sentences that give each name the post in the body named
// before, and to sentences that must not. The names are invented.
func TestBodyTitleOfficers(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a plural title heads both names",
			"The Royal Thai Police opened an inquiry on Monday. Police officers Somchai Rattana and Anan Sukjai were transferred to inactive posts.",
			[]rel{{"Somchai Rattana", model.EmployedBy, "Royal Thai Police", ""}, {"Anan Sukjai", model.EmployedBy, "Royal Thai Police", ""}},
			nil},
		{"ages between the names",
			"The Immigration Department of Malaysia suspended two officers on Monday. Immigration officers Mohd Faizal bin Rahman, 38, and Siti Norhayati binti Ismail, 34, both attached to the departure hall, claimed trial.",
			[]rel{{"Mohd Faizal bin Rahman", model.EmployedBy, "Immigration Department of Malaysia", ""}, {"Siti Norhayati binti Ismail", model.EmployedBy, "Immigration Department of Malaysia", ""}},
			nil},
		{"three names",
			"The Royal Thai Police opened an inquiry on Monday. Police officers Somchai Rattana, Anan Sukjai and Prasert Wongdee were transferred.",
			[]rel{{"Somchai Rattana", model.EmployedBy, "Royal Thai Police", ""}, {"Anan Sukjai", model.EmployedBy, "Royal Thai Police", ""}, {"Prasert Wongdee", model.EmployedBy, "Royal Thai Police", ""}},
			nil},
		{"a singular immigration officer",
			"The Bureau of Immigration said on Monday that the passengers were stopped at the airport. Immigration officer Maria Santos flagged their documents.",
			[]rel{{"Maria Santos", model.EmployedBy, "Bureau of Immigration", ""}},
			nil},
		{"a customs officer",
			"The Royal Malaysian Customs Department seized the shipment. Customs officer Sok Vibol said the containers held phones.",
			[]rel{{"Sok Vibol", model.EmployedBy, "Royal Malaysian Customs Department", ""}},
			nil},
		{"a denial of something else keeps the post, at the grade the sentence allows",
			"The Immigration Department of Malaysia suspended two officers on Monday. Immigration officers Ahmad Zaki and Lim Mei Ling denied taking bribes.",
			[]rel{{"Ahmad Zaki", model.EmployedBy, "Immigration Department of Malaysia", ""}, {"Lim Mei Ling", model.EmployedBy, "Immigration Department of Malaysia", ""}},
			nil},
		{"the list ends at the verb",
			"The Royal Thai Police opened an inquiry on Monday. Police officers Somchai Rattana and Anan Sukjai arrested Chen Wei and Li Ming at the border.",
			nil,
			[]rel{{"Chen Wei", model.EmployedBy, "Royal Thai Police", ""}, {"Li Ming", model.EmployedBy, "Royal Thai Police", ""}}},
		{"a relative after the officer is no officer",
			"The Royal Thai Police opened an inquiry on Monday. Police officer Somchai Rattana and his wife Malee Rattana were questioned.",
			[]rel{{"Somchai Rattana", model.EmployedBy, "Royal Thai Police", ""}},
			[]rel{{"Malee Rattana", model.EmployedBy, "Royal Thai Police", ""}}},
		{"a singular title heads one name",
			"The Royal Thai Police opened an inquiry on Monday. Police officer Somchai Rattana and Anan Sukjai were questioned.",
			[]rel{{"Somchai Rattana", model.EmployedBy, "Royal Thai Police", ""}},
			[]rel{{"Anan Sukjai", model.EmployedBy, "Royal Thai Police", ""}}},
	}
	checkRelCases(t, x, cases)
}
