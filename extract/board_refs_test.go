package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBoardRefRules holds "sits on its board" and "chairs its board" (board_refs.go) to texts
// they must read and texts where they must stay silent. The names are invented.
func TestBoardRefRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"sits on its board, the firm of the sentence before",
			"The land belongs to Mirador Verde Realty Corp., a firm registered in Tarlac. His nephew, Paolo Dizon Salcedo, sits on its board.",
			[]rel{{"Paolo Dizon Salcedo", model.Directs, "Mirador Verde Realty Corp.", ""}},
			nil},
		{"who also chairs its board",
			"Seventy percent of Golden Lantern Development Co., Ltd. is owned by businessman Sai Kham Hseng, who also chairs its board.",
			[]rel{{"Sai Kham Hseng", model.Directs, "Golden Lantern Development Co., Ltd.", ""}},
			nil},
		{"the firm the sentence already speaks of, not a source named before",
			"Titles on file with the Registry of Deeds show the lot belongs to Mirador Verde Realty Corp. The firm's president, Lorna Salcedo, is the mayor's sister, and his son, Paolo Salcedo, sits on its board.",
			[]rel{{"Paolo Salcedo", model.Directs, "Mirador Verde Realty Corp.", ""}},
			[]rel{{"Paolo Salcedo", model.Directs, "Registry of Deeds", ""}}},
		{"a cited registry is no board",
			"Records on file with the Securities and Exchange Commission were reviewed. Paolo Salcedo sits on its board.",
			nil,
			[]rel{{"Paolo Salcedo", model.Directs, "Securities and Exchange Commission", ""}}},
		{"no reach across a paragraph",
			"Mirador Verde Realty Corp. leased the lot in 2021.\n\nPaolo Salcedo sits on its board.",
			nil,
			[]rel{{"Paolo Salcedo", model.Directs, "Mirador Verde Realty Corp.", ""}}},
		{"a board acting is no seat",
			"Mirador Verde Realty Corp. leased the lot in 2021. Paolo Salcedo said its board had approved the lease.",
			nil,
			[]rel{{"Paolo Salcedo", model.Directs, "Mirador Verde Realty Corp.", ""}}},
		{"a site has no board",
			"Police raided Golden Lantern Park on Monday. Paolo Salcedo sits on its board.",
			nil,
			[]rel{{"Paolo Salcedo", model.Directs, "Golden Lantern Park", ""}}},
		{"two bodies before: left open",
			"Mirador Verde Realty Corp. and Bluecrest Holdings Ltd. signed the lease in 2021. Paolo Salcedo sits on its board.",
			nil,
			[]rel{{"Paolo Salcedo", model.Directs, "Mirador Verde Realty Corp.", ""}, {"Paolo Salcedo", model.Directs, "Bluecrest Holdings Ltd.", ""}}},
		{"an unnamed body told since the firm: the hospital's board",
			"Golden Fortune Company donated money to a local hospital in Myawaddy. Li Ming sits on its board.",
			nil,
			[]rel{{"Li Ming", model.Directs, "Golden Fortune Company", ""}}},
		{"an unnamed charity told in the sentence of the seat",
			"Golden Fortune Company was fined last year. A charity founded by residents helped the victims and Li Ming sits on its board.",
			nil,
			[]rel{{"Li Ming", model.Directs, "Golden Fortune Company", ""}}},
		{"an unnamed charity told in the sentence of the seat, with a comma",
			"Golden Fortune Company was fined last year. A charity founded by residents helped the victims, and Li Ming sits on its board.",
			nil,
			[]rel{{"Li Ming", model.Directs, "Golden Fortune Company", ""}}},
	}
	checkRelCases(t, x, cases)
}

func TestItsBoardSeat(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"sits on its board", true},
		{"who chairs its board", true},
		{"said its board approved", false},
		{"its board met twice", false},
		{"sits on its supervisory council", false},
	}
	for _, c := range cases {
		toks := tokenize(c.text)
		got := false
		for k, tk := range toks {
			if tk.low == "its" && itsBoardSeat(toks, k) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: itsBoardSeat = %v, want %v", c.text, got, c.want)
		}
	}
}
