package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestKinAnchors: a name that only anchors a relative, associate or agent ("the sister of X",
// "the lawyer for X", "a friend of X") gets no post, holding, membership or operation the
// clause gives that unnamed person; a name the tie phrase describes keeps its own post, and
// the tie itself is still read.
func TestKinAnchors(t *testing.T) {
	x := newTestExtractor(t)
	const firm = "Golden Lotus Co. is a company in Sihanoukville. "
	const co = "Golden Lotus Co."
	no := func(pred, obj string) []rel { return []rel{{"Sok Dara", pred, obj, ""}} }
	cases := []relCase{
		{"copula post through the company's", firm + "The sister of Sok Dara is the company's accountant.", nil, no(model.EmployedBy, co)},
		{"works for", firm + "The sister of Sok Dara works for Golden Lotus Co.", nil, no(model.EmployedBy, co)},
		{"post at", firm + "The sister of Sok Dara is an accountant at Golden Lotus Co.", nil, no(model.EmployedBy, co)},
		{"owns", firm + "The wife of Sok Dara owns Golden Lotus Co.", nil, no(model.Owns, co)},
		{"director of", firm + "A nephew of Sok Dara is a director of Golden Lotus Co.", nil, no(model.Directs, co)},
		{"driver works for", firm + "The driver of Sok Dara works for Golden Lotus Co.", nil, no(model.EmployedBy, co)},
		{"lawyer for, member of", firm + "The lawyer for Sok Dara is a member of the Kokang Border Guard Force.", nil, no(model.MemberOf, "Kokang Border Guard Force")},
		{"friend runs", firm + "A friend of Sok Dara runs the Golden Lotus casino.", nil, no(model.Directs, co)},
		{"relative chairs", firm + "A relative of Sok Dara is the chairman of Golden Lotus Co.", nil, no(model.Directs, co)},
		{"bodyguard employed by", firm + "The bodyguard of Sok Dara is employed by Golden Lotus Co.", nil, no(model.EmployedBy, co)},
		{"son operates a compound", firm + "The son of Sok Dara operates the Golden Lotus compound.", nil, no(model.Operates, "Golden Lotus")},
		{"possessive kin", firm + "Sok Dara's brother works for Golden Lotus Co.", nil, no(model.EmployedBy, co)},
		{"apposed tie: the head keeps the post, the anchor gets none",
			firm + "Sok Dara, the sister of Lim Heng, is the company's accountant.",
			[]rel{{"Sok Dara", model.EmployedBy, co, ""}, {"Lim Heng", model.FamilyOf, "Sok Dara", ""}},
			[]rel{{"Lim Heng", model.EmployedBy, co, ""}}},
		{"a named relative after the anchor holds the post",
			firm + "The wife of Sok Dara, Sok Mealea, owns Golden Lotus Co.",
			[]rel{{"Sok Mealea", model.Owns, co, ""}}, no(model.Owns, co)},
		{"a relative clause after the anchor is the anchor's own",
			firm + "Sok Mealea is the wife of Sok Dara, who owns Golden Lotus Co.",
			[]rel{{"Sok Dara", model.Owns, co, ""}}, nil},
		{"a bare role set off after the anchor is the anchor's own",
			"Sai Lon Kham, the son of Sai Mong, commander of the Wan Hong militia, chairs Golden Lotus Co.",
			[]rel{{"Sai Mong", model.Directs, "Wan Hong militia", ""}}, nil},
		{"no tie noun: the post stays", firm + "Sok Dara works for Golden Lotus Co.",
			[]rel{{"Sok Dara", model.EmployedBy, co, ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
