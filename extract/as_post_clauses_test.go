package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAsPostClauses holds a post told by "as" after the holder's own verb
// (as_post_clauses.go), with must-not-fire cases.
func TestAsPostClauses(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"a verb and its object before the post", "Wang Lei, a Chinese national, signed the lease as general manager of Golden Reef Holdings Ltd.",
			[]rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}, nil},
		{"a longer verb phrase with a place", "Wang Lei oversees the night shifts in Bavet as general manager of Golden Reef Holdings Ltd., the landlord.",
			[]rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}, nil},
		{"a passive naming verb in a relative clause", "Wang Lei, who is listed in company filings as president of Golden Reef Holdings Ltd., did not answer calls.",
			[]rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}, nil},
		{"a description opens the clause after a preposition", "The bank is chaired by Wang Lei, a trader from Xiamen who previously served as vice-president of the Fujian Traders Association.",
			[]rel{{"Wang Lei", model.Directs, "Fujian Traders Association", ""}}, nil},
		{"a staff post", "Li Na, a Cambodian woman, worked the front desk as an accountant for Golden Reef Holdings Ltd.",
			[]rel{{"Li Na", model.EmployedBy, "Golden Reef Holdings Ltd.", ""}},
			[]rel{{"Li Na", model.Directs, "Golden Reef Holdings Ltd.", ""}}},
		{"a body in the description, a staff post with to", "The firm is chaired by Oknha Sok Chanthy, a vice-president of the Khmer Rice Federation who also serves as an adviser to the Ministry of Commerce.",
			[]rel{{"Sok Chanthy", model.EmployedBy, "Ministry of Commerce", ""}}, nil},
		{"a site in the verb phrase", "Wang Lei runs the floors at Lucky Star Park as general manager of Golden Reef Holdings Ltd.",
			[]rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}, nil},
		{"a leading post takes no to", "Wang Lei, a Chinese national, was sent as chairman to Golden Reef Holdings Ltd. in 2020.",
			nil, []rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}},
		{"a body in the verb phrase", "Wang Lei worked with Jade Harbor Trading Ltd. as director of Golden Reef Holdings Ltd. for years.",
			nil, []rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}},
		{"an active naming verb gives the post to its object", "Wang Lei named his nephew as director of Golden Reef Holdings Ltd. in March.",
			nil, []rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}},
		{"an object pronoun takes the post", "Wang Lei hired him as manager of Golden Reef Holdings Ltd. last year.",
			nil, []rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}},
		{"a false front is no post", "Wang Lei posed as a recruiter for Golden Reef Holdings Ltd. in job groups.",
			nil, []rel{{"Wang Lei", model.EmployedBy, "Golden Reef Holdings Ltd.", ""}}},
		{"a denial", "Wang Lei has never served as an officer of Golden Reef Holdings Ltd., his lawyer said.",
			nil, []rel{{"Wang Lei", model.EmployedBy, "Golden Reef Holdings Ltd.", ""}, {"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}},
		{"the holder is the object of a preposition", "The wife of Wang Lei signed the lease as director of Golden Reef Holdings Ltd.",
			nil, []rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}},
		{"a comparison before as", "Wang Lei earns as much as the director of Golden Reef Holdings Ltd. does.",
			nil, []rel{{"Wang Lei", model.Directs, "Golden Reef Holdings Ltd.", ""}}},
	})
}
