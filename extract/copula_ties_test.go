package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCopulaTieGap holds copulaTie to the gaps it reads as a claim and the descriptions it
// leaves alone.
func TestCopulaTieGap(t *testing.T) {
	for gap, want := range map[string]bool{
		" is the brother of ":             true,
		" was a business partner of ":     true,
		", is the nephew of ":             true, // the verb after a closed apposition
		", the brother of ":               false,
		", who is the brother of ":        false,
		" and his brother ":               false,
		", a longtime associate of ":      false,
		" isolated the brother of ":       false,
		", whose brother is a cousin of ": false,
	} {
		if got := copulaTie(gap); got != want {
			t.Errorf("copulaTie(%q) = %v, want %v", gap, got, want)
		}
	}
}

// TestCopulaTieGrades: a tie told with a copula is the sentence's claim, which an attribution
// or hedge lowers; the same tie told as an apposition or relative clause stays the writer's.
// The names are invented.
func TestCopulaTieGrades(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCasesEitherWay(t, x, []relCase{
		// Recall of the lower grade: the attribution reaches the copula.
		{"an attribution before a copular kin tie",
			"Police said Lim Kok Seng is the brother of Chen Yuhao.",
			[]rel{{"Lim Kok Seng", model.FamilyOf, "Chen Yuhao", model.Alleged}}, nil},
		{"a speaker told before a copular kin tie after an apposition",
			"Provincial officials told this newspaper that the firm's deputy manager, Tan Boon Hock, is the nephew of Tan Ah Kow.",
			[]rel{{"Tan Boon Hock", model.FamilyOf, "Tan Ah Kow", model.Alleged}}, nil},
		{"a closing attribution after a copular partner tie",
			"Somsak Phromma was a business partner of Zhou Minghui, investigators said.",
			[]rel{{"Somsak Phromma", model.AssociateOf, "Zhou Minghui", model.Alleged}}, nil},
		{"a hedge inside the copula",
			"Somsak Phromma is reportedly a business partner of Zhou Minghui.",
			[]rel{{"Somsak Phromma", model.AssociateOf, "Zhou Minghui", model.Alleged}}, nil},
		// The same tie stated by the writer stays reported.
		{"a plain copular kin tie",
			"Lim Kok Seng is the brother of Chen Yuhao.",
			[]rel{{"Lim Kok Seng", model.FamilyOf, "Chen Yuhao", model.Reported}}, nil},
		{"a plain copular partner tie",
			"Somsak Phromma was a business partner of Zhou Minghui.",
			[]rel{{"Somsak Phromma", model.AssociateOf, "Zhou Minghui", model.Reported}}, nil},
		// Descriptions keep the writer's grade whatever the sentence attributes.
		{"an apposition under a closing attribution",
			"Lim Kok Seng, the brother of Chen Yuhao, was arrested in March, police said.",
			[]rel{{"Lim Kok Seng", model.FamilyOf, "Chen Yuhao", model.Reported}}, nil},
		{"a relative clause under a closing attribution",
			"Lim Kok Seng, who is the brother of Chen Yuhao, was arrested in March, police said.",
			[]rel{{"Lim Kok Seng", model.FamilyOf, "Chen Yuhao", model.Reported}}, nil},
		{"an apposed partner under a speaker",
			"Police said Somsak Phromma, a business partner of Zhou Minghui, had fled to Laos.",
			[]rel{{"Somsak Phromma", model.AssociateOf, "Zhou Minghui", model.Reported}}, nil},
		// No tie: a negated copula, or the tie of another name.
		{"a negated copula",
			"Police said Lim Kok Seng is not the brother of Chen Yuhao.",
			nil, []rel{{"Lim Kok Seng", model.FamilyOf, "Chen Yuhao", ""}}},
		{"another name between the two ends",
			"Lim Kok Seng met Tan Ah Kow, who is the brother of Chen Yuhao, in Bangkok.",
			nil, []rel{{"Lim Kok Seng", model.FamilyOf, "Chen Yuhao", ""}}},
	})
}

// TestCopulaTieClause holds the hedge scan of a copular tie to its own clause: an attribution
// that opens another clause (", and", ", but", "(", ";", a relative clause) does not reach the
// tie, and an authority's own statement on its page keeps the grade the page gave before. The
// review's sentences, both ways, on a news page and on authorities' pages.
func TestCopulaTieClause(t *testing.T) {
	x := newTestExtractor(t)
	const news = "https://news.example.com/2026/story"
	const doj = "https://www.justice.gov/opa/pr/x"
	const treasury = "https://home.treasury.gov/news/press-releases/x"
	page := func(url, text string) model.Document {
		return model.Document{URL: url, Kind: "article", Title: "Story", Text: text}
	}
	for _, c := range []struct {
		url, text, want string
	}{
		// Another clause's attribution leaves the tie the writer's.
		{news, "Wang Dexiang is the brother of Xu Jianmin, and police said he was arrested in Bangkok on Monday.", model.Reported},
		{news, "Wang Dexiang is the brother of Xu Jianmin (police said he was arrested in 2024).", model.Reported},
		{news, "Wang Dexiang is the brother of Xu Jianmin; police said he was arrested in 2024.", model.Reported},
		{news, "Wang Dexiang is the brother of Xu Jianmin, who police said runs the Golden Lotus compound.", model.Reported},
		{doj, "Wang Dexiang is the brother of Xu Jianmin, and police said he was arrested in Bangkok on Monday.", model.Official},
		{doj, "Wang Dexiang is the brother of Xu Jianmin (police said he was arrested in 2024).", model.Official},
		// The authority's own statement on its own page.
		{treasury, "Wang Dexiang is the brother of Xu Jianmin, the Treasury said.", model.Official},
		{treasury, "Wang Dexiang is the brother of Xu Jianmin, according to the Treasury.", model.Official},
		// The tie's own clause attributed or hedged: alleged.
		{news, "Police said Wang Dexiang is the brother of Xu Jianmin.", model.Alleged},
		{news, "Wang Dexiang is the brother of Xu Jianmin, police said.", model.Alleged},
		{news, "Wang Dexiang is the brother of Xu Jianmin, the defendant claimed, and both were arrested in Manila.", model.Alleged},
		{news, "Police said Wang Dexiang is the brother of Xu Jianmin, who was charged with fraud in 2024.", model.Alleged},
		{doj, "Police said Wang Dexiang is the brother of Xu Jianmin.", model.Alleged},
		{treasury, "Wang Dexiang is the brother of Xu Jianmin, police said.", model.Alleged},
	} {
		if g := gradeOf(x, page(c.url, c.text), "Wang Dexiang", model.FamilyOf, "Xu Jianmin"); g != c.want {
			t.Errorf("%s on %s: graded %q, want %q", c.text, c.url, g, c.want)
		}
	}
}
