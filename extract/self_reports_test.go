package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSelfReports holds the ties a person states of themself in reported speech
// (self_reports.go), and the cases where the pronoun may be someone else.
func TestSelfReports(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"told a body that he had been retained", "Atty. Rodel Santos told the Senate Committee on Women and Children that he had been retained by Luckyhub Sky Technology Inc. in 2022.",
			[]rel{{"Rodel Santos", model.EmployedBy, "Luckyhub Sky Technology Inc.", ""}}, nil},
		{"claimed that she was an employee", "Rowena Lacson claimed that she was an employee of Tarlac Manpower Link Services, a recruitment agency.",
			[]rel{{"Rowena Lacson", model.EmployedBy, "Tarlac Manpower Link Services", ""}}, nil},
		{"told another person that he", "Lim Heng told Chen Zhi that he was a director of Golden Fortune Co., Ltd.",
			nil, []rel{{"Lim Heng", model.Directs, "Golden Fortune Co., Ltd.", ""}}},
		{"a person named before the speaker: the he may be that person", "Chen Hao's wife Mei Ling said he owns the Jade Orchid Park compound.",
			nil, []rel{{"Mei Ling", model.Owns, "Jade Orchid Park", ""}}},
		{"said that a body hired no one", "Rowena Lacson said that she had sued Tarlac Manpower Link Services in 2020.",
			nil, []rel{{"Rowena Lacson", model.EmployedBy, "Tarlac Manpower Link Services", ""}}},
	}
	checkRelCases(t, x, cases)
}
