package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// entityAt returns the name of the entity holding a mention that starts at the n-th (0-based)
// occurrence of word in the text, or "".
func entityAt(d *model.Document, word string, n int) string {
	at, from := -1, 0
	for k := 0; k <= n; k++ {
		i := strings.Index(d.Text[from:], word)
		if i < 0 {
			return ""
		}
		at = from + i
		from = at + len(word)
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start == at && m.Text == word {
				return e.Name
			}
		}
	}
	return ""
}

func TestShortRepeatsFollowTheirName(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, word string
		n                int
		want             string // "" when the bare word must stay on no person named in full
		not              string // a person it must not join
	}{
		{"weak repeat follows the standing short form",
			"Wei Jianhong, a Chinese national, runs the Lucky Harbor hub in Porac. A senator accused the mayor of being a silent business partner of Wei. \"I have never met Mr. Wei,\" the mayor said.",
			"Wei", 1, "Wei Jianhong", ""},
		{"possessive after the standing form",
			"Chen Guanghui, a Chinese businessman, manages the Golden Dragon casino. Workers said Chen ran the compound himself. \"Mr. Chen decides everything,\" one said.",
			"Chen", 1, "Chen Guanghui", ""},
		{"two people share the surname",
			"Wei Jianhong, a Chinese national, runs the Lucky Harbor hub in Porac. His brother, Wei Long, keeps its books. A senator accused the mayor of being a silent business partner of Wei. \"I have never met Mr. Wei,\" the mayor said.",
			"Wei", 2, "", "Wei Long"},
		{"the short form comes before the full name",
			"A senator accused the mayor of being a silent business partner of Wei. \"I have never met Mr. Wei,\" the mayor said. Wei Jianhong, a Chinese national, runs the Lucky Harbor hub in Porac.",
			"Wei", 0, "", "Wei Jianhong"},
		{"the word begins a firm's name",
			"Wei Jianhong, a Chinese national, runs the Lucky Harbor hub in Porac. Wei Long Trading Co., Ltd. leases the land. A senator accused the mayor of being a silent business partner of Wei. \"I have never met Mr. Wei,\" the mayor said.",
			"Wei", 2, "", "Wei Jianhong"},
		{"hyphenated double surname",
			"Mayor Rosalinda Dizon-Ocampo owned the land under the hub. Dizon-Ocampo told senators she had met the operators only once.",
			"Dizon-Ocampo", 1, "Rosalinda Dizon-Ocampo", ""},
		{"two people end with the double surname",
			"Rosalinda Dizon-Ocampo, the mayor, was questioned. Her brother Jose Dizon-Ocampo was arrested. Police said Dizon-Ocampo owns the Lucky South compound in Porac.",
			"Dizon-Ocampo", 2, "", "Jose Dizon-Ocampo"},
		{"the double surname before the full name",
			"Police said Dizon-Ocampo owns the Lucky South compound in Porac. Rosalinda Dizon-Ocampo, the mayor, was not charged.",
			"Dizon-Ocampo", 0, "", "Rosalinda Dizon-Ocampo"},
		{"a kin noun before the double surname",
			"Rosalinda Dizon-Ocampo, the mayor, was questioned. Her son, Dizon-Ocampo, runs the Lucky South compound in Porac.",
			"Dizon-Ocampo", 1, "", "Rosalinda Dizon-Ocampo"},
		{"a relative called by the double surname with a title",
			"Rosalinda Dizon-Ocampo, the mayor, was questioned. Her husband, Mr. Dizon-Ocampo, is a director of Lucky South Holdings Inc.",
			"Dizon-Ocampo", 1, "", "Rosalinda Dizon-Ocampo"},
		{"a woman's title on the short form",
			"Wei Jianhong was arrested on Monday. Police said Wei owns the Lucky Harbor hub. Mrs. Wei denied the charges.",
			"Wei", 1, "", "Wei Jianhong"},
		{"a family's name",
			"Heng Sopheap chairs a bank in Phnom Penh. Police said the Golden Lotus compound is owned by the Heng family. Oknha Heng denied it.",
			"Heng", 1, "", "Heng Sopheap"},
		{"a newcomer named by the word",
			"Somchai Wongsawat owns the Golden Triangle resort. Police said a guard named Somchai is an associate of She Zhijiang. Mr. Somchai denied knowing him.",
			"Somchai", 1, "", "Somchai Wongsawat"},
		{"one half of a double surname is no match",
			"Barangay captain Ernesto Dizon signed the permit. Leonora Dizon-Tan, the councillor, denied any role. Dizon said he acted alone.",
			"Dizon", 1, "", "Leonora Dizon-Tan"},
		{"a double surname is not the man with one half",
			"Barangay captain Ernesto Dizon signed the permit. Dizon-Tan denied any role.",
			"Dizon-Tan", 0, "", "Ernesto Dizon"},
	}
	for _, c := range cases {
		d := &model.Document{Text: c.text}
		x.Analyze(d)
		got := entityAt(d, c.word, c.n)
		if c.want != "" && got != c.want {
			t.Errorf("%s: %q #%d joined %q, want %q", c.name, c.word, c.n, got, c.want)
		}
		if c.not != "" && got == c.not {
			t.Errorf("%s: %q #%d joined %q", c.name, c.word, c.n, got)
		}
	}
}
