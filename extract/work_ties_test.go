package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWorkTies holds the shapes of work_ties.go: work for a described employer, a job named
// before the employer, a payroll; and sentences that must give no post.
func TestWorkTies(t *testing.T) {
	x := newTestExtractor(t)
	emp := func(a, b string) []rel { return []rel{{a, model.EmployedBy, b, ""}} }
	checkRelCases(t, x, []relCase{
		{"who works for, no comma", "The recruiter was a man called Somchai Rattana who works for an agency in Yangon called Golden Harbour Co., Ltd.",
			emp("Somchai Rattana", "Golden Harbour Co., Ltd."), nil},
		{"works for a firm owned by another, no comma", "Somchai Rattana who works for a company owned by Golden Harbour Co., Ltd. was arrested.",
			nil, emp("Somchai Rattana", "Golden Harbour Co., Ltd.")},
		{"the employer described before its name", "Lim Sokha worked only for a rice export firm, Mekong Harvest Trading Co., Ltd.",
			emp("Lim Sokha", "Mekong Harvest Trading Co., Ltd."), nil},
		{"an employer called by its name after a place", "Daw Hla Hla works for an agency in Mandalay called Bright Path Manpower Co., Ltd.",
			emp("Hla Hla", "Bright Path Manpower Co., Ltd."), nil},
		{"employed by a described firm", "Min Thu Aung was employed by a security company, Iron Gate Guard Services Co., Ltd.",
			emp("Min Thu Aung", "Iron Gate Guard Services Co., Ltd."), nil},
		{"the job before the employer", "Nguyen Van Binh worked as a cook at Silver Lotus Entertainment Co., Ltd. until 2023.",
			emp("Nguyen Van Binh", "Silver Lotus Entertainment Co., Ltd."), nil},
		{"on the payroll", "Investigators said Chea Vanna was on the payroll of Golden Orchid Holdings Co., Ltd. for two years.",
			emp("Chea Vanna", "Golden Orchid Holdings Co., Ltd."), nil},
		// Must not fire.
		{"a firm owned by the other", "Lim Sokha worked for a company owned by Mekong Harvest Trading Co., Ltd.",
			nil, emp("Lim Sokha", "Mekong Harvest Trading Co., Ltd.")},
		{"a description with no employer's noun", "Lim Sokha worked for a while, Mekong Harvest Trading Co., Ltd. confirmed.",
			nil, emp("Lim Sokha", "Mekong Harvest Trading Co., Ltd.")},
		{"a job in a place", "Nguyen Van Binh worked as a cook in Sihanoukville before the raid.",
			nil, []rel{{"Nguyen Van Binh", model.EmployedBy, "Sihanoukville", ""}}},
	})
}
