package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDeputyHeads holds a deputy director as a deputy head of the body (DIRECTS, like a
// deputy commander or vice chair), whether told in an apposition or as a title before the
// name after the body's short form ("PAOCC deputy director X": "director" there completes
// the role and is no title of the person's). A bare "deputy" and a post under a deputy
// director are no head's post.
func TestDeputyHeads(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an apposition after the name", "Colonel Khamphet Vongsa, deputy director of the Bokeo Provincial Police Department, said the raid was planned.",
			[]rel{{"Khamphet Vongsa", model.Directs, "Bokeo Provincial Police Department", ""}},
			[]rel{{"Khamphet Vongsa", model.EmployedBy, "Bokeo Provincial Police Department", ""}}},
		{"a title after the body's short form", "The Presidential Anti-Organized Crime Commission (PAOCC) filed the case. Testifying at a Senate hearing, PAOCC deputy director Ramon Dizon Villareal said the commission had traced the money.",
			[]rel{{"Ramon Dizon Villareal", model.Directs, "Presidential Anti-Organized Crime Commission", ""}},
			[]rel{{"Ramon Dizon Villareal", model.EmployedBy, "Presidential Anti-Organized Crime Commission", ""}}},
		{"a company's deputy director", "Pham Thi Lan was listed as deputy director of Dai Phat Human Resources Co.",
			[]rel{{"Pham Thi Lan", model.Directs, "Dai Phat Human Resources Co.", ""}},
			[]rel{{"Pham Thi Lan", model.EmployedBy, "Dai Phat Human Resources Co.", ""}}},
		{"a body's director before ranks stays a head", "The Department of Special Investigation (DSI) raided the warehouse. DSI director-general Pol. Maj. Gen. Suriya Chanthawong said the goods were seized.",
			[]rel{{"Suriya Chanthawong", model.Directs, "Department of Special Investigation", ""}}, nil},
		{"an assistant to a deputy director heads nothing", "Sok Dara, an assistant to the deputy director of the Bokeo Provincial Police Department, said the raid was planned.",
			nil, []rel{{"Sok Dara", model.Directs, "Bokeo Provincial Police Department", ""}}},
		{"meeting a deputy director is no post", "Sok Dara met the deputy director of the Bokeo Provincial Police Department in March.",
			nil, []rel{{"Sok Dara", model.Directs, "Bokeo Provincial Police Department", ""}, {"Sok Dara", model.EmployedBy, "Bokeo Provincial Police Department", ""}}},
	}
	checkRelCases(t, x, cases)
}
