package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestQuotedGrades: a claim inside a quotation that runs over several sentences is the
// speaker's (alleged) though the speaker is named only after the quotation closes, or not at
// all; the writer's own sentences before and after it, a quotation closed inside its sentence
// with no claim in it, and an authority's quoted words on its own page keep their grade.
func TestQuotedGrades(t *testing.T) {
	x := newTestExtractor(t)
	doc := func(url, text string) model.Document {
		return model.Document{URL: url, Kind: "article", Text: text}
	}
	const news = "https://news.example.org/a"
	cases := []struct {
		name, url, text string
		s, p, o         string
		want            string
	}{
		{"first of two quoted sentences, attribution after",
			news, "\"The Karen Border Guard Force guards KK Park day and night. They took our passports,\" one survivor said.",
			"Karen National Army", model.Protects, "KK Park", model.Alleged},
		{"curly marks",
			news, "“Golden Lotus Holdings owns the Kirin Bay compound. Everyone knew it,” a former manager told the Post.",
			"Golden Lotus Holdings", model.Owns, "Kirin Bay", model.Alleged},
		{"middle sentence of a quotation",
			news, "“We worked nights. Golden Lotus Holdings owns the Kirin Bay compound. Nobody left,” she said.",
			"Golden Lotus Holdings", model.Owns, "Kirin Bay", model.Alleged},
		{"quotation with no attribution in its sentences",
			news, "Sok Dara described the site: “The guards came at night. Golden Lotus Holdings owns the Kirin Bay compound.”",
			"Golden Lotus Holdings", model.Owns, "Kirin Bay", model.Alleged},
		// Must not lower.
		{"the writer's sentence after a closed quotation",
			news, "“We worked nights. Nobody left,” she said. Golden Lotus Holdings owns the Kirin Bay compound.",
			"Golden Lotus Holdings", model.Owns, "Kirin Bay", model.Reported},
		{"the writer's sentence before a quotation opens",
			news, "Golden Lotus Holdings owns the Kirin Bay compound. “We worked nights. Nobody left,” she said.",
			"Golden Lotus Holdings", model.Owns, "Kirin Bay", model.Reported},
		{"a quoted nickname inside one sentence",
			news, "Golden Lotus Holdings owns the Kirin Bay compound, which workers call \"the cage\".",
			"Golden Lotus Holdings", model.Owns, "Kirin Bay", model.Reported},
		{"a paragraph left open does not reach the next",
			news, "“We worked nights. Nobody left.\nGolden Lotus Holdings owns the Kirin Bay compound.",
			"Golden Lotus Holdings", model.Owns, "Kirin Bay", model.Reported},
		{"an authority's quoted act on its own page",
			"https://www.police.gov.ph/press/2025/05/raid", "“The National Bureau of Investigation raided Red Dragon Park on Monday. Forty workers were freed,” the bureau's director said.",
			"National Bureau of Investigation", model.Raided, "Red Dragon Park", model.Official},
	}
	for _, c := range cases {
		if got := gradeOf(x, doc(c.url, c.text), c.s, c.p, c.o); got != c.want {
			t.Errorf("%s: %s %s %s graded %s, want %s", c.name, c.s, c.p, c.o, got, c.want)
		}
	}
}

// TestQuoteIndexLinear: the index is made in one pass and each look-up is a search, so a
// page of many quotations costs no more per claim than a page of few.
func TestQuoteIndexLinear(t *testing.T) {
	text := strings.Repeat("“A said this. B said that,” he said. ", 20000)
	q := newQuoteIndex(text)
	if len(q.pos) != 40000 {
		t.Fatalf("%d changes indexed, want 40000", len(q.pos))
	}
	st := sentence{s: 1, e: 14}
	if !q.crossing(st, 5) {
		t.Error("an offset inside a quotation that crosses its sentence's end is not crossing")
	}
	if q.crossing(sentence{s: 30, e: 37}, 31) {
		t.Error("an offset after the quotation closed is crossing")
	}
}
