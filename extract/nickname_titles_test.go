package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNicknameNames covers a person known by a word of address and one name
// (nickname_titles.go), with the spans it must leave to other readers.
func TestNicknameNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a boss and a brother known by one name",
			"Workers said a supervisor known as \"Boss Wu\" kept their passports. A manager they called Brother Kang assigned the quotas.",
			[]string{"Person:Boss Wu", "Person:Brother Kang"},
			[]string{"Person:Wu", "Person:Kang"}},
		{"a Hokkien and a Burmese form of address",
			"The witness said Ah Keong collected the fees, and Ko Zaw drove the van.",
			[]string{"Person:Ah Keong", "Person:Ko Zaw"},
			[]string{"Location:Ah Keong", "Person:Keong", "Person:Zaw"}},
		{"a full name after the word of address is no nickname",
			"The compound was run by Boss Chen Wenhua, the police said.",
			nil,
			[]string{"Person:Boss Chen Wenhua", "Person:Boss Chen"}},
		{"a nickname of a person the text named before stays that person's short form",
			"The defendant LIANG QIANG, also known as \"Boss Liang,\" ran the site. Later Boss Liang fled.",
			[]string{"Person:Liang Qiang"},
			[]string{"Person:Boss Liang"}},
		{"a firm's name that opens with such a word keeps its cue",
			"Brother Logistics Ltd leased the trucks.",
			[]string{"Company:Brother Logistics Ltd"},
			[]string{"Person:Brother Logistics"}},
		{"a word of address before a body is no person",
			"Boss Police raided nothing; the Uncle Bureau is fiction.",
			nil,
			[]string{"Person:Boss Police", "Person:Uncle Bureau"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
