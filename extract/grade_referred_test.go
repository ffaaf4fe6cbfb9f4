package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestReferredSpeaker: a role told through a reference with the name in apposition is the
// speaker's subject; a clause or a bare list is not.
func TestReferredSpeaker(t *testing.T) {
	cases := []struct {
		name, in string
		want     bool
	}{
		{"possessive pronoun and role", "His lawyer, Prasit Chaiyo", true},
		{"possessive of a body", "Its commander, Major General Than Htike", true},
		{"possessive of a person", "Somboon's lawyer, Atty. Maria Cruz Dela Pena", true},
		{"definite role", "The district police chief, Lt. Col. Bounmy Phanh", true},
		{"a clause, not a role", "The company sold the land to Chen Wei, Lim Hong", false},
		{"a short clause, not a role", "The firm paid Chen Wei, Lim Hong", false},
		{"no apposed name", "His lawyer Prasit Chaiyo", false},
		{"a name first, no reference", "Prasit Chaiyo, Somboon's lawyer", false},
	}
	for _, c := range cases {
		if got := referredSpeaker(c.in); got != c.want {
			t.Errorf("%s: referredSpeaker(%q) = %v, want %v", c.name, c.in, got, c.want)
		}
	}
}

// TestReferredSubjectSpan: the opening subject of a sentence whose apposed name is the person.
func TestReferredSubjectSpan(t *testing.T) {
	cases := []struct {
		name, sent, person string
		want               int
	}{
		{"definite role", "The district police chief, Lt. Col. Bounmy Phanh, denied the claims.", "Bounmy Phanh", len("The district police chief, Lt. Col. Bounmy Phanh")},
		{"possessive role", "The battalion's commander, Colonel Aung Min, called the report false.", "Aung Min", len("The battalion's commander, Colonel Aung Min")},
		{"another person apposed", "The district police chief, Lt. Col. Bounmy Phanh, denied the claims.", "Somsak Wong", -1},
		{"no apposition", "The district police chief denied that Bounmy Phanh, a captain, took bribes.", "Bounmy Phanh", -1},
		{"a name opens the sentence, role without a reference", "Bounmy Phanh, the district police chief, denied the claims.", "Bounmy Phanh", -1},
		{"a name, then a role of a referred body", "Kim Sok, a spokesman for the provincial police, said the claims would be examined.", "Kim Sok", len("Kim Sok, a spokesman for the provincial police")},
		{"a name, then a role of a referred body, another person", "Kim Sok, a spokesman for the provincial police, said Chea Dara had left.", "Chea Dara", -1},
		{"a name, then a clause", "Kim Sok, a man who ran the casino for the provincial police, said nothing.", "Kim Sok", -1},
	}
	for _, c := range cases {
		if got := referredSubjectSpan(c.sent, c.person); got != c.want {
			t.Errorf("%s: referredSubjectSpan = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestReferredSpeakerGrades: the post of a speaker told through a reference to the body of the
// sentence before is reported; what the sentence before attributes, and what the speaker says,
// stay alleged.
func TestReferredSpeakerGrades(t *testing.T) {
	x := newTestExtractor(t)
	news := func(text string) model.Document {
		return model.Document{URL: "https://news.example.org/b", Kind: "article", Text: text}
	}
	cases := []struct {
		name, text, s, p, o, want string
	}{
		{"definite role, then said",
			"Workers said officers from the Koh Kong Provincial Police guarded the Golden Reef compound. The provincial police chief, Brigadier General Prak Sothea, said the claim was false.",
			"Prak Sothea", model.Directs, "Koh Kong Provincial Police", model.Reported},
		{"the workers' claim stays alleged",
			"Workers said officers from the Koh Kong Provincial Police guarded the Golden Reef compound. The provincial police chief, Brigadier General Prak Sothea, said the claim was false.",
			"Koh Kong Provincial Police", model.Protects, "Golden Reef", model.Alleged},
		{"possessive role, then denied",
			"Workers said soldiers of the Border Guard Battalion 1022 guarded the Golden Reef compound. The battalion's commander, Colonel Aung Min, denied the account.",
			"Aung Min", model.Directs, "Border Guard Battalion 1022", model.Reported},
		{"a name, then a role of the body referred to",
			"Workers said officers from the Kampot Provincial Police guarded the Golden Reef compound. Kim Sok, a spokesman for the provincial police, said the claims would be examined.",
			"Kim Sok", model.EmployedBy, "Kampot Provincial Police", model.Reported},
		{"what the lawyer says stays alleged",
			"Chen Weiming was arrested in March. His lawyer, Prasit Chaiyo, said Chen Weiming owned the Golden Reef compound.",
			"Chen Weiming", model.Owns, "Golden Reef", model.Alleged},
	}
	for _, c := range cases {
		if g := gradeOf(x, news(c.text), c.s, c.p, c.o); g != c.want {
			t.Errorf("%s: %s %s %s graded %q, want %q", c.name, c.s, c.p, c.o, g, c.want)
		}
	}
}
