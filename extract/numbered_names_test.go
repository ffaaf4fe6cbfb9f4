package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestNumberedNames: a number word is a name's first word before a body's word mid-sentence,
// and at a sentence's start when the page writes the same name after a lower-case word;
// a number that counts things keeps out of the name.
func TestNumberedNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []nameCase{
		{"a body's name opening with a number, mid-sentence",
			"The site was guarded by the Three Pagodas Defence Force, an armed group.",
			[]string{"Organization:Three Pagodas Defence Force"},
			[]string{"Organization:Pagodas Defence Force"}},
		{"a site's name opening a sentence, written mid-sentence elsewhere",
			"Survivors were held at Three Pagodas Star Park for months. Three Pagodas Star Park is run by Sanxing Group Co., Ltd.",
			[]string{"Compound:Three Pagodas Star Park"},
			[]string{"Compound:Pagodas Star Park"}},
		{"a firm's name opening a sentence, written mid-sentence elsewhere",
			"It paid through Two Rivers Logistics Co., Ltd. in 2023. Two Rivers Logistics Co., Ltd. denied it.",
			[]string{"Company:Two Rivers Logistics Co., Ltd."},
			nil},
		{"a site's name opening with a number after a preposition",
			"The report documents conditions inside Three Pagodas Star City, a compound of 19 buildings in Payathonzu.",
			[]string{"Compound:Three Pagodas Star City"},
			[]string{"Compound:Pagodas Star City"}},
		{"a site's name opening a sentence, written after a preposition elsewhere",
			"Workers were held inside Three Pagodas Star City for months. Three Pagodas Star City was developed by Shwe Star Investment Group.",
			[]string{"Compound:Three Pagodas Star City"},
			[]string{"Compound:Pagodas Star City"}},
		{"precision: a count in a title-cased heading before a site's word",
			"Police Raid Three Casino Compounds In Myawaddy",
			nil,
			[]string{"Compound:Three Casino Compounds"}},
		{"precision: a count opening a sentence, never written as a name",
			"Three Army Units raided the Golden Park compound at dawn.",
			nil,
			[]string{"Organization:Three Army Units"}},
		{"precision: a count after a comma, not a word, before a body's word",
			"In Myawaddy, Three Army Units took part in the raid.",
			nil,
			[]string{"Organization:Three Army Units"}},
		{"precision: the same words at a sentence's start elsewhere do not count",
			"Three Border Guards Units raided the site. Three Border Guards Units left.",
			nil,
			[]string{"Organization:Three Border Guards Units"}},
		{"a site's name with a weaker site word, after a lower-case word",
			"Workers were held inside Three Pagodas Star City, a compound of 19 buildings.",
			[]string{"Compound:Three Pagodas Star City"},
			[]string{"Compound:Pagodas Star City"}},
		{"a site's name with a weaker site word opening a sentence, written mid-sentence elsewhere",
			"Survivors described Three Pagodas Star City to us. Three Pagodas Star City was developed by Shwe Star Group Co., Ltd.",
			[]string{"Compound:Three Pagodas Star City"},
			[]string{"Compound:Pagodas Star City"}},
		{"precision: a count of sites in the plural after a lower-case word",
			"Police raided Three Casino Towers and the Golden Park compound in May.",
			nil,
			[]string{"Compound:Three Casino Towers"}},
		{"precision: a weaker site word opening a sentence, never written as a name",
			"Two Golden Plaza guards were detained on Monday.",
			nil,
			[]string{"Compound:Two Golden Plaza"}},
	}
	checkNameCases(t, x, "https://news.example.org/a", cases)
}

// TestCrossingPointForms: a place's name with the crossing point written after it ("the Cham
// Yeam international checkpoint") is kept as the place's written form; a modifier with no
// point after it, or a point's word after a non-modifier, is not.
func TestCrossingPointForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, place string
		want, forbid      []string
	}{
		{"international checkpoint", "He crossed at the Cham Yeam international checkpoint on Friday.", "Cham Yeam",
			[]string{"Cham Yeam international checkpoint"}, nil},
		{"border checkpoint", "Workers were handed over at the Klong Luek border checkpoint.", "Klong Luek",
			[]string{"Klong Luek border checkpoint"}, nil},
		{"international border checkpoint", "Buses waited at the Poipet international border checkpoint for hours.", "Poipet",
			[]string{"Poipet international border checkpoint"}, nil},
		{"border gate, as before", "The men used the Moc Bai border gate.", "Moc Bai",
			[]string{"Moc Bai border gate"}, nil},
		{"precision: a modifier with no point", "He lived in the Poipet border town for a year.", "Poipet",
			nil, []string{"Poipet border town"}},
		{"precision: a point after another word", "Guards stood at the Poipet old checkpoint.", "Poipet",
			nil, []string{"Poipet old checkpoint"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			var aliases []string
			found := false
			for _, e := range d.Entities {
				if e.Type == model.Location && e.Name == c.place {
					found = true
					aliases = e.Aliases
				}
			}
			if !found {
				t.Fatalf("no Location %q in %v", c.place, entityNames(d))
			}
			for _, w := range c.want {
				if !slices.Contains(aliases, w) {
					t.Errorf("missing alias %q; got %v", w, aliases)
				}
			}
			for _, f := range c.forbid {
				if slices.Contains(aliases, f) {
					t.Errorf("unwanted alias %q; got %v", f, aliases)
				}
			}
		})
	}
}

// TestMissionOfSeat: a mission named for the state that sends it takes its seat as a written
// form ("the Embassy of India in Phnom Penh"), like "the Kenyan embassy in Bangkok"; a body
// that is no mission does not.
func TestMissionOfSeat(t *testing.T) {
	cases := []struct {
		text, mention, want string
	}{
		{"Officials at the Embassy of India in Phnom Penh said 40 were freed.", "Embassy of India", "Phnom Penh"},
		{"The Consulate-General of the Philippines in Hong Kong helped.", "Consulate-General of the Philippines", "Hong Kong"},
		{"A letter from the Kenyan embassy in Bangkok arrived.", "Kenyan embassy", "Bangkok"},
		{"precision: the Ministry of Labour in Phnom Penh replied.", "Ministry of Labour", ""},
		{"precision: the Embassy of India said nothing in reply.", "Embassy of India", ""},
	}
	for _, c := range cases {
		at := strings.Index(c.text, c.mention)
		if at < 0 {
			t.Fatalf("no %q in %q", c.mention, c.text)
		}
		m := model.Mention{Start: at, End: at + len(c.mention), Text: c.mention}
		if got := missionSeat(c.text, m); got != c.want {
			t.Errorf("%q: seat %q, want %q", c.text, got, c.want)
		}
	}
}
