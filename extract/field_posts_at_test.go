package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFieldPostsAt holds a staff post narrowed by its field before the body ("X, a lecturer
// in finance law at Y") to sentences that make the holder staff of the body, and to sentences
// that must not. The names are invented.
func TestFieldPostsAt(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a lecturer in a field at a university",
			"Nurul Aini Ismail, a lecturer in finance law at Universiti Malaya, said lenders cannot claim to be passive.",
			[]rel{{"Nurul Aini Ismail", model.EmployedBy, "Universiti Malaya", ""}},
			nil},
		{"a senior researcher on a topic",
			"Anan Sukjai, a senior researcher on migration at Mahidol University, said the workers were trafficked.",
			[]rel{{"Anan Sukjai", model.EmployedBy, "Mahidol University", ""}},
			nil},
		{"an analyst with an institute",
			"Lim Mei Ling, an analyst for regional security with the Lowy Institute, said the network had moved.",
			[]rel{{"Lim Mei Ling", model.EmployedBy, "Lowy Institute", ""}},
			nil},
		{"an adviser on compliance at a firm",
			"Chen Wei, an adviser on compliance at Golden Dragon Trading Co., Ltd., declined to comment.",
			[]rel{{"Chen Wei", model.EmployedBy, "Golden Dragon Trading Co., Ltd.", ""}},
			nil},
		{"a specialist in trafficking at a rights group",
			"Maria Santos, a specialist in human trafficking at Human Rights Watch, said the rescue came late.",
			[]rel{{"Maria Santos", model.EmployedBy, "Human Rights Watch", ""}},
			nil},
		{"a visiting fellow in a field",
			"Tan Boon Keat, a visiting fellow in Southeast Asian studies at the ISEAS-Yusof Ishak Institute, wrote the report.",
			[]rel{{"Tan Boon Keat", model.EmployedBy, "ISEAS-Yusof Ishak Institute", ""}},
			nil},
		{"the writer's description stays stated beside a hedge on the clause",
			"Police said Chen Wei, an adviser on compliance at Golden Dragon Trading Co., Ltd., had reportedly fled.",
			[]rel{{"Chen Wei", model.EmployedBy, "Golden Dragon Trading Co., Ltd.", ""}},
			nil},
		{"a hedge inside the apposition reads nothing",
			"Chen Wei, reportedly an adviser on compliance at Golden Dragon Trading Co., Ltd., declined to comment.",
			nil,
			[]rel{{"Chen Wei", model.EmployedBy, "Golden Dragon Trading Co., Ltd.", model.Reported}}},
		{"a place in the field reads nothing",
			"Jason Hale, a country director for Burma at the United States Institute of Peace, said the crisis was growing.",
			nil,
			[]rel{{"Jason Hale", model.EmployedBy, "United States Institute of Peace", ""}, {"Jason Hale", model.Directs, "United States Institute of Peace", ""}}},
		{"another name between",
			"Chen Wei, a relative of Lin Bao, an adviser on compliance at Golden Dragon Trading Co., Ltd., declined to comment.",
			nil,
			[]rel{{"Chen Wei", model.EmployedBy, "Golden Dragon Trading Co., Ltd.", ""}}},
		{"a student is no staff",
			"Chen Wei, a student in finance law at Universiti Malaya, posted the video.",
			nil,
			[]rel{{"Chen Wei", model.EmployedBy, "Universiti Malaya", ""}}},
	}
	checkRelCases(t, x, cases)
}
