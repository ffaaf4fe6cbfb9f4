package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAuthorityRaidStatement reads sentences for a raid told on an authority's word.
func TestAuthorityRaidStatement(t *testing.T) {
	cases := []struct {
		sent string
		want bool
	}{
		{"The operation, led by the Bokeo Provincial Police, began before dawn on Monday, according to a statement from the Lao Ministry of Public Security.", true},
		{"The operation was carried out by the Ministry of Public Security together with the Bokeo provincial police command, officials said.", true},
		{"Officers raided the resort on 12 September and removed 312 workers, according to a statement issued by the commissariat at the time.", true},
		{"The Lao Ministry of Public Security said in a statement that officers raided the Royal Naga Pavilion on 3 July.", true},
		{"Twenty-four of the Malaysians were freed when Bokeo provincial police raided the complex, the Malaysian embassy in Vientiane said in a statement.", true},
		// Precision: a source that is no authority, another hedge, a denial.
		{"Police raided Golden Sands last year, workers said.", false},
		{"The Karen National Army raided Jinhai Compound, company officials said.", false},
		{"The Karen National Army raided Jinhai Compound, according to a statement from Jinhai Compound's owner.", false},
		{"The Karen National Army raided Jinhai Compound, according to a statement from the Karen National Army.", false},
		{"Police raided Jinhai Compound last year, a former police officer said.", false},
		{"Police raided Jinhai Compound on Monday, according to a police statement.", true},
		{"A task force led by the ministry raided the zone, according to a statement read on Lao National Television.", true},
		{"Officers raided the resort, according to a statement the Commissariat issued at the time.", true},
		{"He said Cambodian police had raided the Golden Lotus twice in 2024.", false},
		{"Police reportedly raided Golden Sands last year, officials said.", false},
		{"Police raided Golden Sands, according to residents.", false},
		{"The ministry said police raided Golden Sands, but the owner denied that any raid took place.", false},
		{"Police raided Golden Sands last year.", false},
	}
	for _, c := range cases {
		if got := authorityRaidStatement(c.sent); got != c.want {
			t.Errorf("authorityRaidStatement(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestRaidStatementGrades: a raid on an authority's word keeps the page's grade; one told by
// workers stays alleged; a participle clause after the raid ("rescuing ... allegedly forced")
// does not hedge it.
func TestRaidStatementGrades(t *testing.T) {
	x := newTestExtractor(t)
	news := func(text string) model.Document {
		return model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
	}
	press := func(text string) model.Document {
		return model.Document{URL: "https://paocc.gov.ph/news/a", Kind: "article", Text: text}
	}
	cases := []struct {
		doc        model.Document
		s, o, want string
	}{
		{news("The Bokeo Provincial Police raided Blue Lotus Tower on Monday, according to a statement from the Lao Ministry of Public Security."),
			"Bokeo Provincial Police", "Blue Lotus Tower", model.Reported},
		{news("The Bokeo Provincial Police raided Blue Lotus Tower on Monday, former workers said."),
			"Bokeo Provincial Police", "Blue Lotus Tower", model.Alleged},
		{press("Agents of the Presidential Anti-Organized Crime Commission raided the Golden Acacia Compound on Wednesday, rescuing 318 foreign nationals allegedly forced to work in online scams."),
			"Presidential Anti-Organized Crime Commission", "Golden Acacia Compound", model.Official},
		{news("Agents of the Presidential Anti-Organized Crime Commission allegedly raided the Golden Acacia Compound on Wednesday, rescuing 318 foreign nationals."),
			"Presidential Anti-Organized Crime Commission", "Golden Acacia Compound", model.Alleged},
	}
	for _, c := range cases {
		if g := gradeOf(x, c.doc, c.s, model.Raided, c.o); g != c.want {
			t.Errorf("%q: graded %q, want %q", c.doc.Text, g, c.want)
		}
	}
}
