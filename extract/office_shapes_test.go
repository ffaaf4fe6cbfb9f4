package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOfficeShapes holds the shapes of office_shapes.go and their must-not-fire cases, and a
// firm's post never held in a military unit (firmPostOfUnit).
func TestOfficeShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a place's possessive before the body", "Records show Ly Vannaroth serves as an adviser to Cambodia's Ministry of Tourism.",
			[]rel{{"Ly Vannaroth", model.EmployedBy, "Ministry of Tourism of Cambodia", ""}}, nil},
		{"chaired by a possessed kin noun set off before the name", "Golden Sands Investment Group, a property developer now chaired by the senator's wife, Heng Leakhena, declined to comment.",
			[]rel{{"Heng Leakhena", model.Directs, "Golden Sands Investment Group", ""}}, nil},
		{"whose post was a possessed kin noun, then the name", "Lotus Bridge Trading Ltd., a company incorporated in the British Virgin Islands, whose nominal director was the defendant's cousin, Ong Mei Ling, received the funds.",
			[]rel{{"Ong Mei Ling", model.Directs, "Lotus Bridge Trading Ltd.", ""}}, nil},
		{"whose post was a named person's kin is the kin's post", "Lotus Bridge Trading Ltd., whose director was Chen Zhi's cousin, Ong Mei Ling, received the funds.",
			nil, []rel{{"Chen Zhi", model.Directs, "Lotus Bridge Trading Ltd.", ""}}},
		{"a post set off by a dash after a description", "Jinlong Tianyu Investment Co., Ltd. runs the site. Ah Feng, a Malaysian Chinese man — general manager of the company, ran the floors.",
			[]rel{{"Ah Feng", model.Directs, "Jinlong Tianyu Investment Co., Ltd.", ""}}, nil},
		{"a dash after a description that names no post", "Jinlong Tianyu Investment Co., Ltd. runs the site. Ah Feng, a Malaysian man — a friend of the company, ran the floors.",
			nil, []rel{{"Ah Feng", model.Directs, "Jinlong Tianyu Investment Co., Ltd.", ""}, {"Ah Feng", model.EmployedBy, "Jinlong Tianyu Investment Co., Ltd.", ""}}},
		{"a veteran of a force", "Police said Anucha Srisuwan, 48, a 22-year veteran of the Royal Thai Police, took bribes.",
			[]rel{{"Anucha Srisuwan", model.EmployedBy, "Royal Thai Police", ""}}, nil},
		{"a veteran of a body's war is no post", "Police said Anucha Srisuwan, a veteran of wars fought against the Royal Thai Police, took bribes.",
			nil, []rel{{"Anucha Srisuwan", model.EmployedBy, "Royal Thai Police", ""}}},
		{"a seat on a body's committee", "Records show Chatchai Tangsiri also sits on the committee of the Tak Chamber of Commerce.",
			[]rel{{"Chatchai Tangsiri", model.MemberOf, "Tak Chamber of Commerce", ""}}, nil},
		{"a seat on a committee of what the body has", "Records show Chatchai Tangsiri sits on the committee of the Tak Chamber of Commerce's youth wing.",
			nil, []rel{{"Chatchai Tangsiri", model.MemberOf, "Tak Chamber of Commerce", ""}}},
		{"a body under its head, titles before the name", "The raid was led by Preah Sihanouk Provincial Police under provincial police chief Brigadier General Chuon Vannak.",
			[]rel{{"Chuon Vannak", model.Directs, "Preah Sihanouk Provincial Police", ""}}, nil},
		{"under a name with no post", "The raid was led by Preah Sihanouk Provincial Police under orders from Chuon Vannak.",
			nil, []rel{{"Chuon Vannak", model.Directs, "Preah Sihanouk Provincial Police", ""}}},
		{"a post in a record a body keeps", "Zhang Weiming, 47, is listed in Ministry of Commerce filings as general manager of Bay Star Development Co., Ltd., which runs the complex.",
			[]rel{{"Zhang Weiming", model.Directs, "Bay Star Development Co., Ltd.", ""}},
			[]rel{{"Zhang Weiming", model.Directs, "Ministry of Commerce", ""}, {"Zhang Weiming", model.EmployedBy, "Ministry of Commerce", ""}}},
		{"a firm's post read back to a battalion", "Colonel Saw Kyaw Naing commands BGF Battalion 1023. Its chairman is Lin Zhenhao, a Chinese businessman.",
			nil, []rel{{"Lin Zhenhao", model.Directs, "BGF Battalion 1023", ""}}},
		{"a battalion's commander is still read", "Workers said Saw Kyaw Naing, the commander of BGF Battalion 1023, guards the gate.",
			[]rel{{"Saw Kyaw Naing", model.Directs, "BGF Battalion 1023", ""}}, nil},
		{"a rank in a force", "Records show Lim Phalla is a major in the Oddar Meanchey Provincial Gendarmerie.",
			[]rel{{"Lim Phalla", model.EmployedBy, "Oddar Meanchey Provincial Gendarmerie", ""}}, nil},
		{"a major shareholder is no rank", "Records show Lim Phalla is a major shareholder in Golden Sands Investment Group.",
			[]rel{{"Lim Phalla", model.Owns, "Golden Sands Investment Group", ""}}, []rel{{"Lim Phalla", model.MemberOf, "Golden Sands Investment Group", ""}}},
	}
	checkRelCases(t, x, cases)
}
