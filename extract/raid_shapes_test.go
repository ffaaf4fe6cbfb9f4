package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidShapes holds the rules of raid_shapes.go and the members of a body who entered a
// site and removed people from it (raids_joint.go): recall cases and cases where nothing may
// be read.
func TestRaidShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a raid named as a noun, then led by a body",
			"The raid on Lotus Reef Hub was led by the National Bureau of Investigation.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Lotus Reef Hub", ""}},
			[]rel{{"National Bureau of Investigation", model.Operates, "Lotus Reef Hub", ""}}},
		{"a body's verb of a sweep",
			"The Philippine National Police swept Lotus Reef Hub on Friday. The Royal Thai Police busted Jade Lake Park.",
			[]rel{{"Philippine National Police", model.Raided, "Lotus Reef Hub", ""}, {"Royal Thai Police", model.Raided, "Jade Lake Park", ""}}, nil},
		{"a site named after the class noun the raid verb takes",
			"The Philippine National Police raided the compound, known as Lotus Reef Hub, in May.",
			[]rel{{"Philippine National Police", model.Raided, "Lotus Reef Hub", ""}}, nil},
		{"a body's officers entered a site and removed workers",
			"Officers from the Kampot Provincial Police entered Lotus Reef Hub on 2 May and removed 300 foreign workers.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Lotus Reef Hub", ""}}, nil},
		{"a body, a long partner set off in cooperation with it, then an operation to crack down at a site",
			"On 3 June the Kampot Provincial Police Commissariat, in cooperation with the Anti-Human Trafficking and Juvenile Protection Department of the General Commissariat of National Police, conducted an operation to crack down on an online fraud base located at Lotus Reef Hub.",
			[]rel{{"Kampot Provincial Police Commissariat", model.Raided, "Lotus Reef Hub", ""}, {"Anti-Human Trafficking and Juvenile Protection Department", model.Raided, "Lotus Reef Hub", ""}},
			[]rel{{"General Commissariat of National Police", model.Raided, "Lotus Reef Hub", ""}}},
		{"an operation conducted by a body, its partner with the partner's parent, then the site",
			"Twelve people were arrested in an operation conducted by the Kandal Provincial Police, in cooperation with the Department of Anti-Cyber Crime of the General Commissariat of National Police, at the Lotus Reef Hub compound on Friday.",
			[]rel{{"Kandal Provincial Police", model.Raided, "Lotus Reef Hub", ""}, {"Department of Anti-Cyber Crime", model.Raided, "Lotus Reef Hub", ""}},
			[]rel{{"General Commissariat of National Police", model.Raided, "Lotus Reef Hub", ""}}},
		{"a body that confirmed in a post that they raided a site with a partner",
			"Kandal Provincial Police have confirmed in a post that they raided Lotus Reef Hub this morning together with the Department of Anti-Cyber Crime.",
			[]rel{{"Kandal Provincial Police", model.Raided, "Lotus Reef Hub", ""}, {"Department of Anti-Cyber Crime", model.Raided, "Lotus Reef Hub", ""}}, nil},
		// Precision.
		{"a body that confirmed in a post that others raided a site",
			"Kandal Provincial Police have confirmed in a post that soldiers raided Lotus Reef Hub this morning.",
			nil, []rel{{"Kandal Provincial Police", model.Raided, "Lotus Reef Hub", ""}}},
		{"a study conducted by a body with a partner, at a site",
			"A survey conducted by the Kandal Provincial Police, in cooperation with the Department of Anti-Cyber Crime, at the Lotus Reef Hub compound counted 300 rooms.",
			nil, []rel{{"Kandal Provincial Police", model.Raided, "Lotus Reef Hub", ""}, {"Department of Anti-Cyber Crime", model.Raided, "Lotus Reef Hub", ""}}},
		{"a body that only wrote a report in cooperation with another",
			"The Kampot Provincial Police Commissariat, in cooperation with the Department of Anti-Cyber Crime, wrote a report on Lotus Reef Hub.",
			nil, []rel{{"Kampot Provincial Police Commissariat", model.Raided, "Lotus Reef Hub", ""}, {"Department of Anti-Cyber Crime", model.Raided, "Lotus Reef Hub", ""}}},
		{"a project on a site led by a body is no raid",
			"The expansion of Lotus Reef Hub was led by the Bases Conversion and Development Authority.",
			nil, []rel{{"Bases Conversion and Development Authority", model.Raided, "Lotus Reef Hub", ""}}},
		{"a body's officers who entered a site and spoke",
			"Officers from the Kampot Provincial Police entered Lotus Reef Hub and said it was empty.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Lotus Reef Hub", ""}}},
		{"a body that swept the streets near a site",
			"The Philippine National Police swept the streets near Lotus Reef Hub.",
			nil, []rel{{"Philippine National Police", model.Raided, "Lotus Reef Hub", ""}}},
	}
	checkRelCases(t, x, cases)
}
