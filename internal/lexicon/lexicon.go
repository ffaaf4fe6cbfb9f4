// Package lexicon is the one home of the word lists that extraction and resolution read:
// titles and honorifics, company forms, site and organisation cues, hedges, attributions and
// denials. Each list is a text file in this folder (one entry a line, "#" starts a comment),
// embedded in the binary, so changing a list is editing one file.
//
// Every accessor parses its file anew and returns a value of its own: callers build their
// tables once (at package initialisation) and only read them, and no caller can change what
// another one sees.
package lexicon

import (
	"embed"
	"fmt"
	"regexp"
	"strings"
)

//go:embed *.txt
var files embed.FS

// Set is a word list keyed by its entries (lower case where the list says so). A missing
// word reads as false.
type Set = map[string]bool

// Entries returns the entries of the list name (the file name without ".txt"), in file
// order. It panics when the list does not exist: the lists are compiled in, so a missing one
// is a programming error that every test run meets.
func Entries(name string) []string {
	b, err := files.ReadFile(name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("lexicon: no list %q: %v", name, err))
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// set builds a Set from a list.
func set(name string) Set {
	es := Entries(name)
	m := make(Set, len(es))
	for _, e := range es {
		m[e] = true
	}
	return m
}

// pattern compiles a list of regular-expression alternatives, matched case-insensitively.
// Alternatives that start with a Latin letter are matched as whole words; others (Chinese)
// anywhere, since a word boundary means nothing between two characters.
func pattern(name string) *regexp.Regexp {
	var words, other []string
	for _, e := range Entries(name) {
		if c := e[0]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '(' {
			words = append(words, e)
		} else {
			other = append(other, e)
		}
	}
	expr := `(?i)\b(?:` + strings.Join(words, "|") + `)\b`
	if len(other) > 0 {
		expr += "|" + strings.Join(other, "|")
	}
	return regexp.MustCompile(expr)
}

// Names: words around people's, companies', sites' and places' names.

// TitleWords precede a person's name and are not part of it.
func TitleWords() Set { return set("title-words") }

// PersonTitles make the following name a person even without other cues.
func PersonTitles() Set { return set("person-titles") }

// Honorifics are written before Burmese, Khmer and Karen names (U, Daw, Oknha).
func Honorifics() Set { return set("honorifics") }

// NameTitles are removed from the front of a person's name before it keys a merge.
func NameTitles() Set { return set("name-titles") }

// NameTitlePhrases are multi-word honorifics removed as a unit, each split into its words.
func NameTitlePhrases() [][]string {
	var out [][]string
	for _, p := range Entries("name-title-phrases") {
		out = append(out, strings.Fields(p))
	}
	return out
}

// CompanyEnds end a company name in running text.
func CompanyEnds() Set { return set("company-ends") }

// LegalForms are dropped when extraction compares company names.
func LegalForms() Set { return set("legal-forms") }

// CompanyForms are the legal forms resolution folds out of company names.
func CompanyForms() Set { return set("company-forms") }

// GroupWords are folded in resolution's broader step ("Prince Holding Group" = "Prince Group").
func GroupWords() Set { return set("group-words") }

// ListedCompanyWords mark a registered business in a sanctions-list name.
func ListedCompanyWords() Set { return set("listed-company-words") }

// CompoundCues mark scam compounds, casino complexes, parks and zones inside a name.
func CompoundCues() Set { return set("compound-cues") }

// StrongCompoundCues decide the type on their own at the end of a name.
func StrongCompoundCues() Set { return set("compound-cues-strong") }

// CompoundFollowers are lower-case words that make the name before them a compound.
func CompoundFollowers() Set { return set("compound-followers") }

// SiteEnds end the name of a site in a sanctions list.
func SiteEnds() Set { return set("site-ends") }

// SpellingVariants maps each British or American spelling of a word in bodies' names to
// the other one.
func SpellingVariants() map[string]string {
	m := map[string]string{}
	for _, e := range Entries("spelling-variants") {
		f := strings.Fields(e)
		if len(f) == 2 {
			m[f[0]], m[f[1]] = f[1], f[0]
		}
	}
	return m
}

// RankAbbreviations are ranks and titles abbreviated with a period before a name.
func RankAbbreviations() Set { return set("rank-abbreviations") }

// OrganizationCues mark government bodies, courts, armed groups, NGOs and media.
func OrganizationCues() Set { return set("organization-cues") }

// GenericBodies are bodies every country has ("ministry of foreign affairs"), lower case.
func GenericBodies() Set { return set("generic-bodies") }

// LocationEnds end a place name.
func LocationEnds() Set { return set("location-ends") }

// LocationFollowers are lower-case words that make the name before them a place.
func LocationFollowers() Set { return set("location-followers") }

// Demonyms are adjectives of nationality and region, never entities alone.
func Demonyms() Set { return set("demonyms") }

// NotNames are capitalised words that name nothing alone.
func NotNames() Set { return set("not-names") }

// PersonVerbs follow a person's name.
func PersonVerbs() Set { return set("person-verbs") }

// NameParticles may sit inside a name in lower case.
func NameParticles() Set { return set("name-particles") }

// HanSurnames are the commonest Chinese surnames in characters.
func HanSurnames() Set { return set("han-surnames") }

// ChineseSurnames are common Chinese surnames in pinyin.
func ChineseSurnames() Set { return set("chinese-surnames") }

// CompoundSurnames are two-character Chinese surnames in pinyin.
func CompoundSurnames() Set { return set("compound-surnames") }

// Kin are family ties between people.
func Kin() Set { return set("kin") }

// KinPattern is the kin nouns as one regular-expression alternation, for rules that read
// them inside a longer pattern.
func KinPattern() string {
	es := Entries("kin")
	for i, e := range es {
		es[i] = regexp.QuoteMeta(e)
	}
	return `(?:` + strings.Join(es, "|") + `)`
}

// Grades: cues that lower the grade of a claim.

// Hedges match a hedge ("reportedly", "according to", "some reports").
func Hedges() *regexp.Regexp { return pattern("hedges") }

// Attributions match a speech verb that attributes a claim ("said", "told").
func Attributions() *regexp.Regexp { return pattern("attributions") }

// Denials match a denial ("denied", "has no links to", "否认").
func Denials() *regexp.Regexp { return pattern("denials") }

// OfficialActs match an act of an authority ("sanctioned", "raided", "found that").
func OfficialActs() *regexp.Regexp { return pattern("official-acts") }

// Names from context (extract/name_tails.go).

// Legislatures are bodies a single capitalised word names ("the Senate", "Parliament").
func Legislatures() Set { return set("legislatures") }

// LegislatureNouns are things of a legislature named after its word ("a Senate hearing"): the word then names no body.
func LegislatureNouns() Set { return set("legislature-nouns") }

// CompassWords are bearing words that open the names of regions ("South Asia", "Western Visayas").
func CompassWords() Set { return set("compass-words") }

// PeopleFrom are people said to come from a place ("workers from X"): the name after "from" is a place.
func PeopleFrom() Set { return set("people-from") }

// FirmNouns are nouns of a business whose town may stand before them ("a Nairobi company").
func FirmNouns() Set { return set("firm-nouns") }

// OffenceNouns are words that end the capitalised names of offences, sums and lists, never a person's ("Wire Fraud", "Two Million Pesos").
func OffenceNouns() Set { return set("offence-nouns") }

// VerdictWords are verdict words after a defendant's name in capitals ("finds MARIA SANTOS GUILTY"), no part of it.
func VerdictWords() Set { return set("verdict-words") }

// BusinessNouns are nouns of a business that a name after "called" or "named" is ("a company called X").
func BusinessNouns() Set { return set("business-nouns") }

// LocusNouns are nouns of a business or body that head an apposition placing a name ("X, a
// services provider located in Singapore"), beside the site words extract keeps.
func LocusNouns() Set { return set("locus-nouns") }

// ActingFor are the people who act for a person (a lawyer, an interpreter): the person's
// associates.
func ActingFor() []string { return Entries("acting-for") }

// ReferenceHeads are the lines of the reference-heads list: a head noun of a definite
// description, the entity types it may stand for, and "named" when only a name carrying the
// noun may be meant.
func ReferenceHeads() []string { return Entries("reference-heads") }

// ForceBodyHeads end the name of a state's police or armed forces, a body that holds units
// named before it with "of" ("Brigade 9 of the Royal Armed Forces"), lower case.
func ForceBodyHeads() Set { return set("force-body-heads") }

// StaffPosts are posts without leadership in a company or public body ("consultant",
// "team leader"), lower case: a person so named with a body is EMPLOYED_BY it.
func StaffPosts() []string { return Entries("staff-posts") }

// PostModifiers are words that may stand before a post without changing it ("external
// accountant", "in-house lawyer").
func PostModifiers() []string { return Entries("post-modifiers") }

// SanctionOffices are the lines of the sanction-offices list: a state, "office" or "parent",
// and the lower-case name of a sanctions office or of the state or department it acts for.
func SanctionOffices() []string { return Entries("sanction-offices") }

// ForceModifiedNouns follow a phrase for a state's forces that only modifies them
// ("Cambodian police officers", "a Lao government statement"), lower case.
func ForceModifiedNouns() Set { return set("force-modified-nouns") }

// KoreanSurnames are common Korean surnames in their usual romanisations, lower case.
func KoreanSurnames() Set { return set("korean-surnames") }

// WordSurnames are surnames spelt like common English words ("Sim", "Men"), lower case.
func WordSurnames() Set { return set("word-surnames") }

// PostFields are the fields of work that narrow a post to a part of a body ("finance",
// "sales", "human resources"), lower case.
func PostFields() Set { return set("post-fields") }

// PairNouns are the lines of the pair-nouns list: a plural noun that after "the two" or
// "both" stands for two entities named before, and the type both must have.
func PairNouns() []string { return Entries("pair-nouns") }

// DescribedBodyHeads are head nouns of a description a post's body takes before its name is
// set off after a comma ("the board of its parent, X").
func DescribedBodyHeads() Set { return set("described-body-heads") }
