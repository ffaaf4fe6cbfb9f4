package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestMaskSuspectNouns: "suspect(s)" after a determiner, number or ordinal, or as a
// possessive, is the noun and is blanked; the verb, the adjective and "identified as a suspect"
// are kept.
func TestMaskSuspectNouns(t *testing.T) {
	cases := []struct {
		sent   string
		masked bool
	}{
		{"The three suspects, Mrs. Supaporn Thongdee and Mr. Anan Rakkhet, together hold 51 percent of the shares.", true},
		{"The second suspect, Pongsakorn Thammawong, has worked as an aide to Kanokwan Saelim.", true},
		{"They were met by staff of a firm run by the suspect's brother, Mohamed Farook.", true},
		{"Police arrested the main suspect, Lee Chee Keong.", true},
		{"Police suspect that Tan owns the Falcon Ridge compound.", false},
		{"Investigators suspect Chen of running the compound.", false},
		{"Chen, a suspected financier of the group, fled.", false},
		{"Chen was identified as a suspect in the case.", false},
		{"They all suspect the owner is Tan.", false},
	}
	for _, c := range cases {
		got := maskSuspectNouns(c.sent)
		if len(got) != len(c.sent) {
			t.Fatalf("%q: offsets moved", c.sent)
		}
		if masked := !strings.Contains(strings.ToLower(got), "suspect"); masked != c.masked {
			t.Errorf("%q: masked = %v, want %v (%q)", c.sent, masked, c.masked, got)
		}
	}
}

// TestSuspectNounGrades: a sentence that names suspects states its ties in the writer's voice;
// the verb "suspect" still hedges.
func TestSuspectNounGrades(t *testing.T) {
	x := newTestExtractor(t)
	news := func(text string) model.Document {
		return model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
	}
	cases := []struct {
		text, s, p, o, want string
	}{
		{"The second suspect, Pongsakorn Thammawong, has worked since 2021 as an aide to Kanokwan Saelim, a Ruam Palang Thai Party member of the House of Representatives for Tak.",
			"Kanokwan Saelim", model.MemberOf, "Ruam Palang Thai Party", model.Reported},
		{"Police suspect that Kanokwan Saelim is a member of the Ruam Palang Thai Party.",
			"Kanokwan Saelim", model.MemberOf, "Ruam Palang Thai Party", model.Alleged},
	}
	for _, c := range cases {
		if g := gradeOf(x, news(c.text), c.s, c.p, c.o); g != c.want {
			t.Errorf("%q: graded %q, want %q", c.text, g, c.want)
		}
	}
}
