package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestUnitOfForce splits a unit from an unlisted police force or army named after it with
// "of", and keeps whole the names whose "of" leads to a field or to a bare force word.
func TestUnitOfForce(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a numbered brigade of an army after 'the'",
			"Witnesses said soldiers from Brigade 17 of the Royal Khmer Armed Forces stood at the gate.",
			[]string{"Organization:Brigade 17", "Organization:Royal Khmer Armed Forces"},
			[]string{"Organization:Brigade 17 of the Royal Khmer Armed Forces"}},
		{"a task force of an army named with its demonym",
			"The Pawan Task Force of the Royal Thai Army escorted the convoy.",
			[]string{"Organization:Pawan Task Force", "Organization:Royal Thai Army"},
			nil},
		{"a department of a police force named by its country, without 'the'",
			"The Criminal Investigation Department of Sri Lanka Police arrested two agents.",
			[]string{"Organization:Criminal Investigation Department", "Organization:Sri Lanka Police"},
			nil},
		{"a department named with 'of' before the force",
			"Officers of the Department of Online Fraud of the General Commissariat of National Police questioned them.",
			[]string{"Organization:Department of Online Fraud", "Organization:General Commissariat of National Police"},
			nil},
		{"a command of a police force",
			"The case reached the Anti-Fraud Command of the Singapore Police Force in May.",
			[]string{"Organization:Anti-Fraud Command", "Organization:Singapore Police Force"},
			nil},
		{"precision: a commissariat of a bare force word stays whole",
			"The General Commissariat of National Police issued a statement.",
			[]string{"Organization:General Commissariat of National Police"},
			[]string{"Organization:National Police"}},
		{"precision: a ministry's field is no force",
			"The Ministry of Defence denied any role.",
			[]string{"Organization:Ministry of Defence"},
			nil},
		{"precision: one cue word before 'of' starts the name",
			"The Department of the Navy opened an inquiry.",
			nil,
			[]string{"Organization:Navy"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
	d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: cases[4].text}
	x.Analyze(&d)
	for _, e := range d.Entities {
		if e.Name == "Singapore Police Force" && e.Sector != model.SectorPolice {
			t.Errorf("the force's sector is %q, want %q", e.Sector, model.SectorPolice)
		}
	}
}
