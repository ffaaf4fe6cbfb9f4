package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWitnessNamingGrades: a tie witnesses name to the writer ("Survivors identified X as ...")
// is theirs to claim, alleged; the same tie the writer states is reported.
func TestWitnessNamingGrades(t *testing.T) {
	x := newTestExtractor(t)
	news := func(text string) model.Document {
		return model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
	}
	if g := gradeOf(x, news("Survivors from the compound consistently identified Lim Chee Wah, a Malaysian businessman, as the owner of Jade Moon Park."),
		"Lim Chee Wah", model.Owns, "Jade Moon Park"); g != model.Alleged {
		t.Errorf("witnesses' naming graded %q, want alleged", g)
	}
	if g := gradeOf(x, news("Lim Chee Wah, a Malaysian businessman, is the owner of Jade Moon Park."),
		"Lim Chee Wah", model.Owns, "Jade Moon Park"); g != model.Reported {
		t.Errorf("writer's statement graded %q, want reported", g)
	}
}
