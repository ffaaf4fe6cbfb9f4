package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAuthorityHost: government and court domains are authorities; look-alikes are not.
func TestAuthorityHost(t *testing.T) {
	for host, want := range map[string]bool{
		"home.treasury.gov": true, "www.justice.gov": true, "www.uscourts.gov": true, "www.gov.uk": true, "gov.uk": true,
		"www.mfaic.gov.kh": true, "www.royalthaipolice.go.th": true, "www.interieur.gouv.fr": true, "army.mil": true,
		"www.courtlistener.com": true, "eur-lex.europa.eu": true,
		"www.judiciary.uk": true, "judiciary.uk": true, "www.supremecourt.uk": true, "legalref.judiciary.hk": true,
		"www.elitigation.sg": true, "www.courts.ie": true, "hudoc.echr.coe.int": false, "www.icc-cpi.int": false,
		"notjudiciary.uk": false, "judiciary.uk.example.com": false, "www.coe.int": false, "www.bailii.org": false,
		"gov.example.com": false, "govnews.com": false, "www.governor-news.kh": false, "news.example.org": false,
		"treasury.gov.example.com": false, "localhost": false, "": false,
	} {
		if got := authorityHost(host); got != want {
			t.Errorf("authorityHost(%q) = %v, want %v", host, got, want)
		}
	}
}

// TestGradesFollowText: a source declared an authority is official; an authority speaking of
// its own act is not hedged by its own "said"; a role the author states stays reported though
// the sentence goes on with what the person said; attribution of someone else's act hedges.
func TestGradesFollowText(t *testing.T) {
	x := newTestExtractor(t)
	grade := func(d model.Document, s, p, o string) string { return gradeOf(x, d, s, p, o) }
	news := func(text string) model.Document {
		return model.Document{URL: "https://news.example.org/a", Kind: "article", Text: text}
	}
	cases := []struct {
		name    string
		doc     model.Document
		s, p, o string
		want    string
	}{
		{"author-stated role before 'said'", news("Interpol secretary-general Jurgen Stock said that the networks had spread worldwide."),
			"Jurgen Stock", model.Directs, "Interpol", model.Reported},
		{"authority on its own act", news("The US Treasury said on Tuesday it had sanctioned Prince Holding Group."),
			"Prince Holding Group", model.SanctionedBy, "US Department of the Treasury", model.Reported},
		{"police on their own raid", news("Thai police said they raided KK Park on Monday."),
			"Royal Thai Police", model.Raided, "KK Park", model.Reported},
		{"someone else's claim stays alleged", news("Police said Kings Romans is owned by Zhao Wei."),
			"Zhao Wei", model.Owns, "Kings Romans International", model.Alleged},
		{"a body speaking of what it owns is no act of authority", news("The KNU said it controls Shwe Kokko."),
			"Karen National Union", model.Operates, "Shwe Kokko", model.Alleged},
		{"declared authority", model.Document{URL: "http://127.0.0.1:9/press/1", Kind: "article", Authority: true,
			Text: "The Treasury designated Prince Holding Group."},
			"Prince Holding Group", model.SanctionedBy, "US Department of the Treasury", model.Official},
		{"same text from an ordinary site", news("The Treasury designated Prince Holding Group."),
			"Prince Holding Group", model.SanctionedBy, "US Department of the Treasury", model.Reported},
		{"government domain", model.Document{URL: "https://home.treasury.gov/news/press-releases/sb0278", Kind: "article",
			Text: "The Treasury designated Prince Holding Group."},
			"Prince Holding Group", model.SanctionedBy, "US Department of the Treasury", model.Official},
		{"a hedge in an authority's text still alleges", model.Document{URL: "https://www.justice.gov/opa/pr/x", Kind: "article",
			Text: "The indictment alleges that Chen Zhi owns Golden Fortune Resorts World."},
			"Chen Zhi", model.Owns, "Golden Fortune Resorts World", model.Alleged},
	}
	for _, c := range cases {
		if got := grade(c.doc, c.s, c.p, c.o); got != c.want {
			t.Errorf("%s: %s %s %s graded %s, want %s", c.name, c.s, c.p, c.o, got, c.want)
		}
	}
}

// TestSectors types organisations by the gazetteer and by the words of their names.
func TestSectors(t *testing.T) {
	for name, want := range map[string]string{
		"Democratic Karen Benevolent Army": model.SectorArmedGroup, "Karen Peace Force": model.SectorArmedGroup,
		"Royal Thai Police": model.SectorPolice, "Lao security forces": model.SectorPolice, "Myanmar military": model.SectorMilitary,
		"Phnom Penh Municipal Court": model.SectorJudiciary, "Senate of Cambodia": model.SectorLegislature,
		"Ministry of Interior": model.SectorGovernment, "Office of Foreign Assets Control": model.SectorGovernment,
		"United Nations Office on Drugs and Crime": model.SectorIntergov, "Radio Free Asia": model.SectorMedia,
		"Humanity Research Consultancy": model.SectorNGO, "Chulalongkorn University": model.SectorAcademic,
		"Cambodia Chamber of Commerce": model.SectorBusinessAssn, "Golden Lotus": "",
	} {
		if got := sectorOf(name); got != want {
			t.Errorf("sectorOf(%q) = %q, want %q", name, got, want)
		}
	}
}
