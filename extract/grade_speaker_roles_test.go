package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSpeakerRoleLead reads a role opened by an article or a possessive, the name in apposition
// and a speech or denial verb right after: the role describes who speaks, or it does not.
func TestSpeakerRoleLead(t *testing.T) {
	cases := []struct {
		name, pre, in, post string
		want                bool
	}{
		{"indefinite role before the names", "A ", "DKBA spokesman, Saw Kyaw Hla", ", rejected the workers' account.", true},
		{"possessive role after a conjunction", "The army has denied guarding the site, and ", "its spokesman, Major Naing Maung Zaw", ", told the Post the deal was private.", true},
		{"possessive role after a claim the writer cites", "Records list the holder as Crown Jade Co., Ltd., and ", "its director, Heng Vichea", ", told reporters the firm only rented the land.", true},
		{"the role inside what is said", "Workers said ", "the DKBA commander, Saw Kyaw Hla", ", beat them.", false},
		{"the article in the middle of a clause", "Police arrested a ", "DKBA officer, Saw Kyaw Hla", ", said the ministry.", false},
		{"no speech verb after the name", "A ", "DKBA spokesman, Saw Kyaw Hla", ", runs the checkpoint.", false},
		{"a hedge inside the names", "A ", "DKBA officer who allegedly runs Lucky Park, Saw Kyaw Hla", ", denied it.", false},
		{"the names carry a main verb", "", "The DKBA guards Lucky Park, Saw Kyaw Hla", ", said.", false},
		{"a source's account before the role", "According to workers who escaped, a ", "Wanfu Technology director, Li Ming", ", told them they could not leave.", false},
		{"an allegation before the role", "Survivors alleged that, in 2022, a ", "Wanfu Technology director, Li Ming", ", told them they could not leave.", false},
		{"what is said follows the speech verb first", "A ", "DKBA spokesman, Saw Kyaw Hla", " owns, he said, nothing.", false},
	}
	for _, c := range cases {
		if got := speakerRoleLead(c.pre, c.in, c.post); got != c.want {
			t.Errorf("%s: speakerRoleLead = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestSpeakerRoleLeadGrades: the speaker's role keeps the writer's grade though the clause before
// tells of a denial; a tie the speaker states stays alleged.
func TestSpeakerRoleLeadGrades(t *testing.T) {
	x := newTestExtractor(t)
	news := func(text string) model.Document {
		return model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
	}
	if g := gradeOf(x, news("The Karen National Army has repeatedly denied protecting scam businesses, and its spokesman, Major Naing Maung Zaw, told the Post that the deal was private."),
		"Naing Maung Zaw", model.MemberOf, "Karen National Army"); g != model.Reported {
		t.Errorf("speaker's post graded %q, want reported", g)
	}
	if g := gradeOf(x, news("Workers said the Karen National Army guards Lucky Star Park."),
		"Karen National Army", model.Protects, "Lucky Star Park"); g != model.Alleged {
		t.Errorf("attributed protection graded %q, want alleged", g)
	}
	if g := gradeOf(x, news("A Karen National Army spokesman, Saw Kyaw Hla, said the Karen National Army guards Lucky Star Park."),
		"Karen National Army", model.Protects, "Lucky Star Park"); g != model.Alleged {
		t.Errorf("what the speaker says graded %q, want alleged", g)
	}
	if g := gradeOf(x, news("According to workers who escaped, a Wanfu Technology director, Li Ming, told them they could not leave."),
		"Li Ming", model.Directs, "Wanfu Technology"); g != model.Alleged {
		t.Errorf("a post told by a source graded %q, want alleged", g)
	}
}
