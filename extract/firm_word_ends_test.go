package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFirmWordEnds covers the words of internal/lexicon/company-ends.txt that end the name
// of a consultancy, a placement agency or a firm of analysts ("ChainTrace Analytics",
// "Bright Future Overseas Placement"): names no list holds, which the person reading
// otherwise takes; and the same words where they end no name.
func TestFirmWordEnds(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"analysts named by their firm",
			"According to blockchain analysts at Bluewater Analytics, the vendors sold accounts to the compound.",
			[]string{"Company:Bluewater Analytics"},
			[]string{"Person:Bluewater Analytics"}},
		{"a recruiter's placement agency and consultancy",
			"She posts jobs and says she is from Silver Star Overseas Placement in Lipa City. He went through Ravi Overseas Consultancy in Chennai.",
			[]string{"Company:Silver Star Overseas Placement", "Company:Ravi Overseas Consultancy"},
			[]string{"Person:Silver Star Overseas Placement", "Person:Ravi Overseas Consultancy"}},
		{"the words in lower case or before a name end no firm",
			"The placement was arranged by Maria Santos, a consultant, and the analytics were checked by Tom Keller.",
			[]string{"Person:Maria Santos", "Person:Tom Keller"},
			[]string{"Company:Maria Santos", "Company:Tom Keller"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}

// TestInvestigationsField covers "investigations" as a field of work in
// internal/lexicon/post-fields.txt: the head of a firm's investigations works there and does
// not run it.
func TestInvestigationsField(t *testing.T) {
	x := newTestExtractor(t)
	const news = "https://news.example.org/2026/story"
	cases := []struct {
		name, text   string
		want, forbid []rel
	}{
		{"head of investigations after a possessive",
			"Bluewater Analytics traced the wallets. \"It is a one-stop shop,\" said Tom Keller, Bluewater's head of investigations.",
			[]rel{{"Tom Keller", model.EmployedBy, "Bluewater Analytics", ""}},
			[]rel{{"Tom Keller", model.Directs, "Bluewater Analytics", ""}}},
		{"the head of the firm still runs it",
			"Bluewater Analytics traced the wallets. \"It is a one-stop shop,\" said Tom Keller, Bluewater's chief executive.",
			[]rel{{"Tom Keller", model.Directs, "Bluewater Analytics", ""}},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkRelations(t, analyzeAt(t, x, news, c.text), c.want, c.forbid)
		})
	}
}
