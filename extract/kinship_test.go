package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinAndCoordinationRules holds the family, associate, reference and coordination rules of
// kinship.go and references.go: relations each case must read and relations it must not.
// Symmetric predicates match in either order.
func TestKinAndCoordinationRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// A lawyer or interpreter acting for a person is the person's associate.
		{"a lawyer described as the possessor's",
			"Kamol Chaiyo, Ratana Sukprasert's lawyer, told reporters the charges were baseless.",
			[]rel{{"Kamol Chaiyo", model.AssociateOf, "Ratana Sukprasert", ""}}, nil},
		{"his lawyer, a sentence after the one person named",
			"Police detained Ratana Sukprasert at his home on Friday. His lawyer, Kamol Chaiyo, said the arrest was unlawful.",
			[]rel{{"Kamol Chaiyo", model.AssociateOf, "Ratana Sukprasert", ""}}, nil},
		{"a lawyer for a person, described after the name",
			"Kamol Chaiyo, a lawyer for Ratana Sukprasert, said the charges would be fought.",
			[]rel{{"Kamol Chaiyo", model.AssociateOf, "Ratana Sukprasert", ""}}, nil},
		{"a lawyer for the businessman named a sentence before",
			"Ratana Sukprasert, a businessman from Mae Sot, was arrested on Friday. A lawyer for the businessman, Kamol Chaiyo, declined to comment.",
			[]rel{{"Kamol Chaiyo", model.AssociateOf, "Ratana Sukprasert", ""}}, nil},
		{"a lawyer for a body is no person's associate",
			"Kamol Chaiyo, a lawyer for the Mekong Legal Aid Centre, said the case was weak.",
			nil, []rel{{"Kamol Chaiyo", model.AssociateOf, "Mekong Legal Aid Centre", ""}}},
		{"his lawyer after two people named is not resolved",
			"Police detained Ratana Sukprasert and Somchai Dee on Friday. His lawyer, Kamol Chaiyo, said the arrest was unlawful.",
			nil, []rel{{"Kamol Chaiyo", model.AssociateOf, "Ratana Sukprasert", ""}, {"Kamol Chaiyo", model.AssociateOf, "Somchai Dee", ""}}},
		// Associates described through the other person's possessive or a post "to" them.
		{"a right-hand man described with the possessor",
			"Kong Rithy, Chen Zhi's right-hand man, was arrested on Monday.",
			[]rel{{"Kong Rithy", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"a frontman through 'who has long been'",
			"Kong Rithy, who has long been Chen Zhi's frontman, fled to Dubai.",
			[]rel{{"Kong Rithy", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"served as an aide to a person",
			"Kong Rithy served as an aide to Chen Zhi for years.",
			[]rel{{"Kong Rithy", model.AssociateOf, "Chen Zhi", ""}}, nil},
		{"a critic described with the possessor is no associate",
			"Kong Rithy, who has long been Chen Zhi's critic, spoke to reporters.",
			nil, []rel{{"Kong Rithy", model.AssociateOf, "Chen Zhi", ""}}},
		// "X and his partner Y", "X and his daughter, board member Y".
		{"a partner coordinated through a possessive",
			"The permit was signed by Min Thein and his Chinese partner Zhou Rui in 2022.",
			[]rel{{"Zhou Rui", model.AssociateOf, "Min Thein", ""}}, nil},
		{"a daughter coordinated with an office before her name",
			"Former governor Lito Ramos and his daughter, provincial board member Ana Ramos-Cruz, hold shares in the firm.",
			[]rel{{"Ana Ramos-Cruz", model.FamilyOf, "Lito Ramos", ""}}, nil},
		{"a coordination with a verb between names no tie",
			"Min Thein and his lawyers later met Zhou Rui in Yangon.",
			nil, []rel{{"Zhou Rui", model.AssociateOf, "Min Thein", ""}}},
		{"two sons listed after a plural kin noun",
			"Chen Zhi and his two sons, Chen Long and Chen Hu, left the country in May.",
			[]rel{{"Chen Long", model.FamilyOf, "Chen Zhi", ""}, {"Chen Hu", model.FamilyOf, "Chen Zhi", ""}}, nil},
		{"a singular kin noun does not reach a later name",
			"Chen Zhi and his wife, Lim Sokha, met Kong Rithy in May.",
			[]rel{{"Lim Sokha", model.FamilyOf, "Chen Zhi", ""}}, []rel{{"Kong Rithy", model.FamilyOf, "Chen Zhi", ""}}},
		{"married to a person",
			"Lim Sokha is married to Chen Zhi, police said.",
			[]rel{{"Lim Sokha", model.FamilyOf, "Chen Zhi", ""}}, nil},
		{"whose kin is a person",
			"Kong Rithy, whose father-in-law is Chen Zhi, runs the firm.",
			[]rel{{"Kong Rithy", model.FamilyOf, "Chen Zhi", ""}}, nil},
		// Kin after an honorific.
		{"her husband with a Burmese honorific",
			"The plot belongs to Daw Hla Hla Win, a trader from Myawaddy. Her husband, U Kyaw Soe, sits on the township council.",
			[]rel{{"Kyaw Soe", model.FamilyOf, "Hla Hla Win", ""}}, nil},
		// A second predicate of the subject: "X is a director of A and a partner of Y".
		{"a coordinated predicate names a partner of the subject",
			"Lim Heng serves as director of Bright Arch Consulting Limited and is a longtime business partner of Sok Vanna.",
			[]rel{{"Lim Heng", model.AssociateOf, "Sok Vanna", ""}}, nil},
		{"a relative clause with two predicates names a spouse",
			"Chan Sophea, a Cambodian national who is the finance manager of Mekong Crest Trading Co., Ltd. and the wife of Kim Rithy, was charged.",
			[]rel{{"Chan Sophea", model.FamilyOf, "Kim Rithy", ""}}, nil},
		{"an object coordination is not the subject's kin",
			"Lim Heng questioned the director of Bright Arch Consulting Limited and the brother of Sok Vanna.",
			nil, []rel{{"Lim Heng", model.FamilyOf, "Sok Vanna", ""}}},
		{"a court's subject with a description, two coordinated nouns",
			"The defendant Maria Santos, a citizen of the Philippines, was a recruiter and business associate of Tan Chee Hock.",
			[]rel{{"Maria Santos", model.AssociateOf, "Tan Chee Hock", ""}}, nil},
		// "Y, his wife": the possessor is the one other person named before.
		{"a name set off with its kin after the possessor",
			"Chen Meng controlled the firm although its shares were registered to Malee Sornsri, his common-law wife.",
			[]rel{{"Malee Sornsri", model.FamilyOf, "Chen Meng", ""}}, nil},
		{"a name set off with its kin after two people names no possessor",
			"Chen Meng and Li Wei used an account held by Malee Sornsri, his wife.",
			nil, []rel{{"Malee Sornsri", model.FamilyOf, "Chen Meng", ""}, {"Malee Sornsri", model.FamilyOf, "Li Wei", ""}}},
		{"in business with a person",
			"The land belongs to Oknha Sok Dara, who is also in business with Lin Chih-hao.",
			[]rel{{"Sok Dara", model.AssociateOf, "Lin Chih-hao", ""}}, nil},
		{"an indefinite accomplice coordinated after a nickname",
			"The floors were run by a man known as \"Ah Long\" and a Vietnamese accomplice, Nguyen Duc Tai, workers said.",
			[]rel{{"Ah Long", model.AssociateOf, "Nguyen Duc Tai", ""}}, nil},
		{"an indefinite worker coordinated is no associate",
			"The floors were run by Ah Long and a Vietnamese worker, Nguyen Duc Tai, workers said.",
			nil, []rel{{"Ah Long", model.AssociateOf, "Nguyen Duc Tai", ""}}},
		// A pronoun after a sentence naming two people: the subject.
		{"her daughter continues the subject of the sentence before",
			"Corazon Villacorte co-founded the firm with Guo Tianming in 2019. Her daughter, Bea Villacorte, sits on the provincial board.",
			[]rel{{"Bea Villacorte", model.FamilyOf, "Corazon Villacorte", ""}}, []rel{{"Bea Villacorte", model.FamilyOf, "Guo Tianming", ""}}},
		{"her daughter after two objects is not resolved",
			"Police questioned Corazon Villacorte and Guo Tianming in 2019. Her daughter, Bea Villacorte, sits on the provincial board.",
			nil, []rel{{"Bea Villacorte", model.FamilyOf, "Corazon Villacorte", ""}, {"Bea Villacorte", model.FamilyOf, "Guo Tianming", ""}}},
		{"the subject of a clause after 'showed that', a second predicate with 'served as'",
			"Investigation by the AMLC Secretariat showed that Mr. Marcelo Ocampo is the brother-in-law of Wang Decheng and served as a dummy for Wang in the purchase.",
			[]rel{{"Marcelo Ocampo", model.FamilyOf, "Wang Decheng", ""}, {"Marcelo Ocampo", model.AssociateOf, "Wang Decheng", ""}}, nil},
		{"a subject that met two people holds no tie to them",
			"Investigation by the AMLC Secretariat showed that Mr. Marcelo Ocampo met the brother of Wang Decheng and a partner of Lim Chhay.",
			nil, []rel{{"Marcelo Ocampo", model.AssociateOf, "Lim Chhay", ""}, {"Marcelo Ocampo", model.FamilyOf, "Wang Decheng", ""}}},
		{"a firm's controlling stockholder named through a reference",
			"The order covers Greenfields Agri-Land Corporation, the registered owner of the land, and the said corporation's controlling stockholder, Marcelo Ocampo.",
			[]rel{{"Marcelo Ocampo", model.Owns, "Greenfields Agri-Land Corporation", ""}}, nil},
		// Kin through "whose" after a description, and a hedged copula.
		{"whose husband after a description of the person",
			"The tower was built by a firm owned by Daw Khin Khin, a Yangon trader whose husband, U Zaw Min, is a retired general.",
			[]rel{{"Zaw Min", model.FamilyOf, "Khin Khin", ""}}, nil},
		{"a nephew through a hedged copula",
			"Guards were led by a major named Sok Rathy, who they say is Chea Vuthy's nephew.",
			[]rel{{"Sok Rathy", model.FamilyOf, "Chea Vuthy", ""}}, nil},
		// "the group": a body the text calls a group, not police or a ministry.
		{"the group is the armed group described in apposition, not an earlier firm",
			"Yuan Tai Holdings Group built the casino. The site is guarded by the Democratic Karen Defence Force, an armed group based nearby. The group's commander, Saw Ler Moo, denied it.",
			[]rel{{"Saw Ler Moo", model.Directs, "Democratic Karen Defence Force", ""}},
			[]rel{{"Saw Ler Moo", model.Directs, "Yuan Tai Holdings Group", ""}}},
		{"a police force is not 'the group'",
			"The Tak Provincial Police made the arrests on Monday. The group's leader, Somchai Dee, was not among them.",
			nil, []rel{{"Somchai Dee", model.Directs, "Tak Provincial Police", ""}}},
		// A body's post through its possessive, with words between the post and the name.
		{"its post of two words, then a nationality",
			"Seaview Data Corp. ran the call centre. Police also arrested its finance officer, Taiwanese national Lin Mei-hua.",
			[]rel{{"Lin Mei-hua", model.EmployedBy, "Seaview Data Corp.", ""}}, nil},
		{"the company's post after a nationality",
			"Seaview Data Corp. ran the call centre. The company's Filipino security chief, Edgardo Reyes, fled to Manila.",
			[]rel{{"Edgardo Reyes", model.EmployedBy, "Seaview Data Corp.", ""}}, nil},
		{"the group's commander known by a name",
			"The site is guarded by the Democratic Karen Defence Force, an armed group. One worker said the group's commander, known as Bo Kyaw Naing, beat him.",
			[]rel{{"Bo Kyaw Naing", model.Directs, "Democratic Karen Defence Force", ""}}, nil},
		{"a possessed noun that is no post",
			"Seaview Data Corp. ran the call centre. The firm's biggest client, Taiwanese investor Lin Mei-hua, sued.",
			nil, []rel{{"Lin Mei-hua", model.EmployedBy, "Seaview Data Corp.", ""}, {"Lin Mei-hua", model.Directs, "Seaview Data Corp.", ""}}},
		{"a post held by someone's relative is not the possessor's",
			"Kirin Pay Co., Ltd. is a payment processor. Its chief executive is Tep Sokheng's son-in-law, Sean Pisey.",
			nil, []rel{{"Tep Sokheng", model.Directs, "Kirin Pay Co., Ltd.", ""}}},
		{"'its' continues the subject of the sentence before",
			"Kirin Pay Co., Ltd. is a payment processor majority-owned by Tep Holdings Group. Its chief executive, Sean Pisey, was arrested.",
			[]rel{{"Sean Pisey", model.Directs, "Kirin Pay Co., Ltd.", ""}}, []rel{{"Sean Pisey", model.Directs, "Tep Holdings Group", ""}}},
		// "it" as the subject of a verb of holding.
		{"it owns, a sentence after the one firm named",
			"Phoenix Crown Group is registered in Hong Kong. According to filings, it owns 60% of Lanxang Hospitality Co., Ltd.",
			[]rel{{"Phoenix Crown Group", model.Owns, "Lanxang Hospitality Co., Ltd.", ""}}, nil},
		{"it owns after two firms named is not resolved",
			"Phoenix Crown Group and Mekong Star Holdings signed a deal. According to filings, it owns 60% of Lanxang Hospitality Co., Ltd.",
			nil, []rel{{"Phoenix Crown Group", model.Owns, "Lanxang Hospitality Co., Ltd.", ""}, {"Mekong Star Holdings", model.Owns, "Lanxang Hospitality Co., Ltd.", ""}}},
		{"a measure before the head describes and names nothing",
			"Agents raided Jade Crane Park on Wednesday. The 8-hectare compound, a former campus, is operated by Lucky Harvest Outsourcing Inc., a licensed firm.",
			[]rel{{"Lucky Harvest Outsourcing Inc.", model.Operates, "Jade Crane Park", ""}}, nil},
		{"a ministry's director for a field works for the ministry",
			"Eighty workers landed on Thursday, the Ministry of Foreign Affairs said. Judha Putra, the ministry's director for the protection of citizens abroad, said they were victims.",
			[]rel{{"Judha Putra", model.EmployedBy, "Ministry of Foreign Affairs", ""}}, nil},
		{"the ministry with no ministry named is no other body",
			"The Karen National Army released the workers. Judha Putra, the ministry's director for the protection of citizens abroad, said they were victims.",
			nil, []rel{{"Judha Putra", model.EmployedBy, "Karen National Army", ""}, {"Judha Putra", model.Directs, "Karen National Army", ""}}},
		{"designated for his role as an employee of a firm",
			"Tran Quoc Bao, a Vietnamese national, is designated for his role as an employee of Crystal Bay Entertainment Co., Ltd.",
			[]rel{{"Tran Quoc Bao", model.EmployedBy, "Crystal Bay Entertainment Co., Ltd.", ""}}, nil},
		{"her role after another noun phrase is not the subject's",
			"Lim Chhay praised the woman for her role as chairman of Crystal Bay Entertainment Co., Ltd.",
			nil, []rel{{"Lim Chhay", model.Directs, "Crystal Bay Entertainment Co., Ltd.", ""}}},
		// A firm's short form that reads like a person's name.
		{"a short form of a firm named before, with a board post",
			"Sun Tai Ying Technology Corp. ran the hub until May. Sun Tai Ying's president, Guo Xiaolong, left the country.",
			[]rel{{"Guo Xiaolong", model.Directs, "Sun Tai Ying Technology Corp.", ""}}, nil},
		{"a person the firm is named after keeps his relatives",
			"Lim Heng Holdings Co., Ltd. owns the park. Lim Heng's wife, Sok Vanna, fled.",
			nil, []rel{{"Sok Vanna", model.Directs, "Lim Heng Holdings Co., Ltd.", ""}, {"Sok Vanna", model.EmployedBy, "Lim Heng Holdings Co., Ltd.", ""}}},
		{"two heads of one class, the last ends the phrase",
			"Golden Reed Park sits near the river. Silver Ox Entertainment Co., Ltd. operates the casino complex.",
			[]rel{{"Silver Ox Entertainment Co., Ltd.", model.Operates, "Golden Reed Park", ""}}, nil},
		{"a site noun before a firm noun is no site",
			"Golden Reed Park sits near the river. Silver Ox Entertainment Co., Ltd. operates the hotel company.",
			nil, []rel{{"Silver Ox Entertainment Co., Ltd.", model.Operates, "Golden Reed Park", ""}}},
		// Descriptions that must stay unresolved.
		{"the company is not a site named before",
			"Golden Reed Park was raided on Monday. The company is owned by Lim Chhay, police said.",
			nil, []rel{{"Lim Chhay", model.Owns, "Golden Reed Park", ""}}},
		{"the company after two coordinated firms is either",
			"Silver Ox Entertainment Co., Ltd. and Golden Reed Trading Ltd. signed a lease. The company is owned by Lim Chhay.",
			nil, []rel{{"Lim Chhay", model.Owns, "Golden Reed Trading Ltd.", ""}, {"Lim Chhay", model.Owns, "Silver Ox Entertainment Co., Ltd.", ""}}},
		{"the company with no firm named before introduces one",
			"Lim Chhay was arrested in Phnom Penh. Police said the company paid guards at Golden Reed Park.",
			nil, []rel{{"Lim Chhay", model.Operates, "Golden Reed Park", ""}, {"Lim Chhay", model.Protects, "Golden Reed Park", ""}}},
		// Heads read only when a name carries them.
		{"the commission is the body whose name ends in it",
			"Agents of the Presidential Anti-Organized Crime Commission raided the Lucky Star Hub on Monday. A spokesman for the commission, Winston Casio, said 300 workers were freed.",
			[]rel{{"Winston Casio", model.EmployedBy, "Presidential Anti-Organized Crime Commission", ""}}, nil},
		{"the commission is not merely the nearest body",
			"Officers of the Tak Provincial Police raided the Lucky Star Hub on Monday. A spokesman for the commission, Winston Casio, said 300 workers were freed.",
			nil, []rel{{"Winston Casio", model.EmployedBy, "Tak Provincial Police", ""}}},
		// Holding through an intermediary firm.
		{"a passive through the owner's company, after a description with places",
			"The Jade Crane Park was raided on Sunday. The compound, a casino complex on the edge of Mong La in Shan State, is owned by Shan-Chinese tycoon Sai Leng Hpa through his company Mengla Jade Tourism Group.",
			[]rel{{"Mengla Jade Tourism Group", model.Owns, "Jade Crane Park", ""}, {"Sai Leng Hpa", model.Owns, "Mengla Jade Tourism Group", ""}}, nil},
		{"control of a site through a firm",
			"Lim Chhay controls Jade Crane Park through Silver Ox Entertainment Co., Ltd., of which he is chairman.",
			[]rel{{"Silver Ox Entertainment Co., Ltd.", model.Operates, "Jade Crane Park", ""}}, nil},
		{"reaching a site through a firm is no hold on it",
			"Police reached Jade Crane Park through Silver Ox Logistics Co., Ltd. on Monday.",
			nil, []rel{{"Silver Ox Logistics Co., Ltd.", model.Operates, "Jade Crane Park", ""}, {"Silver Ox Logistics Co., Ltd.", model.Owns, "Jade Crane Park", ""}}},
		// Two subjects joined through a relative share the verb.
		{"a father and daughter hold a share together",
			"Former governor Lito Ramos and his daughter, provincial board member Ana Ramos-Cruz, together hold 45 percent of Luzon Crest Realty Inc.",
			[]rel{{"Lito Ramos", model.Owns, "Luzon Crest Realty Inc.", ""}, {"Ana Ramos-Cruz", model.Owns, "Luzon Crest Realty Inc.", ""}}, nil},
		{"together with his son, two coordinated verbs",
			"The court found that Luo Zhenghua, together with his son Luo Jianfei, established and controlled Jinlong Garden, a walled compound.",
			[]rel{{"Luo Zhenghua", model.Operates, "Jinlong Garden", ""}, {"Luo Jianfei", model.Operates, "Jinlong Garden", ""}}, nil},
		{"a father and daughter who speak of a firm hold nothing",
			"Lito Ramos and his daughter, Ana Ramos-Cruz, said Luzon Crest Realty Inc. had been sold.",
			nil, []rel{{"Lito Ramos", model.Owns, "Luzon Crest Realty Inc.", ""}, {"Ana Ramos-Cruz", model.Owns, "Luzon Crest Realty Inc.", ""}}},
		// A passive after a description that names places; coordinated agents.
		{"a passive after a description with places, two agents",
			"Jade Crane Park, a walled compound in Barangay Planas, Porac, Pampanga, was raided by the Philippine National Police and the Presidential Anti-Organized Crime Commission in October.",
			[]rel{{"Philippine National Police", model.Raided, "Jade Crane Park", ""}, {"Presidential Anti-Organized Crime Commission", model.Raided, "Jade Crane Park", ""}}, nil},
		{"a relative clause with places before the passive",
			"Golden Reed Park drew attention last year. The compound, which sits in Preah Sihanouk province a short drive from the beach, is run by Lotus Bay Development Co., Ltd., a firm registered in 2019.",
			[]rel{{"Lotus Bay Development Co., Ltd.", model.Operates, "Golden Reed Park", ""}}, nil},
		{"a description naming a person is not read past",
			"Jade Crane Park, a compound in Porac owned by Lim Chhay, was raided by the Philippine National Police in October.",
			nil, []rel{{"Lim Chhay", model.Raided, "Jade Crane Park", ""}}},
		{"an agent that possesses the real agent",
			"Jade Crane Park, a walled compound in Porac, Pampanga, was raided by the Philippine National Police's Criminal Investigation and Detection Group.",
			nil, []rel{{"Philippine National Police", model.Raided, "Jade Crane Park", ""}}},
		// Coordinated agents of a passive.
		{"a passive with two coordinated agents",
			"Silver Ox Entertainment Co., Ltd. is owned by businessman Lim Chhay and his partner Tan Wei Ming.",
			[]rel{{"Lim Chhay", model.Owns, "Silver Ox Entertainment Co., Ltd.", ""}, {"Tan Wei Ming", model.Owns, "Silver Ox Entertainment Co., Ltd.", ""}}, nil},
		{"a list's last name that opens a clause of speech is no object",
			"Hengda Holdings bought Golden Reed Trading Ltd. and Silver Ox Entertainment Co., Ltd. said the sale was lawful.",
			[]rel{{"Hengda Holdings", model.Owns, "Golden Reed Trading Ltd.", ""}}, []rel{{"Hengda Holdings", model.Owns, "Silver Ox Entertainment Co., Ltd.", ""}}},
		{"a list of objects read whole",
			"Hengda Holdings bought Golden Reed Trading Ltd. and Silver Ox Entertainment Co., Ltd. in 2021.",
			[]rel{{"Hengda Holdings", model.Owns, "Golden Reed Trading Ltd.", ""}, {"Hengda Holdings", model.Owns, "Silver Ox Entertainment Co., Ltd.", ""}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			has := func(r rel) bool {
				if _, ok := got[[3]string{r.s, r.p, r.o}]; ok {
					return true
				}
				_, ok := got[[3]string{r.o, r.p, r.s}]
				return ok && model.Symmetric(r.p)
			}
			for _, w := range c.want {
				if !has(w) {
					t.Errorf("missing %s %s %s; got %v", w.s, w.p, w.o, keys(got))
				}
			}
			for _, f := range c.forbid {
				if has(f) {
					t.Errorf("wrong relation %s %s %s", f.s, f.p, f.o)
				}
			}
		})
	}
}
