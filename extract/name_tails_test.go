package extract

import (
	"slices"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNameTails covers the names that run on past their capitals or stand as one word, each
// rule with a case where it must not fire.
func TestNameTails(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"the Malay name Nor inside a sentence and in a signature's bracket",
			"The sole director, however, is Nor Azlina Hamzah, a former clerk.\n\n(NOR AZIAN BINTI HASSAN)\n\nSessions Court Judge",
			[]string{"Person:Nor Azlina Hamzah", "Person:Nor Azian binti Hassan"},
			[]string{"Person:Azlina Hamzah"}},
		{"the conjunction nor opening a sentence or in a heading opens no name",
			"Nor Cambodian police nor Thai officials replied to Lim Sokha.\n\nNEITHER GOLDEN REEF NOR PEARL COVE",
			[]string{"Person:Lim Sokha"},
			[]string{"Person:Nor Cambodian", "Person:Nor Pearl Cove", "Person:Pearl Cove"}},
		{"an airport named by a place no list holds",
			"The returnees landed at Kualanamu airport on Friday evening.",
			[]string{"Location:Kualanamu airport"},
			[]string{"Location:Kualanamu"}},
		{"a firm before the word airport stays the firm",
			"Makati Skyline Holdings Corp. airport contracts were cancelled.",
			[]string{"Company:Makati Skyline Holdings Corp."},
			[]string{"Location:Makati Skyline Holdings Corp. airport"}},
		{"a legislature named by its one word",
			"The landowner Maria Dizon told the Senate that she never visited the site.",
			[]string{"Organization:Senate", "Person:Maria Dizon"},
			nil},
		{"a legislature's word before a noun still names the body (the verb's object is the committee)",
			"Senator Lito Ramos, who chairs the Senate committee on labour, asked for the records.",
			[]string{"Organization:Senate"},
			nil},
		{"a region named by its bearing",
			"Recruiters in East Nusa Tenggara sent workers from South Asia to Western Visayas.",
			[]string{"Location:East Nusa Tenggara", "Location:South Asia", "Location:Western Visayas"},
			nil},
		{"a bearing word inside a firm's name or after a first name stays there",
			"North Coast Fisheries Ltd hired Maria West as its lawyer.",
			[]string{"Company:North Coast Fisheries Ltd"},
			[]string{"Location:North Coast Fisheries Ltd", "Location:Maria West"}},
		{"places by who comes from them and by the firm they hold",
			"Most of them were young men from Kupang, Ende and Can Tho. Rudi Hartono, 31, from Kendari, said a Mombasa agency hired him. A 19-year-old from Kisumu fled.",
			[]string{"Location:Kupang", "Location:Ende", "Location:Can Tho", "Location:Kendari", "Location:Mombasa", "Location:Kisumu", "Person:Rudi Hartono"},
			[]string{"Person:Kupang", "Person:Kendari"}},
		{"a list of people with a place, with no preposition, stays people; a letter from a person stays a person",
			"Sok Dara, Chen Wei and Bangkok officials met. The letter from Sok Dara arrived.",
			[]string{"Person:Sok Dara", "Person:Chen Wei"},
			[]string{"Location:Sok Dara", "Location:Chen Wei"}},
		{"a listed place that opens with a number word, and a bridge",
			"Buses left through the Three Pagodas Pass. Workers walked across the Mekong Unity Bridge at night.",
			[]string{"Location:Three Pagodas Pass", "Location:Mekong Unity Bridge"},
			[]string{"Location:Pagodas Pass", "Person:Mekong Unity Bridge"}},
		{"court capitals: the role before the name and the verdict after it are no part of it",
			"Accused ROBERTO DIAZ SALCEDO was the recruiter. The Court finds ROBERTO DIAZ SALCEDO GUILTY of Qualified Trafficking and orders a fine of Two Million Pesos.",
			[]string{"Person:Roberto Diaz Salcedo"},
			[]string{"Person:Accused Roberto Diaz Salcedo", "Person:Roberto Diaz Salcedo Guilty", "Person:Qualified Trafficking", "Person:Million Pesos"}},
		{"a person's name that ends like a word of the trade stays a person",
			"Maria Santos Operario signed the lease.",
			[]string{"Person:Maria Santos Operario"},
			nil},
		{"a body's name that runs on into the place it serves",
			"A member of the House of Representatives for Tak province asked for the files.",
			[]string{"Organization:House of Representatives of Thailand", "Location:Tak"}, // qualified by the one country named
			[]string{"Organization:House of Representatives for Tak"}},
		{"a body named for a field keeps its 'for'",
			"The Centre for Strategic Studies and the Commission for Gambling Management replied.",
			[]string{"Organization:Centre for Strategic Studies", "Organization:Commission for Gambling Management"},
			[]string{"Organization:Centre"}},
		{"a listed agency whose name holds 'and'",
			"The Department of Foreign Affairs and Trade listed the firm.",
			[]string{"Organization:Department of Foreign Affairs and Trade"},
			[]string{"Organization:Department of Foreign Affairs"}},
		{"names in capitals marked as people by characters, lists, kin and 'one'",
			"The court tried ZHOU MINGHAO (周明浩), TANG LIWEI (唐立伟) and 9 others. The money went to her cousin, GAO YUFEI. The driver, one PAN XIAODONG, fled. It found that TANG LIWEI, the husband of ZHOU MINGHAO, kept the books.",
			[]string{"Person:Zhou Minghao", "Person:Tang Liwei", "Person:Gao Yufei", "Person:Pan Xiaodong"},
			nil},
		{"headings in capitals after a comma stay nothing",
			"FINDINGS OF FACT, GRAND JURY CHARGES. The hearing ended.",
			nil,
			[]string{"Person:Grand Jury Charges", "Person:Findings Of Fact"}},
		{"Malay patronymics and the surname He inside a sentence",
			"The firm's partner, Ahmad Faizal bin Rahman, met the tycoon He Zhenbang and Siti Aminah binti Hassan.",
			[]string{"Person:Ahmad Faizal bin Rahman", "Person:He Zhenbang", "Person:Siti Aminah binti Hassan"},
			[]string{"Person:Zhenbang"}},
		{"the pronoun He opening a sentence is no name",
			"He Visited the site twice.",
			nil,
			[]string{"Person:He Visited"}},
		{"a site named before its kind word, with that form kept as an alias",
			"Guards were seen at the Silver Crane compound on the coast road.",
			[]string{"Compound:Silver Crane"},
			[]string{"Person:Silver Crane"}},
		{"a mission keeps the form with its seat as an alias, the seat stays a place",
			"Her family called the Ugandan embassy in Kuala Lumpur twice.",
			[]string{"Organization:Ugandan embassy", "Location:Kuala Lumpur"},
			nil},
		{"a border crossing keeps its written form as an alias of the place",
			"They were handed over at the Mae Sot border crossing on Friday.",
			[]string{"Location:Mae Sot"},
			[]string{"Person:Mae Sot"}},
		{"the province and its port town are two places",
			"The compound sits in Sihanoukville, Preah Sihanouk province, beside a casino in Porac, Pampanga.",
			[]string{"Location:Sihanoukville", "Location:Preah Sihanouk", "Location:Porac", "Location:Pampanga"},
			[]string{"Person:Pampanga"}},
		{"a unit keeps the form with its parent body as an alias; a person's firm does not",
			"Agents of the FBI's Denver Field Office arrested him. Lin Guofu's Harbour Holdings Ltd paid them.",
			[]string{"Organization:Denver Field Office", "Company:Harbour Holdings Ltd"},
			nil},
		{"a country named in the possessive before its listed body is a place too",
			"Myanmar's military said it raided the park. The Myanmar military denied it.",
			[]string{"Location:Myanmar", "Organization:Myanmar military"},
			nil},
		{"a person's possessive before a listed body names no place",
			"Saw Chit Thu's Karen Border Guard Force denied it.",
			[]string{"Person:Saw Chit Thu"},
			[]string{"Location:Saw Chit Thu"}},
		{"a name called so after a firm's noun is a firm; after a person's noun a person",
			"The floors were run by a company called Jade Harbour, and a businessman named Lin Dehai paid the guards.",
			[]string{"Company:Jade Harbour", "Person:Lin Dehai"},
			[]string{"Person:Jade Harbour", "Company:Lin Dehai"}},
		{"a group named after its titled owner is not its owner",
			"The resort is owned by Meas Vannak Group, the conglomerate of Oknha Meas Vannak.",
			[]string{"Company:Meas Vannak Group", "Person:Meas Vannak"},
			[]string{"Person:Meas Vannak Group"}},
		{"a firm's short name in the possessive stays the firm",
			"Silver Heron Holdings Co., Ltd. runs it. Silver Heron's chairman, Vong Sereyrath, spoke.",
			[]string{"Company:Silver Heron Holdings Co., Ltd.", "Person:Vong Sereyrath"},
			[]string{"Person:Silver Heron"}},
		{"the people of a body opening a sentence are no part of its name",
			"Operatives of the Anti-Fraud Task Group raided the hub. Militiamen of the Silver River Militia guarded it.",
			[]string{"Organization:Anti-Fraud Task Group", "Organization:Silver River Militia"},
			[]string{"Organization:Operatives of the Anti-Fraud Task Group", "Organization:Militiamen of the Silver River Militia"}},
		{"soldiers of a state are people, its police a body",
			"Thai soldiers stood at the gate while Lao police searched the buses.",
			[]string{"Organization:Lao police"},
			[]string{"Organization:Thai soldiers"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
			for _, e := range d.Entities {
				if e.Name == "Silver Crane" && !slices.Contains(e.Aliases, "Silver Crane compound") {
					t.Errorf("aliases of %s = %v, want the form with its kind word", e.Name, e.Aliases)
				}
				if e.Name == "Ugandan embassy" && !slices.Contains(e.Aliases, "Ugandan embassy in Kuala Lumpur") {
					t.Errorf("aliases of %s = %v, want the form with its seat", e.Name, e.Aliases)
				}
				if e.Name == "Mae Sot" && !slices.Contains(e.Aliases, "Mae Sot border crossing") {
					t.Errorf("aliases of %s = %v, want the crossing's written form", e.Name, e.Aliases)
				}
				if e.Name == "Denver Field Office" && !slices.Contains(e.Aliases, "FBI's Denver Field Office") {
					t.Errorf("aliases of %s = %v, want the form with its parent", e.Name, e.Aliases)
				}
				if e.Name == "Harbour Holdings Ltd" && len(e.Aliases) > 0 {
					t.Errorf("aliases of %s = %v: a person's possessive names no parent body", e.Name, e.Aliases)
				}
				if e.Name == "Ugandan embassy" && slices.Contains(e.Aliases, "Ugandan embassy in The") {
					t.Errorf("aliases of %s = %v: a seat is capitalised words only", e.Name, e.Aliases)
				}
			}
			for _, r := range d.Relations {
				if r.Predicate == model.Directs && r.Object == "organization:senate" {
					t.Errorf("the chair of a committee directs no legislature: %v", r)
				}
			}
		})
	}
}
