package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestContactPronouns holds contact_pronouns.go: a subject pronoun that opens a clause
// inside a "whose" post's apposition holds no post; a name set off after the post does.
func TestContactPronouns(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a witness's pronoun inside the manager's apposition",
			"Maria Santos, a recruiter, sent them abroad. A witness testified that the compound was run by Shunda Technology Co., Ltd., whose manager, a Chinese national she knew only as “Boss Wang”, told them that they had been bought.",
			nil, []rel{{"Maria Santos", model.Directs, "Shunda Technology Co., Ltd.", ""}, {"Maria Santos", model.EmployedBy, "Shunda Technology Co., Ltd.", ""}}},
		{"a victim's pronoun inside the owner's apposition",
			"Lim Heng said he was recruited online. He was taken to Golden Fortune Co., Ltd., whose owner, a Thai businessman he met only once, kept the workers' passports.",
			nil, []rel{{"Lim Heng", model.Owns, "Golden Fortune Co., Ltd.", ""}, {"Lim Heng", model.Directs, "Golden Fortune Co., Ltd.", ""}}},
		{"a plural pronoun inside the director's apposition",
			"Chen Bao Zhi met the workers. The compound was run by Golden Fortune Co., Ltd., whose director, a man they called the Boss, beat them.",
			nil, []rel{{"Chen Bao Zhi", model.Directs, "Golden Fortune Co., Ltd.", ""}}},
		{"a name set off after the post still holds it",
			"A witness testified that the compound was run by Shunda Technology Co., Ltd., whose manager, Wang Lei, told them that they had been bought.",
			[]rel{{"Wang Lei", model.Directs, "Shunda Technology Co., Ltd.", ""}}, nil},
		{"a national named after the post still holds it",
			"A witness testified that the compound was run by Shunda Technology Co., Ltd., whose director, Chinese national Wang Lei, told them that they had been bought.",
			[]rel{{"Wang Lei", model.Directs, "Shunda Technology Co., Ltd.", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}

// TestPostClausePronouns holds postClausePronoun: a subject pronoun right after a post noun
// ("a Wanli Group recruiter he met") is the one who met the holder, whatever the verb; a name
// in that place still holds the post.
func TestPostClausePronouns(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a recruiter he met",
			"Dara Sok worked in the compound for a year. He paid a fee to a Wanli Group recruiter he met in Bangkok.",
			nil, []rel{{"Dara Sok", model.EmployedBy, "Wanli Group", ""}}},
		{"the chairman he met",
			"Dara Sok escaped last year. He said the Wanli Group chairman he met was Chinese.",
			nil, []rel{{"Dara Sok", model.Directs, "Wanli Group", ""}}},
		{"the owner he described",
			"Dara Sok escaped last year. The Wanli Group owner he described was never named.",
			nil, []rel{{"Dara Sok", model.Owns, "Wanli Group", ""}, {"Dara Sok", model.Directs, "Wanli Group", ""}}},
		{"a director she bribed",
			"Mina Sok escaped last year. A Huione Group director she bribed later fled.",
			nil, []rel{{"Mina Sok", model.Directs, "Huione Group", ""}}},
		{"a manager he knew by a nickname",
			"Dara Sok worked in the compound for a year. He paid a fee to a Wanli Group manager he knew as Lao Chen.",
			nil, []rel{{"Dara Sok", model.Directs, "Wanli Group", ""}, {"Dara Sok", model.EmployedBy, "Wanli Group", ""}}},
		{"a name after the post still holds it",
			"Dara Sok escaped last year. Wanli Group chairman Chen Meng denied the account.",
			[]rel{{"Chen Meng", model.Directs, "Wanli Group", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
