package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDesignationForms holds the sanction rules of designations.go and the designation forms
// added to the agentless and relative-clause readers: recall cases and cases where nothing
// may be read.
func TestDesignationForms(t *testing.T) {
	x := newTestExtractor(t)
	const ofac = "Office of Foreign Assets Control"
	const amlc = "Anti-Money Laundering Council"
	filler := " Prices rose in the market. Traders complained about the roads. The rains came late this year. Schools reopened in March."
	cases := []relCase{
		{"a run of agentless designations keeps the body named at its start",
			"The Office of Foreign Assets Control (OFAC) today sanctioned two people and a firm. Lim Bora, a Cambodian developer, is designated as the owner of the Ruby Lake Park. He runs the park through Ruby Lake Holdings Co., Ltd. Ruby Lake Holdings Co., Ltd. is also designated. The firm hired guards from the province. Its manager ordered beatings. Chan Sophal, the firm's accountant, is designated for moving the park's money.",
			[]rel{{"Lim Bora", model.SanctionedBy, ofac, ""}, {"Ruby Lake Holdings Co., Ltd.", model.SanctionedBy, ofac, ""}, {"Chan Sophal", model.SanctionedBy, ofac, ""}}, nil},
		{"a name set off as also designated",
			"OFAC today designated Golden Reed Co., Ltd., which is owned by Pham Van Long, also designated.",
			[]rel{{"Golden Reed Co., Ltd.", model.SanctionedBy, ofac, ""}, {"Pham Van Long", model.SanctionedBy, ofac, ""}}, nil},
		{"a relative clause after an apposition: who was also designated",
			"OFAC today designated the Golden Reed Casino's owner. Its floors are run by Zheng Hao, a Chinese national, who was also designated today.",
			[]rel{{"Zheng Hao", model.SanctionedBy, ofac, ""}}, nil},
		{"the progressive: a body is designating, and a firm which the body is designating",
			"OFAC is further designating Kestrel Mining Co., Ltd., a supplier of the compound. Blue Heron Trading Ltd., which OFAC is designating today, moved the payments.",
			[]rel{{"Kestrel Mining Co., Ltd.", model.SanctionedBy, ofac, ""}, {"Blue Heron Trading Ltd.", model.SanctionedBy, ofac, ""}}, nil},
		{"a notice's record rows, the surname first in capitals, and a record row after them",
			"Liu Zhenghao and his business partner, Tang Meixiu, run a casino in Tachileik. OFAC today designated the two and a firm.\nLIU, Zhenghao (a.k.a. LAU, Ching-ho); DOB 3 May 1970; nationality China — designated pursuant to E.O. 13818.\nTANG, Meixiu; DOB 9 Jan 1981; nationality China — designated pursuant to E.O. 13818.\nHARBOUR MIST TRADING LIMITED; Macau.\nThe designations follow a year-long inquiry.",
			[]rel{{"Liu Zhenghao", model.SanctionedBy, ofac, ""}, {"Tang Meixiu", model.SanctionedBy, ofac, ""}, {"HARBOUR MIST TRADING LIMITED", model.SanctionedBy, ofac, ""}}, nil},
		{"a record row closed by a sanctions program tag",
			"Chen Zhiyong runs the Prince Harbor Group. OFAC today sanctioned a network of 40 targets.\nThe following is identifying information:\nCHEN, Zhiyong (a.k.a. CHEN, Vincent); DOB 16 Dec 1987; nationality Cambodia; Gender Male (individual) [TCO].\nThe action follows months of work.",
			[]rel{{"Chen Zhiyong", model.SanctionedBy, ofac, ""}}, nil},
		{"what a freeze order covers, over semicolons, and what it likewise covers",
			"The Anti-Money Laundering Council (AMLC) said the Court of Appeals granted its petition for a freeze order. The freeze order covers the assets of Silver Pine Gaming Corp., the operator of the hub; its treasurer, Ramon Dizon; and its auditor, Liza Cruz. It likewise covers Bright Acre Realty Inc., the owner of the land.",
			[]rel{{"Silver Pine Gaming Corp.", model.SanctionedBy, amlc, ""}, {"Ramon Dizon", model.SanctionedBy, amlc, ""}, {"Liza Cruz", model.SanctionedBy, amlc, ""}, {"Bright Acre Realty Inc.", model.SanctionedBy, amlc, ""}},
			[]rel{{"Silver Pine Gaming Corp.", model.SanctionedBy, "Court of Appeals", ""}}},
		{"a body in a compound adjective before the name it sanctioned",
			"The U.S.-sanctioned Huione Group moved the funds.",
			[]rel{{"Huione Group", model.SanctionedBy, "United States", ""}}, nil},
		{"among a count of people sanctioned by a body",
			"Ma Qiang was among 20 people sanctioned by the European Union.",
			[]rel{{"Ma Qiang", model.SanctionedBy, "European Union", ""}}, nil},
		{"facing sanctions from a body, and subject to a body's sanctions",
			"Xu Yanmei faces sanctions from the United States. Ruby Star Group has been subject to U.S. Treasury sanctions since 2020.",
			[]rel{{"Xu Yanmei", model.SanctionedBy, "United States", ""}, {"Ruby Star Group", model.SanctionedBy, "US Department of the Treasury", ""}}, nil},
		// A state named where its designating office is named too speaks for the office
		// (sanction_offices.go): the shapes told of a state have a page of their own.
		{"a body hit a name with sanctions",
			"Last year the Office of Foreign Assets Control hit Xu Yanmei with sanctions.",
			[]rel{{"Xu Yanmei", model.SanctionedBy, ofac, ""}}, nil},
		{"a state hit a name with sanctions",
			"In May the United States hit Golden Orchid Ltd., a casino firm, with fresh sanctions.",
			[]rel{{"Golden Orchid Ltd.", model.SanctionedBy, "United States", ""}}, nil},
		{"a noun for the act, with its list: those designated include, the action targets",
			"The Office of Foreign Assets Control (OFAC) took action on Tuesday against a scam network. Those designated today include Ko Myint, Golden Lane Co., Ltd. and Saw Ba Thein. Today's action also targets Liu Jiahao.",
			[]rel{{"Ko Myint", model.SanctionedBy, ofac, ""}, {"Golden Lane Co., Ltd.", model.SanctionedBy, ofac, ""}, {"Saw Ba Thein", model.SanctionedBy, ofac, ""}}, nil},
		{"asset freezes imposed on names, assets frozen by a body",
			"The United Kingdom has frozen the assets of Mei Ling Trading and its director, Cao Wen. Asset freezes were imposed on Yang Tao.",
			[]rel{{"Mei Ling Trading", model.SanctionedBy, "United Kingdom", ""}, {"Cao Wen", model.SanctionedBy, "United Kingdom", ""}, {"Yang Tao", model.SanctionedBy, "United Kingdom", ""}}, nil},
		{"a notice that designates 'the following individuals and entities:' and a list",
			"OFAC is designating the following individuals and entities:\nLin Weiguo, a Chinese national who owns Jade River Park;\nJade River Development Co., Ltd., the developer of the park.",
			[]rel{{"Lin Weiguo", model.SanctionedBy, ofac, ""}, {"Jade River Development Co., Ltd.", model.SanctionedBy, ofac, ""}}, nil},
		{"a designated firm qualified by its place",
			"OFAC is further designating Bangkok-based Siam Rich Logistics Co., Ltd., which moved equipment across the border.",
			[]rel{{"Siam Rich Logistics Co., Ltd.", model.SanctionedBy, ofac, ""}}, []rel{{"Bangkok", model.SanctionedBy, ofac, ""}}},
		{"verbs of imposing measures on names, and a body's action targeting them",
			"The European Union decided to impose restrictive measures on Zhang Wei. Canada is imposing sanctions on Liu Fang and Crystal Lake Ltd. Australia imposed targeted financial sanctions and travel bans on Sun Mei. The Office of Foreign Assets Control met the press. OFAC's action today targets Lee Kwan.",
			[]rel{{"Zhang Wei", model.SanctionedBy, "European Union", ""}, {"Liu Fang", model.SanctionedBy, "Canada", ""}, {"Crystal Lake Ltd.", model.SanctionedBy, "Canada", ""}, {"Sun Mei", model.SanctionedBy, "Australia", ""}, {"Lee Kwan", model.SanctionedBy, ofac, ""}}, nil},
		{"a body's compound adjective in an apposition; sanctions on a name; hit by a body's sanctions; placed under sanctions; listed on a list",
			"Lin Baoguo, a U.S.-sanctioned businessman, owns the hotel. United States sanctions on Zhao Ming took effect in May. Chen Wuxing was hit by United Kingdom sanctions in 2023. Huang Lifeng, who was placed under sanctions by the European Union, runs casinos.",
			[]rel{{"Lin Baoguo", model.SanctionedBy, "United States", ""}, {"Zhao Ming", model.SanctionedBy, "United States", ""}, {"Chen Wuxing", model.SanctionedBy, "United Kingdom", ""}, {"Huang Lifeng", model.SanctionedBy, "European Union", ""}}, nil},
		{"an office listed a name on its list",
			"The Office of Foreign Assets Control listed Dong Lai on its Specially Designated Nationals list.",
			[]rel{{"Dong Lai", model.SanctionedBy, ofac, ""}}, nil},
		{"a labelled list of the sanctioned; on a body's list; slapped with sanctions; the target of a body's sanctions",
			"The Office of Foreign Assets Control published a list. Sanctioned entities: Golden Lane Co., Ltd. and Red Tiger Holdings. Chen Wuxing appears on the Office of Foreign Assets Control's SDN list. Zhao Ming was slapped with sanctions by Canada. Huang Lifeng became the target of United Kingdom sanctions last year.",
			[]rel{{"Golden Lane Co., Ltd.", model.SanctionedBy, ofac, ""}, {"Red Tiger Holdings", model.SanctionedBy, ofac, ""}, {"Chen Wuxing", model.SanctionedBy, ofac, ""}, {"Zhao Ming", model.SanctionedBy, "Canada", ""}, {"Huang Lifeng", model.SanctionedBy, "United Kingdom", ""}}, nil},
		// Precision.
		{"a labelled list of visitors; on a body's guest list; the target of a body's inquiry",
			"The Office of Foreign Assets Control published a list. Visiting entities: Golden Lane Co., Ltd. and Red Tiger Holdings. Chen Wuxing appears on the Office of Foreign Assets Control's guest list. Huang Lifeng became the target of United Kingdom inquiries last year.",
			nil, []rel{{"Golden Lane Co., Ltd.", model.SanctionedBy, ofac, ""}, {"Chen Wuxing", model.SanctionedBy, ofac, ""}, {"Huang Lifeng", model.SanctionedBy, "United Kingdom", ""}}},
		{"measures imposed on trade, a body's taxes on a name, a list of guests",
			"Canada imposed new rules on imports from Liu Fang's firm. United States taxes on Zhao Ming rose. The Office of Foreign Assets Control listed Dong Lai among its guests.",
			nil, []rel{{"Liu Fang", model.SanctionedBy, "Canada", ""}, {"Zhao Ming", model.SanctionedBy, "United States", ""}, {"Dong Lai", model.SanctionedBy, ofac, ""}}},
		{"a body hit a name with questions; the measures include a ban on a bank's trade",
			"Last year the Office of Foreign Assets Control hit Xu Yanmei with questions. The Office of Foreign Assets Control sanctioned a network. The measures include a ban on trade with Rizal Commercial Banking Corporation.",
			nil, []rel{{"Xu Yanmei", model.SanctionedBy, ofac, ""}, {"Rizal Commercial Banking Corporation", model.SanctionedBy, ofac, ""}}},
		{"those interviewed include names: no designation",
			"The Office of Foreign Assets Control (OFAC) sanctioned a network on Tuesday. Those interviewed include Ko Myint and Saw Ba Thein.",
			nil, []rel{{"Ko Myint", model.SanctionedBy, ofac, ""}, {"Saw Ba Thein", model.SanctionedBy, ofac, ""}}},
		{"among people a body interviewed, facing questions from a body, subject to a body's rules",
			"Ma Qiang was among 20 people interviewed by the European Union. Xu Yanmei faces questions from the United States. Ruby Star Group has been subject to U.S. Treasury rules since 2020.",
			nil, []rel{{"Ma Qiang", model.SanctionedBy, "European Union", ""}, {"Xu Yanmei", model.SanctionedBy, "United States", ""}, {"Ruby Star Group", model.SanctionedBy, "US Department of the Treasury", ""}}},
		{"a relative clause that names who designated does not take the body before",
			"OFAC today designated a casino owner. Its floors are run by Zheng Hao, a Chinese national, who was designated by Interpol as a contact.",
			nil, []rel{{"Zheng Hao", model.SanctionedBy, ofac, ""}}},
		{"a designation far from any body that sanctions is not read",
			"OFAC designated Jin Hai Co., Ltd. on Monday." + filler + " Zhou Ping was designated as the village's contact person.",
			[]rel{{"Jin Hai Co., Ltd.", model.SanctionedBy, ofac, ""}}, []rel{{"Zhou Ping", model.SanctionedBy, ofac, ""}}},
		{"a row closed by a bracketed tag with no body that designates",
			"Chen Zhiyong runs the Prince Harbor Group.\nCHEN, Zhiyong; born 1987; Phnom Penh [NOTE].\nThe action follows months of work.",
			nil, []rel{{"Chen Zhiyong", model.SanctionedBy, ofac, ""}}},
		{"record rows that no row says are designated stay unread",
			"OFAC designated Jin Hai Co., Ltd. on Monday. Wang Lei and Chen Yu answered questions from reporters.\nMedia contacts:\nWANG, Lei; press officer; phone 202 555 0100.\nCHEN, Yu; deputy press officer.",
			nil, []rel{{"Wang Lei", model.SanctionedBy, ofac, ""}, {"Chen Yu", model.SanctionedBy, ofac, ""}}},
		{"the bank that holds the frozen accounts is not frozen",
			"The Anti-Money Laundering Council sought a freeze order on Friday. The freeze order covers accounts held at Rizal Commercial Banking Corporation and at Metrobank.",
			nil, []rel{{"Rizal Commercial Banking Corporation", model.SanctionedBy, amlc, ""}, {"Metrobank", model.SanctionedBy, amlc, ""}}},
	}
	checkRelCases(t, x, cases)
}
