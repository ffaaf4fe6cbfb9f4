package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDesignationListSentences restates the items of a list that a designation notice
// announces, one party per sentence, and leaves lists under other paragraphs alone.
func TestDesignationListSentences(t *testing.T) {
	filler := strings.Repeat("The notice was published with the annex of identifiers and aliases. ", 6)
	cases := []struct {
		name         string
		html         string
		want, forbid []string
	}{
		{"a notice's list: names before a reason or a description",
			`<p>OFAC is designating the following persons pursuant to Executive Order 13818:</p>
<ul><li><strong>Thein Zaw Oo</strong>, a Burmese national;</li>
<li>Pearl Lotus Trading Co., Ltd., Jade Gate Holdings Limited and Moon Bay Park, for being owned or controlled by Thein Zaw Oo;</li>
<li>Ko Min Latt and Hla Hla Win, for having materially assisted Pearl Lotus Trading Co., Ltd.</li></ul>`,
			[]string{"Thein Zaw Oo is designated.", "Pearl Lotus Trading Co., Ltd. is designated.",
				"Jade Gate Holdings Limited and Moon Bay Park are designated.", "Ko Min Latt and Hla Hla Win are designated."},
			nil},
		{"a notice ending 'designated:' with a numbered list",
			`<p>Today the following entities were sanctioned:</p><ol><li>Silver Crest Logistics Ltd. (Hong Kong)</li></ol>`,
			[]string{"Silver Crest Logistics Ltd. is designated."}, nil},
		{"precision: a list under a paragraph that announces no designation",
			`<p>Survivors described the following chain of command:</p><ul><li>Wu Jianguo, a Chinese national;</li></ul>`,
			nil, []string{"is designated."}},
		{"precision: a lead naming sanctions that does not end with a colon",
			`<p>The following persons were sanctioned last year.</p><ul><li>Wu Jianguo, a Chinese national;</li></ul>`,
			nil, []string{"is designated."}},
		{"precision: items that open with no name",
			`<p>OFAC is designating the following persons:</p><ul><li>two firms registered in Labuan;</li></ul>`,
			nil, []string{"is designated."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := layoutText(filler, c.html, "https://treasury.example.gov/news")
			checkLayoutText(t, text, c.want, true)
			checkLayoutText(t, text, c.forbid, false)
		})
	}
}

// TestDesignationListBody gives each listed party the body the notice names.
func TestDesignationListBody(t *testing.T) {
	filler := strings.Repeat("The notice was published with the annex of identifiers and aliases. ", 6)
	html := `<html><head><title>Notice</title></head><body><article><p>` + filler + `</p>
<p>The Office of Foreign Assets Control (OFAC) is designating the following persons pursuant to Executive Order 13818:</p>
<ul><li><strong>Thein Zaw Oo</strong>, a Burmese national;</li>
<li>Pearl Lotus Trading Co., Ltd., for being owned or controlled by Thein Zaw Oo.</li></ul>
<p>` + filler + `</p></article></body></html>`
	x := newTestExtractor(t)
	text, _ := mainText([]byte(html), "https://treasury.example.gov/news")
	got, _ := analyzeText(t, x, text)
	checkRelations(t, got, []rel{{"Thein Zaw Oo", model.SanctionedBy, "Office of Foreign Assets Control", ""},
		{"Pearl Lotus Trading Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil)
}

// TestItemOwnerSentences reads owner, parent and operator fields of list items led by a
// party and a dash or colon, and nothing from items shaped otherwise.
func TestItemOwnerSentences(t *testing.T) {
	filler := strings.Repeat("The list below was compiled from registry records and court files. ", 6)
	cases := []struct {
		name   string
		html   string
		want   []rel
		forbid []rel
		noText []string
	}{
		{"dash items: an owner field after a description; a parent; an operator",
			`<ul><li>Pearl Sand Construction Co., Ltd. – builder of Moon Bay Park, owned by Harbour Crest Capital Limited</li>
<li>Jade Gate Logistics Ltd. — subsidiary of Harbour Crest Capital Limited</li>
<li>Moon Bay Park: casino complex; operated by Pearl Lotus Entertainment Co., Ltd.</li></ul>`,
			[]rel{{"Harbour Crest Capital Limited", model.Owns, "Pearl Sand Construction Co., Ltd.", ""},
				{"Harbour Crest Capital Limited", model.Owns, "Jade Gate Logistics Ltd.", ""},
				{"Pearl Lotus Entertainment Co., Ltd.", model.Operates, "Moon Bay Park", ""}},
			nil, nil},
		{"precision: an item with no dash or colon; a field naming a customer",
			`<ul><li>Pearl Sand Construction Co., Ltd. was owned by Harbour Crest Capital Limited until 2019 according to one source</li>
<li>Jade Gate Logistics Ltd. — supplier used by Harbour Crest Capital Limited</li></ul>`,
			nil, []rel{{"Harbour Crest Capital Limited", model.Owns, "Jade Gate Logistics Ltd.", ""}},
			[]string{"Jade Gate Logistics Ltd. is owned", "Pearl Sand Construction Co., Ltd. is owned"}},
	}
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := layoutText(filler, c.html, "https://ngo.example.org/list")
			checkLayoutText(t, text, c.noText, false)
			got, _ := analyzeText(t, x, text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
