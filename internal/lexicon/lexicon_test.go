package lexicon

import (
	"io/fs"
	"strings"
	"testing"
)

// TestEveryListRead: each embedded file is a list some accessor reads, holds entries, and has
// no entry twice; the pattern lists compile.
func TestEveryListRead(t *testing.T) {
	read := map[string]int{
		"title-words": len(TitleWords()), "person-titles": len(PersonTitles()), "honorifics": len(Honorifics()),
		"name-titles": len(NameTitles()), "name-title-phrases": len(NameTitlePhrases()), "company-ends": len(CompanyEnds()),
		"legal-forms": len(LegalForms()), "company-forms": len(CompanyForms()), "group-words": len(GroupWords()),
		"listed-company-words": len(ListedCompanyWords()), "compound-cues": len(CompoundCues()),
		"compound-cues-strong": len(StrongCompoundCues()), "compound-followers": len(CompoundFollowers()),
		"site-ends": len(SiteEnds()), "organization-cues": len(OrganizationCues()), "generic-bodies": len(GenericBodies()),
		"location-ends": len(LocationEnds()), "location-followers": len(LocationFollowers()), "demonyms": len(Demonyms()),
		"not-names": len(NotNames()), "person-verbs": len(PersonVerbs()), "name-particles": len(NameParticles()),
		"han-surnames": len(HanSurnames()), "chinese-surnames": len(ChineseSurnames()),
		"compound-surnames": len(CompoundSurnames()), "kin": len(Kin()),
		"hedges": Hedges().NumSubexp() + 1, "attributions": Attributions().NumSubexp() + 1,
		"denials": Denials().NumSubexp() + 1, "official-acts": OfficialActs().NumSubexp() + 1,
		"legislatures": len(Legislatures()), "legislature-nouns": len(LegislatureNouns()), "compass-words": len(CompassWords()), "people-from": len(PeopleFrom()), "firm-nouns": len(FirmNouns()), "offence-nouns": len(OffenceNouns()), "verdict-words": len(VerdictWords()), "business-nouns": len(BusinessNouns()),
	}
	read["spelling-variants"] = len(SpellingVariants())
	read["rank-abbreviations"] = len(RankAbbreviations())
	read["acting-for"] = len(ActingFor())
	read["reference-heads"] = len(ReferenceHeads())
	read["force-body-heads"] = len(ForceBodyHeads())
	read["staff-posts"] = len(StaffPosts())
	read["sanction-offices"] = len(SanctionOffices())
	read["force-modified-nouns"] = len(ForceModifiedNouns())
	read["word-surnames"] = len(WordSurnames())
	read["korean-surnames"] = len(KoreanSurnames())
	read["post-fields"] = len(PostFields())
	read["pair-nouns"] = len(PairNouns())
	read["post-modifiers"] = len(PostModifiers())
	read["locus-nouns"] = len(LocusNouns())
	read["described-body-heads"] = len(DescribedBodyHeads())
	names, err := fs.Glob(files, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(read) {
		t.Errorf("%d list files, %d read by accessors", len(names), len(read))
	}
	for _, n := range names {
		name := strings.TrimSuffix(n, ".txt")
		if read[name] == 0 {
			t.Errorf("list %s: no accessor reads it, or it is empty", name)
		}
		seen := map[string]bool{}
		for _, e := range Entries(name) {
			if seen[e] {
				t.Errorf("list %s: %q twice", name, e)
			}
			seen[e] = true
		}
	}
}

// TestListsAreOwnCopies: a caller that changes its table changes no one else's.
func TestListsAreOwnCopies(t *testing.T) {
	a := TitleWords()
	if !a["oknha"] {
		t.Fatal("title words lack oknha")
	}
	delete(a, "oknha")
	a["not-a-title"] = true
	if b := TitleWords(); !b["oknha"] || b["not-a-title"] {
		t.Error("a caller's change to its table reached another caller")
	}
}

// TestWordLists spot-checks entries a rule depends on, and words that must stay out.
func TestWordLists(t *testing.T) {
	cases := []struct {
		list string
		set  Set
		word string
		want bool
	}{
		{"name-titles", NameTitles(), "oknha", true},
		{"name-titles", NameTitles(), "saw", false}, // a Karen name element, not a title
		{"name-titles", NameTitles(), "tan", false}, // "Tan Sri" is removed as a phrase only
		{"company-forms", CompanyForms(), "ltd", true},
		{"company-forms", CompanyForms(), "bank", false}, // "Prince Bank" and "Prince Group" stay apart
		{"site-ends", SiteEnds(), "casino", true},
		{"kin", Kin(), "son-in-law", true},
		{"kin", Kin(), "partner", false}, // an associate, not family
		{"generic-bodies", GenericBodies(), "ministry of foreign affairs", true},
	}
	for _, c := range cases {
		if got := c.set[c.word]; got != c.want {
			t.Errorf("%s[%q] = %v, want %v", c.list, c.word, got, c.want)
		}
	}
	if p := NameTitlePhrases(); len(p) == 0 || len(p[0]) < 2 {
		t.Errorf("title phrases = %v, want multi-word phrases", p)
	}
}

// TestGradeCues: hedges, attributions and denials match the plain ways text says them and
// not words that merely begin the same.
func TestGradeCues(t *testing.T) {
	cases := []struct {
		name  string
		match func(string) bool
		text  string
		want  bool
	}{
		{"denial", Denials().MatchString, "Chen Zhi denied any involvement in the compound.", true},
		{"denial", Denials().MatchString, "The company denies owning the site.", true},
		{"denial", Denials().MatchString, "A spokesman rejected the allegations as baseless.", true},
		{"denial", Denials().MatchString, "The firm said it has no links to the casino.", true},
		{"denial", Denials().MatchString, "He was not involved, his lawyer said.", true},
		{"denial", Denials().MatchString, "集团否认与园区有关。", true},
		{"denial", Denials().MatchString, "Prince Group owns the compound, records show.", false},
		{"denial", Denials().MatchString, "The denizens of the town fled.", false},
		{"denial", Denials().MatchString, "Prosecutors allege he ran the park.", false},
		{"denial", Denials().MatchString, "", false},
		{"hedge", Hedges().MatchString, "The firm reportedly owns the casino.", true},
		{"hedge", Hedges().MatchString, "Some reports have linked him to the park.", true},
		{"hedge", Hedges().MatchString, "The firm owns the casino.", false},
		{"hedge", Hedges().MatchString, "The Allegheny fund owns it.", false},
		{"attribution", Attributions().MatchString, "Workers said the boss ran it.", true},
		{"attribution", Attributions().MatchString, "The boss ran it from Saigon.", false},
		{"attribution", Attributions().MatchString, "Survivors identified its manager as a Thai man.", true},
		{"attribution", Attributions().MatchString, "Two sources in the border town described him as a partner of the owner.", true},
		{"attribution", Attributions().MatchString, "Escapees from the park consistently named the guard commander.", true},
		{"attribution", Attributions().MatchString, "Police identified the manager as a Thai man.", false},
		{"attribution", Attributions().MatchString, "The report named the park's owner.", false},
		{"hedge", Hedges().MatchString, "Workers say the boss ran it.", true},
		{"hedge", Hedges().MatchString, "The boss ran it, as the saying goes.", false},
		{"official act", OfficialActs().MatchString, "Agents arrested the manager.", true},
		{"official act", OfficialActs().MatchString, "The Treasury designated the group.", true},
		{"official act", OfficialActs().MatchString, "The group runs a casino.", false},
	}
	for _, c := range cases {
		if got := c.match(c.text); got != c.want {
			t.Errorf("%s %q = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}
