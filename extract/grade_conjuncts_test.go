package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestConjunctCut: a hedge opening the next conjunct ends the names' clause; a hedge without
// "and", or "and" without a hedge, does not.
func TestConjunctCut(t *testing.T) {
	cases := []struct {
		post string
		cut  bool
	}{
		{" and allegedly conducted the online interviews.", true},
		{" and, according to former workers, still runs it.", true},
		{" and, former workers say, still runs it.", true},
		{", and reportedly pays the guards.", true},
		{" and its casino.", false},
		{", according to former workers.", false},
		{" and the guards, police said.", false},
		{" since 2022, allegedly.", false},
	}
	for _, c := range cases {
		if got := conjunctCut(c.post) >= 0; got != c.cut {
			t.Errorf("conjunctCut(%q) cut %v, want %v", c.post, got, c.cut)
		}
	}
}

// TestGradeOfConjunctHedges: the hedge of a following conjunct leaves the names' relation
// reported; a hedge before the names, a closing attribution or one before "and" still makes it
// alleged.
func TestGradeOfConjunctHedges(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text, s, p, o, want string
	}{
		{"Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort and allegedly pays the local police.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Reported},
		{"Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort and, according to former workers, pays the local police.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Reported},
		{"Golden Harbour Holdings Co., Ltd. allegedly owns Jade Palm Resort and pays the local police.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Alleged},
		{"Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort and pays the local police, former workers say.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Alleged},
		{"Golden Harbour Holdings Co., Ltd. owns Jade Palm Resort, according to former workers, and pays the local police.",
			"Golden Harbour Holdings Co., Ltd.", model.Owns, "Jade Palm Resort", model.Alleged},
	}
	for _, c := range cases {
		d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
		if g := gradeOf(x, d, c.s, c.p, c.o); g != c.want {
			t.Errorf("%q: %s %s %s graded %q, want %q", c.text, c.s, c.p, c.o, g, c.want)
		}
	}
}
