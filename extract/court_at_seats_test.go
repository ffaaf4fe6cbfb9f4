package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCourtAtSeat covers a court named with "at" and its seat (court_at_seats.go), with the
// times, dates and sentences after a court that it must not take in.
func TestCourtAtSeat(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a court and its seat in running text",
			"The accused was convicted by the Sessions Court at Kota Bharu after a hearing in the Magistrates Court at Ipoh.",
			[]string{"Organization:Sessions Court at Kota Bharu", "Organization:Magistrates Court at Ipoh"},
			[]string{"Organization:Sessions Court", "Organization:Magistrates Court"}},
		{"a court's heading in capitals, its state after",
			"IN THE MAGISTRATES COURT AT SHAH ALAM IN THE STATE OF SELANGOR",
			[]string{"Organization:MAGISTRATES COURT AT SHAH ALAM"},
			nil},
		{"a time, a day or an article after at is no seat",
			"The Sessions Court at 9 a.m. heard the plea. The High Court at Monday's hearing refused bail. The District Court at the hearing agreed.",
			nil,
			[]string{"Organization:Sessions Court at 9", "Organization:High Court at Monday", "Organization:District Court at the"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://court.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
