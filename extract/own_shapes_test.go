package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOwnShapes holds each rule of own_shapes.go to sentences it must read and sentences
// where it must stay silent. The names are invented.
func TestOwnShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
	}{
		// A post in a "whose" clause after a description of the body.
		{"whose post after a description that places the firm and dates it",
			"Investigators traced the payments to Silver Crane Trading Co., Ltd., a firm registered in Bangkok in 2019 whose chairman is Pravit Somsak.",
			[]rel{{"Pravit Somsak", model.Directs, "Silver Crane Trading Co., Ltd.", ""}},
			nil},
		{"whose post after a description set off by a comma, the holder called accused",
			"The floors were leased to Red Lantern Gaming Inc., a licensed online gaming operator, whose chief executive was accused Gao Ming.",
			[]rel{{"Gao Ming", model.Directs, "Red Lantern Gaming Inc.", ""}},
			nil},
		{"whose post held by a relative named after a kin possessive",
			"The money went to Blue Heron Holdings Ltd., a shell company, whose managing director is Tan Wei's nephew, Aung Min Htet.",
			[]rel{{"Aung Min Htet", model.Directs, "Blue Heron Holdings Ltd.", ""}},
			[]rel{{"Tan Wei", model.Directs, "Blue Heron Holdings Ltd.", ""}}},
		{"a whose clause after a person is no post in the firm before",
			"Silver Crane Trading Co., Ltd. hired Tan Wei, a lawyer whose brother, Aung Min Htet, was later arrested.",
			nil,
			[]rel{{"Aung Min Htet", model.Directs, "Silver Crane Trading Co., Ltd.", ""}, {"Aung Min Htet", model.EmployedBy, "Silver Crane Trading Co., Ltd.", ""}}},
		{"the holder of the post is the relative, not the name before the possessive",
			"Payments reached Red Lantern Gaming Inc., a gaming operator, whose chief executive is Gao Ming's brother.",
			nil,
			[]rel{{"Gao Ming", model.Directs, "Red Lantern Gaming Inc.", ""}}},
		{"a whose clause closing a description that ends in another body belongs to that body",
			"The money went to Blue Heron Holdings Ltd., a subsidiary of Silver Crane Trading Co., Ltd. whose chairman is Pravit Somsak.",
			nil,
			[]rel{{"Pravit Somsak", model.Directs, "Blue Heron Holdings Ltd.", ""}}},
		{"a share in a whose clause right after the firm, held by a relative",
			"The money went to Blue Heron Holdings Ltd., whose sole shareholder of record is Tan Wei's wife, Mya Mya.",
			[]rel{{"Mya Mya", model.Owns, "Blue Heron Holdings Ltd.", ""}},
			[]rel{{"Tan Wei", model.Owns, "Blue Heron Holdings Ltd.", ""}}},
		{"a share in a whose clause after a description is not read",
			"The money went to Blue Heron Holdings Ltd., a Labuan shell whose sole shareholder of record is Mya Mya.",
			nil,
			[]rel{{"Mya Mya", model.Owns, "Blue Heron Holdings Ltd.", ""}}},
		// A participle ending a description of a site or a firm.
		{"a site described by its buildings and places, then who runs it",
			"Rescuers reached Lotus Bay Park, two office towers in Bavet, Svay Rieng, run by Golden Reed Co., Ltd.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"a site placed by a compass direction, then who operates it",
			"Lotus Bay Park, a gated compound south of the border crossing operated by Golden Reed Co., Ltd., was raided on Monday.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"a site described, then who developed it",
			"Workers were held at Lotus Bay Park, a casino complex in Sihanoukville developed by Golden Reed Co., Ltd.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"a firm described, then its chairman with a nationality and a calling",
			"The tower was sold to Golden Reed Co., Ltd., a property developer in Phnom Penh chaired by Chinese businessman Gao Ming.",
			[]rel{{"Gao Ming", model.Directs, "Golden Reed Co., Ltd.", ""}},
			nil},
		{"a participle after another noun of the description is that noun's",
			"Lotus Bay Park, a compound next to a market run by Golden Reed Co., Ltd., was raided.",
			nil,
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Lotus Bay Park", ""}}},
		{"a site's description does not make a firm run by its agent",
			"Police searched Golden Reed Co., Ltd., a casino in Bavet run by Gao Ming, on Friday.",
			nil,
			[]rel{{"Gao Ming", model.Directs, "Golden Reed Co., Ltd.", ""}}},
		{"an agent read through a possessive pronoun is that one's relative",
			"Mya Mya said Golden Reed Co., Ltd., a trading firm in Bavet owned by her brother, paid the guards.",
			nil,
			[]rel{{"Mya Mya", model.Owns, "Golden Reed Co., Ltd.", ""}}},
		// The object of a relative clause whose subject is the holder.
		{"a firm described, then a relative clause whose subject directs it",
			"Payments went through Silver Crane Pay Ltd, a Labuan shell that Tan Wei's nephew Aung Min Htet directs.",
			[]rel{{"Aung Min Htet", model.Directs, "Silver Crane Pay Ltd", ""}},
			[]rel{{"Tan Wei", model.Directs, "Silver Crane Pay Ltd", ""}}},
		{"a site described, then a relative clause whose subject runs it",
			"Police raided Jade Moon Park, a compound that Gao Ming runs with his brother.",
			[]rel{{"Gao Ming", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"a firm described, then a relative clause whose subject owned it",
			"Investigators froze the accounts of Red Lantern Trading Inc., a trading company which Gao Ming owned until 2022.",
			[]rel{{"Gao Ming", model.Owns, "Red Lantern Trading Inc.", ""}},
			nil},
		{"the relative clause's verb is no holding",
			"Police searched Red Lantern Trading Inc., a trading company that Gao Ming visited twice.",
			nil,
			[]rel{{"Gao Ming", model.Owns, "Red Lantern Trading Inc.", ""}, {"Gao Ming", model.Directs, "Red Lantern Trading Inc.", ""}}},
		{"the verb's object is another noun of the clause",
			"Police searched Red Lantern Trading Inc., a trading company that Gao Ming owns shares of through a trust.",
			nil,
			[]rel{{"Gao Ming", model.Directs, "Red Lantern Trading Inc.", ""}}},
		// A verb of management other than run.
		{"a site administered by a firm",
			"The Lotus Bay Special Economic Zone itself is administered by Silver Crane Holdings Ltd.",
			[]rel{{"Silver Crane Holdings Ltd.", model.Operates, "Lotus Bay Special Economic Zone", ""}},
			nil},
		{"a site under the management of a firm, told in a relative clause",
			"Lotus Bay Park, which is under the day-to-day management of Silver Crane Holdings Ltd., was raided.",
			[]rel{{"Silver Crane Holdings Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"a firm took over the management of a site",
			"Silver Crane Holdings Ltd. took over the management of Lotus Bay Park in 2021.",
			[]rel{{"Silver Crane Holdings Ltd.", model.Operates, "Lotus Bay Park", ""}},
			nil},
		{"a firm administers a site",
			"Silver Crane Holdings Ltd. administers the Lotus Bay Special Economic Zone under a concession.",
			[]rel{{"Silver Crane Holdings Ltd.", model.Operates, "Lotus Bay Special Economic Zone", ""}},
			nil},
		{"a firm that manages the accounts of a site does not run it",
			"Silver Crane Holdings Ltd. manages the accounts of Lotus Bay Park.",
			nil,
			[]rel{{"Silver Crane Holdings Ltd.", model.Operates, "Lotus Bay Park", ""}}},
		{"an agent that modifies a noun after it administers nothing",
			"Lotus Bay Park is administered by a Silver Crane Holdings Ltd. subsidiary.",
			nil,
			[]rel{{"Silver Crane Holdings Ltd.", model.Operates, "Lotus Bay Park", ""}}},
		// Land told through its site.
		{"a site's land owned by a body",
			"Lotus Bay Park's land is owned by the Kampot Provincial Land Department, which leases it out.",
			[]rel{{"Kampot Provincial Land Department", model.Owns, "Lotus Bay Park", ""}},
			nil},
		{"a site titled to a firm",
			"Lotus Bay Park is titled to Golden Reed Co., Ltd., land records show.",
			[]rel{{"Golden Reed Co., Ltd.", model.Owns, "Lotus Bay Park", ""}},
			nil},
		{"the plot under a site, with its size set off, owned by a person",
			"The plot under Lotus Bay Park, some twelve hectares, is owned by Gao Ming.",
			[]rel{{"Gao Ming", model.Owns, "Lotus Bay Park", ""}},
			nil},
		{"a site's workers owed by a firm are no land",
			"Lotus Bay Park's workers are owed wages by Golden Reed Co., Ltd.",
			nil,
			[]rel{{"Golden Reed Co., Ltd.", model.Owns, "Lotus Bay Park", ""}}},
		{"land owned by the state and not by the firm named after",
			"Lotus Bay Park's land is owned by the state, not by Golden Reed Co., Ltd.",
			nil,
			[]rel{{"Golden Reed Co., Ltd.", model.Owns, "Lotus Bay Park", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}

// TestOwnTitles holds titles written between a post and a name ("Executive Director
// Undersecretary X", "director Comm Datuk X") out of the name, so that the post reaches the
// person.
func TestOwnTitles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []rel
		forbid []rel
	}{
		{"an undersecretary's title after the post",
			"The Anti-Scam Coordination Commission (ASCC) raided the site. \"We will act,\" said ASCC Executive Director Undersecretary Maria L. Santos.",
			[]rel{{"Maria L. Santos", model.Directs, "Anti-Scam Coordination Commission", ""}},
			[]rel{{"Undersecretary Maria L. Santos", model.Directs, "Anti-Scam Coordination Commission", ""}}},
		{"a police commissioner's rank after the post",
			"Johor Criminal Investigation Department director Comm Datuk Razak Ismail said the suspects fled.",
			[]rel{{"Razak Ismail", model.Directs, "Johor Criminal Investigation Department", ""}},
			[]rel{{"Comm", model.Directs, "Johor Criminal Investigation Department", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
