package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestMaskAccusedNames: the lower-case party label before a name is blanked in an official
// record; "accused" as a verb (its subject before it, or "of" after the name) is kept.
func TestMaskAccusedNames(t *testing.T) {
	cases := []struct {
		sent   string
		masked bool
	}{
		{"The hub was run by Hongsheng Gaming Inc., of which accused Wang Lei was the president.", true},
		{"Through the said corporation, accused Wang ran the compound.", true},
		{"Its chief executive was accused Chen Mingyu.", true},
		{"Forty percent is held by accused Dela Cruz himself.", true},
		{"accused Chen Mingyu signed the lease.", true},
		{"Prosecutors accused Chen Mingyu of running the compound.", false},
		{"The workers accused Chen Mingyu, the manager, of beating them.", false},
		{"He was accused of running the compound.", false},
		{"Chen was accused by the workers of beatings.", false},
	}
	for _, c := range cases {
		got := maskAccusedNames(c.sent)
		if len(got) != len(c.sent) {
			t.Fatalf("%q: offsets moved", c.sent)
		}
		if masked := !strings.Contains(got, "accused"); masked != c.masked {
			t.Errorf("%q: masked = %v, want %v (%q)", c.sent, masked, c.masked, got)
		}
	}
}

// TestAccusedLabelGrades: in a court's record what it states of "accused X" is official; the
// same words in a news story keep the news grade, and the verb still hedges in the record.
func TestAccusedLabelGrades(t *testing.T) {
	x := newTestExtractor(t)
	court := func(text string) model.Document {
		return model.Document{URL: "https://judiciary.gov.ph/decisions/2025/cr-1102", Kind: "article",
			Title: "People of the Philippines v. Wang Lei", Text: "DECISION\n\n" + text}
	}
	if g := gradeOf(x, court("The compound was leased by Hongsheng Gaming Technology Inc., of which accused Wang Lei was the president."),
		"Wang Lei", model.Directs, "Hongsheng Gaming Technology Inc."); g != model.Official {
		t.Errorf("court's statement of accused Wang Lei graded %q, want official", g)
	}
	news := model.Document{URL: "https://news.example.org/a", Kind: "article",
		Text: "The compound was leased by Hongsheng Gaming Technology Inc., of which accused Wang Lei was the president."}
	if g := gradeOf(x, news, "Wang Lei", model.Directs, "Hongsheng Gaming Technology Inc."); g != model.Alleged {
		t.Errorf("news sentence on accused Wang Lei graded %q, want alleged (outside a record the label is not read)", g)
	}
}
