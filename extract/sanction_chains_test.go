package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionChains holds sanction_chains.go (coordinated designators, counted objects and
// a body reporting its own designation) and the state dropped where its office is named
// (sanction_offices.go): recall cases and cases where nothing may be read.
func TestSanctionChains(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"three bodies coordinated before one verb of measures",
			"BANGKOK — The European Union, Canada and Australia on Monday imposed joint sanctions on Harbor Crest Holdings.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "European Union", ""}, {"Harbor Crest Holdings", model.SanctionedBy, "Canada", ""},
				{"Harbor Crest Holdings", model.SanctionedBy, "Australia", ""}}, nil},
		{"two bodies and an adverb of the whole subject",
			"Canada and Australia have each sanctioned Tan Boon Kiat.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "Canada", ""}, {"Tan Boon Kiat", model.SanctionedBy, "Australia", ""}}, nil},
		{"a fronted phrase closed by a comma before the subject list",
			"In March, Canada and the European Union designated Harbor Crest Holdings.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Canada", ""}, {"Harbor Crest Holdings", model.SanctionedBy, "European Union", ""}}, nil},
		{"a counted object and the names it includes",
			"Canada designated nine people and two firms tied to the casino, including Tan Boon Kiat and Harbor Crest Holdings.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "Canada", ""}, {"Harbor Crest Holdings", model.SanctionedBy, "Canada", ""}}, nil},
		{"a body saying it designated a counted object, among them two names",
			"Australia said on Monday it had designated the six under a 2024 law, among them Tan Boon Kiat, a broker, and Lim Boon Kiat, his partner.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "Australia", ""}, {"Lim Boon Kiat", model.SanctionedBy, "Australia", ""}}, nil},
		// Precision.
		{"a body governed by a preposition is no designator of the list",
			"In coordination with Canada, the European Union and Australia designated Tan Boon Kiat.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "European Union", ""}, {"Tan Boon Kiat", model.SanctionedBy, "Australia", ""}},
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "Canada", ""}}},
		{"a body's name inside the count is no item",
			"Canada imposed sanctions on four Karen National Army officers, including Saw Min Htet.",
			[]rel{{"Saw Min Htet", model.SanctionedBy, "Canada", ""}},
			[]rel{{"Karen National Army", model.SanctionedBy, "Canada", ""}}},
		{"a count the designated person met is no designation",
			"Canada sanctioned Tan Boon Kiat, who met nine officials, including Lim Boon Kiat.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "Canada", ""}},
			[]rel{{"Lim Boon Kiat", model.SanctionedBy, "Canada", ""}}},
		{"a body saying someone else designated",
			"Australia said Canada had designated Tan Boon Kiat.",
			nil, []rel{{"Tan Boon Kiat", model.SanctionedBy, "Australia", ""}}},
		{"the state is the voice of its designating office named in the document",
			"The United States sanctioned Harbor Crest Holdings on Tuesday. The Office of Foreign Assets Control said the firm ran the casino.",
			nil, []rel{{"Harbor Crest Holdings", model.SanctionedBy, "United States", ""}}},
		{"an office that only carries out designations leaves the state its own",
			"The United Kingdom sanctioned Harbor Crest Holdings on Tuesday. The Office of Financial Sanctions Implementation will publish the notice.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "United Kingdom", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}

// TestSanctionSubsidiaries holds the set of a party's subsidiaries whose named members a
// freeze covers, and the Council of the European Union as a body of its own.
func TestSanctionSubsidiaries(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a firm and its subsidiaries, among them a named one",
			"In May the Office of Foreign Assets Control froze the Lao assets of Harbor Crest Holdings and its subsidiaries, among them River Gate Trading Co., Ltd., a shipper.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"River Gate Trading Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"the Council of the European Union adds a name to its list",
			"The Council of the European Union added Tan Boon Kiat to its sanctions list in 2024.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "Council of the European Union", ""}},
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "European Union", ""}}},
		// Precision.
		{"a firm's subsidiaries, among them a named one, that a body only visited",
			"The Office of Foreign Assets Control visited Harbor Crest Holdings and its subsidiaries, among them River Gate Trading Co., Ltd.",
			nil, []rel{{"River Gate Trading Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestInvertedDesignations holds invertedDesignations (sanction_chains.go).
func TestInvertedDesignations(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"also targeted were, the body in the sentence before",
			"Canada sanctioned Tan Boon Kiat on Friday. Also targeted were his partner, Lim Boon Kiat, who keeps the books, and Harbor Crest Holdings.",
			[]rel{{"Lim Boon Kiat", model.SanctionedBy, "Canada", ""}, {"Harbor Crest Holdings", model.SanctionedBy, "Canada", ""}}, nil},
		{"among those sanctioned by a body were",
			"Among those sanctioned by the European Union were Tan Boon Kiat and Harbor Crest Holdings.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "European Union", ""}, {"Harbor Crest Holdings", model.SanctionedBy, "European Union", ""}}, nil},
		// Precision.
		{"no body that designates in the sentence before",
			"Canada sanctioned Tan Boon Kiat on Friday. The casino closed. Also targeted were Lim Boon Kiat and Harbor Crest Holdings.",
			nil, []rel{{"Lim Boon Kiat", model.SanctionedBy, "Canada", ""}}},
		{"also present were",
			"Canada sanctioned Tan Boon Kiat on Friday. Also present were Lim Boon Kiat and Harbor Crest Holdings.",
			nil, []rel{{"Lim Boon Kiat", model.SanctionedBy, "Canada", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestApposedDesignated holds the name set off in an apposition before an agentless
// designation ("Its chairman, W, was also designated"), read by agentlessSanctions.
func TestApposedDesignated(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a name in an apposition, then the designation",
			"Canada sanctioned Harbor Crest Holdings in May. The firm's chairman, Tan Boon Kiat, was also designated.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "Canada", ""}}, nil},
		// Precision.
		{"a name in an apposition, then another's designation",
			"Canada sanctioned Harbor Crest Holdings in May. The firm's chairman, Tan Boon Kiat, was designated by the Senate as its envoy.",
			nil, []rel{{"Tan Boon Kiat", model.SanctionedBy, "Canada", ""}}},
		{"its post after a designation is the designated party's",
			"OFAC sanctioned Harbor Crest Holdings on Tuesday. Its chairman, Tan Boon Kiat, was also designated.",
			[]rel{{"Tan Boon Kiat", model.Directs, "Harbor Crest Holdings", ""}, {"Tan Boon Kiat", model.SanctionedBy, "Office of Foreign Assets Control", ""}},
			[]rel{{"Tan Boon Kiat", model.Directs, "Office of Foreign Assets Control", ""}}},
		{"the body that names the designated one's post",
			"The United Kingdom sanctioned Saw Chit Thu on Friday. Saw Min Min Oo, an officer of the Karen BGF, was also sanctioned.",
			[]rel{{"Saw Min Min Oo", model.SanctionedBy, "United Kingdom", ""}}, []rel{{"Karen National Army", model.SanctionedBy, "United Kingdom", ""}}},
		{"the person whose kin was designated",
			"The United Kingdom sanctioned Saw Chit Thu on Friday. Officials said the wife of Chen Zhi was also sanctioned.",
			nil, []rel{{"Chen Zhi", model.SanctionedBy, "United Kingdom", ""}}},
		{"the person whose kin was designated, at the sentence's start",
			"The United Kingdom sanctioned Saw Chit Thu on Friday. The wife of Chen Zhi was also sanctioned.",
			nil, []rel{{"Chen Zhi", model.SanctionedBy, "United Kingdom", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestSanctionBasis holds sanctionBasisPair: a passive designation whose legal basis or
// reason stands before its agent.
func TestSanctionBasis(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"designated under an order, then the agent",
			"Tan Boon Kiat was designated under Executive Order 13818 by the Office of Foreign Assets Control.",
			[]rel{{"Tan Boon Kiat", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"sanctioned for a reason, then the agent",
			"Harbor Crest Holdings was sanctioned for forced labour at its casino by the European Union.",
			[]rel{{"Harbor Crest Holdings", model.SanctionedBy, "European Union", ""}}, nil},
		// Precision.
		{"the agent of another verb inside the reason",
			"Tan Boon Kiat was sanctioned for links to a network run by the Karen National Army.",
			nil, []rel{{"Tan Boon Kiat", model.SanctionedBy, "Karen National Army", ""}}},
	}
	checkRelCases(t, x, cases)
}
