package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRanksAndHonorifics covers titles written before names in Malaysian, Thai and
// Philippine usage: honorifics closed by an apostrophe ("Dato' Sri"), police ranks written
// without periods ("Pol Lt Col", "ASP", "Comm"), civil-service ranks ("Undersecretary") and
// legislators' titles between their body and their name ("Provincial Board Member", "MP"),
// each beside a case where the title words must not be taken off a name.
func TestRanksAndHonorifics(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
		{"an honorific closed by an apostrophe",
			"The agency was set up in 2019 by Dato' Sri Halim Yusri, who still chairs it.",
			[]string{"Person:Halim Yusri"},
			[]string{"Person:Dato", "Person:Sri Halim Yusri"}},
		{"the same honorific with a curly apostrophe, and its feminine form",
			"Shares are held by Dato’ Kamal Idris and his wife, Datin Sri Rohana Idris.",
			[]string{"Person:Kamal Idris", "Person:Rohana Idris"},
			[]string{"Person:Dato", "Person:Sri Rohana Idris"}},
		{"a Thai police rank written without periods",
			"The order was signed by Pol Lt Col Suthep Kaewmanee on Monday.",
			[]string{"Person:Suthep Kaewmanee"},
			[]string{"Person:Pol Lt Col Suthep Kaewmanee"}},
		{"Malaysian police ranks as letters, then the force",
			"The case was led by ACP Faizal Omar, and ASP Rosnah Ali of the Royal Malaysia Police gave evidence.",
			[]string{"Person:Faizal Omar", "Person:Rosnah Ali", "Organization:Royal Malaysia Police"},
			[]string{"Organization:ASP Rosnah Ali of the Royal Malaysia Police", "Person:ACP Faizal Omar"}},
		{"a commissioner's short rank before an honorific",
			"Federal police director Comm Datuk Rahim Salleh said the men were charged.",
			[]string{"Person:Rahim Salleh"},
			[]string{"Person:Comm"}},
		{"a civil-service rank",
			"Undersecretary Gilbert Cruz said the building would be seized.",
			[]string{"Person:Gilbert Cruz"},
			[]string{"Person:Undersecretary Gilbert Cruz"}},
		{"a legislator's title between the body and the name",
			"The land belongs to relatives of Cavite Provincial Board Member Liza Ramos Dimaculangan, the committee heard.",
			[]string{"Organization:Cavite Provincial Board", "Person:Liza Ramos Dimaculangan"},
			[]string{"Organization:Cavite Provincial Board Member Liza Ramos Dimaculangan"}},
		{"a member of parliament named after the province, with the party after of",
			"He had been an aide to Nakhon Phanom MP Suwit Chaiya of the Bhumjaithai Party since 2021.",
			[]string{"Person:Suwit Chaiya", "Organization:Bhumjaithai Party"},
			[]string{"Organization:Nakhon Phanom MP Suwit Chaiya of the Bhumjaithai Party"}},
		{"member before of names the body, not a person",
			"He is a Member of the Karen National Union and has never held a post in it.",
			[]string{"Organization:Karen National Union"},
			[]string{"Person:Member"}},
		{"Philippine, Indonesian and Malay titles",
			"The lot was sold by Engr. Ramon Dela Cruz; Kombes Ade Saputra and Encik Ahmad Zaki confirmed it.",
			[]string{"Person:Ramon Dela Cruz", "Person:Ade Saputra", "Person:Ahmad Zaki"},
			[]string{"Person:Engr. Ramon Dela Cruz", "Person:Kombes Ade Saputra", "Person:Encik Ahmad Zaki"}},
		{"syllables of Shan and Burmese names that are titles elsewhere stay in the name",
			"Sai Khun Lin and U Tun Tun Aung were named as the site's managers.",
			[]string{"Person:Sai Khun Lin", "Person:Tun Tun Aung"},
			[]string{"Person:Lin", "Person:Aung"}},
		{"Khmer surnames spelt like English words",
			"Its director is Sim Chanthou, and Men Sarun holds the other shares.",
			[]string{"Person:Sim Chanthou", "Person:Men Sarun"},
			nil},
		{"the same words as plain words",
			"Men said they bought SIM cards and Sim cards at the gate.",
			nil,
			[]string{"Person:Men", "Person:Sim"}},
		{"a judge's post written after the name in a judgment",
			"Ahmad Fuad bin Othman J delivered the grounds, with which Lim Kok Hing JCA agreed.",
			[]string{"Person:Ahmad Fuad bin Othman", "Person:Lim Kok Hing"},
			[]string{"Person:Ahmad Fuad bin Othman J", "Person:Lim Kok Hing JCA"}},
		{"a short name keeps a capital after it",
			"Workers knew the supervisor only as Kai J and never saw his papers.",
			[]string{"Person:Kai J"},
			nil},
		{"an anonymised speaker's role under a quote names nobody",
			"— Survivor, 24, interviewed in Mae Sot",
			[]string{"Location:Mae Sot"},
			[]string{"Person:Survivor"}},
		{"the same role before a name is a title",
			"Witness Maria Santos testified that the guards beat workers.",
			[]string{"Person:Maria Santos"},
			[]string{"Person:Witness Maria Santos"}},
		{"a name that begins like a rank keeps it",
			"Pol Pot ruled Cambodia until 1979.",
			[]string{"Person:Pol Pot"},
			[]string{"Person:Pot"}},
		{"an apostrophe after a plural is no title",
			"The investors' lawyer, Halim Yusri, filed the appeal.",
			[]string{"Person:Halim Yusri"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
