package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAgentPossessor holds agent_possessor.go to a named client's speaking agent, and to
// the shapes where the agent is not read: no speech, a possessor two people share, a post
// noun that is no agent's. The names are invented.
func TestAgentPossessor(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a short possessor and a lawyer who speaks",
			"Police arrested Arun Vale on Monday. Arun's lawyer, Dara Sok, said his client had never met the recruiters.",
			[]rel{{"Dara Sok", model.AssociateOf, "Arun Vale", ""}},
			nil},
		{"a full possessor, a modifier and told",
			"Mina Sok's defence attorney, Tan Bo, told reporters her client would appeal.",
			[]rel{{"Tan Bo", model.AssociateOf, "Mina Sok", ""}},
			nil},
		{"a title before the agent",
			"Mina Sok's lawyer, Atty. Tan Bo, told reporters her client would appeal.",
			[]rel{{"Tan Bo", model.AssociateOf, "Mina Sok", ""}},
			nil},
		{"an interpreter",
			"Arun Vale's interpreter, Dara Sok, said the suspect understood the charges.",
			[]rel{{"Dara Sok", model.AssociateOf, "Arun Vale", ""}},
			nil},
		{"no speech after the agent",
			"Arun Vale's lawyer, Dara Sok, met Tan Bo in Bangkok.",
			nil,
			[]rel{{"Dara Sok", model.AssociateOf, "Arun Vale", ""}}},
		{"a possessor two people share",
			"Police arrested Arun Vale and his cousin Tan Vale. Vale's lawyer, Dara Sok, said his client was innocent.",
			nil,
			[]rel{{"Dara Sok", model.AssociateOf, "Arun Vale", ""}, {"Dara Sok", model.AssociateOf, "Tan Vale", ""}}},
		{"a post noun is no agent",
			"Arun Vale's accountant, Dara Sok, said the books were in order.",
			nil,
			[]rel{{"Dara Sok", model.EmployedBy, "Arun Vale", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
