package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestProtectorNouns holds protector_nouns.go and the adverbs and verbs of guarding added to
// the verb rule: recall cases and cases where nothing may be read.
func TestProtectorNouns(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a body is the protector of a site",
			"The Karen National Army is widely seen as the main protector of Silver Moon Park.",
			[]rel{{"Karen National Army", model.Protects, "Silver Moon Park", ""}}, nil},
		{"a site's protector named after it",
			"Silver Moon Park's protector, the Democratic Karen Buddhist Army, denied the claim.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Silver Moon Park", ""}}, nil},
		{"an officer, an apposition between, oversees security at a site",
			"Saw Min Htet, a militia captain, oversees security at Silver Moon Park.",
			[]rel{{"Saw Min Htet", model.Protects, "Silver Moon Park", ""}}, nil},
		{"an adverb between the auxiliary and the verb of guarding",
			"The Karen National Army has long guarded Silver Moon Park.",
			[]rel{{"Karen National Army", model.Protects, "Silver Moon Park", ""}}, nil},
		{"a body patrols a site",
			"The Karen National Army patrols Silver Moon Park at night.",
			[]rel{{"Karen National Army", model.Protects, "Silver Moon Park", ""}}, nil},
		// Precision.
		{"the protector of people, not of a site",
			"The Karen National Army says it is the protector of the villagers near Silver Moon Park.",
			nil, []rel{{"Karen National Army", model.Protects, "Silver Moon Park", ""}}},
		{"an officer who oversees the finances of a site",
			"Saw Min Htet, a militia captain, oversees finances at Silver Moon Park.",
			nil, []rel{{"Saw Min Htet", model.Protects, "Silver Moon Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestGuardedParts holds guarded_parts.go: a site's gates or perimeter guarded by a body,
// the site named before in the sentence or, for a part that opens its sentence, in the one
// before.
func TestGuardedParts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the gates of the site named before in the sentence",
			"Workers who fled Silver Moon Park said the gates were guarded by fighters of the Karen National Army.",
			[]rel{{"Karen National Army", model.Protects, "Silver Moon Park", ""}}, nil},
		{"its perimeter, the site in the sentence before",
			"Silver Moon Park opened in 2020. Its perimeter is patrolled by the Democratic Karen Buddhist Army.",
			[]rel{{"Democratic Karen Benevolent Army", model.Protects, "Silver Moon Park", ""}}, nil},
		// Precision.
		{"a part that does not open its sentence takes no site from the sentence before",
			"Silver Moon Park opened in 2020. Villagers nearby say the gates of their farms were guarded by the Karen National Army.",
			nil, []rel{{"Karen National Army", model.Protects, "Silver Moon Park", ""}}},
		{"the gates built by a firm",
			"Workers at Silver Moon Park said the gates were built by Harbor Crest Holdings.",
			nil, []rel{{"Harbor Crest Holdings", model.Protects, "Silver Moon Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
