package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSpeakerDescribed reads the sentence around a pair of names: the pair lies in the subject of
// a speech or denial verb (a description of the speaker), or it does not.
func TestSpeakerDescribed(t *testing.T) {
	cases := []struct {
		name, pre, in, post string
		want                bool
	}{
		{"role before the name, verb right after", "", "KNLA spokesman Saw Htoo Lay", " denied that the army guarded the site.", true},
		{"apposition closed before a denial", "Lt. ", "Maung Thet, a Kokang Army", " officer, rejected the claims.", true},
		{"relative clause on the speaker", "", "Lim Boon Kiat, who has chaired the Penang Chamber", " since 2019, told reporters he had sold the land.", true},
		{"opening phrase, then the speaker", "In a statement, ", "Harbour Crest Holdings, whose assets include a stake in Mekong Pacific Bank", ", said it had no tenants.", true},
		{"body then its member, with a clause", "", "Sok Dara of the rights group ADHOC", ", who visited the site, said the raid came late.", true},
		{"the tie is the sentence's claim, inverted verb", "", "Chen Zhi owns Golden Sands", ", said the ministry.", false},
		{"the tie is the sentence's claim before an apposition", "", "Chen Zhi owns Golden Sands", ", a casino in Bavet, police said.", false},
		{"the speech verb comes first", "Police said ", "Golden Sands was run by Chen Zhi", ", who fled.", false},
		{"a hedge in the subject", "", "Wu Lin, who allegedly runs Bright Sun Park", ", denied the report.", false},
		{"the pair spans the speaker and what is said", "", "Tan Boon Keat said Zhao Ming", " owned the park.", false},
		{"the pair is in what is said", "Tan Boon Keat said ", "Zhao Ming, the owner of Sunrise Park", ", had fled.", false},
		{"a denial of the tie itself", "", "Wu Lin, who denied owning Bright Sun Park", ", said he was a tenant.", false},
	}
	for _, c := range cases {
		if got := speakerDescribed(c.pre, c.in, c.post); got != c.want {
			t.Errorf("%s: speakerDescribed = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestSpeakerRoleGrades: a role told of the one who denies keeps the writer's grade; the
// relation the sentence itself attributes stays alleged.
func TestSpeakerRoleGrades(t *testing.T) {
	x := newTestExtractor(t)
	news := func(text string) model.Document {
		return model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
	}
	if g := gradeOf(x, news("Khun Saw Tun, who has sat in the Senate since 2019, said the company was only a landlord."),
		"Khun Saw Tun", model.MemberOf, "Senate"); g != model.Reported {
		t.Errorf("speaker's seat graded %q, want reported", g)
	}
	if g := gradeOf(x, news("Golden Sands Resort is owned by Chen Weiming, the ministry said."),
		"Chen Weiming", model.Owns, "Golden Sands Resort"); g != model.Alleged {
		t.Errorf("attributed ownership graded %q, want alleged", g)
	}
}
