package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Guards against typed edges the sentence does not state, checked where a pair's relation
// is added (relations.go).

// countryInCountry reports a LOCATED_IN between two countries: a country lies in no other
// country, so two country names joined by a place reading ("the border between Thailand's
// Tak province and Myanmar's Karen State") have been read across a coordination or a
// possessive, never stated as one inside the other.
func countryInCountry(pred, subject, object string) bool {
	return pred == model.LocatedIn && isCountry(subject) && isCountry(object)
}

// openRelative reports a first conjunct that ends inside a relative clause not closed by a
// comma before "and": in "X is the manager of A, which built and runs B" the verbs after
// "which" are coordinated inside the clause, so their subject is A, not X. A clause closed
// by a comma ("X runs A, which owns B, and chairs C") leaves the second verb to X, and so
// does a clause on X itself ("X, who owns A and chairs B").
func openRelative(first string) bool {
	if strings.HasSuffix(strings.TrimSpace(first), ",") {
		return false
	}
	loc := reInsertedRelative.FindStringIndex(first)
	return loc != nil && loc[0] > 0
}

// reRoleThenName is the gap between a body's name and a person's name when the body's name
// modifies a post held by that person: "Huanya executive ", "Hengda Holdings chairman Pol
// Lt Gen ".
var reRoleThenName = regexp.MustCompile(`^\s+(?:[a-z-]+\s+)?(?:executive|executives|chairman|chairwoman|boss|director|manager|official|founder|owner|president|chief|head|employee|shareholder|commander|spokesman|spokeswoman|spokesperson|lawyer|representative|agent|officer|staffer)\s+(?:[A-Z][A-Za-z]*\.?\s+){0,4}[A-Z][a-z]`)

// bodyOfNamedPerson reports a body read as the agent of a site's owning, running or
// guarding when its name, the second of the pair ending at end, only modifies the post of a
// person named right after it ("a compound run by Huanya executive Xie Yunfeng"): the person
// is the agent the sentence names, and the body is where the person works.
func bodyOfNamedPerson(pred, subjectType, text string, end int) bool {
	if subjectType == model.Person || end > len(text) || pred != model.Owns && pred != model.Operates && pred != model.Protects {
		return false
	}
	return reRoleThenName.MatchString(text[end:min(len(text), end+80)])
}

// reMeansBefore ends the words before a name that is the object of a preposition of means:
// "and, through its subsidiary ", "via the ".
var reMeansBefore = regexp.MustCompile(`(?i)\b(?:through|via|using)\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[a-z-]+\s+){0,2}$`)

// prepObjectBefore reports a first name that is the object of a preposition of means set off
// by commas ("X owns A and, through its subsidiary B, also owns C"): the verb after the
// closing comma is the clause subject's (X), not B's.
// A relative clause after the comma ("through B, which owns C") is B's own.
func prepObjectBefore(text string, start int, gap string) bool {
	g := strings.TrimLeft(gap, " ")
	if !strings.HasPrefix(g, ",") || start > len(text) {
		return false
	}
	switch w, _, _ := strings.Cut(strings.TrimLeft(g[1:], " "), " "); strings.ToLower(w) {
	case "which", "who", "that", "whose":
		return false
	}
	return reMeansBefore.MatchString(text[max(0, start-60):start])
}

// riverInPlace reports a river as what LOCATED_IN places: a river runs through many places
// and lies in none of them, so "a tower on the Mekong in Ton Pheung district" places the
// tower, which "on the Mekong" only describes.
func riverInPlace(pred, subjectType, subject string) bool {
	if pred != model.LocatedIn || subjectType != model.Location {
		return false
	}
	f := strings.Fields(strings.ToLower(subject))
	if len(f) == 0 {
		return false
	}
	return f[len(f)-1] == "river" || bareRivers[f[len(f)-1]] // bare_rivers.go
}

// fieldAfterPost reports the words after a post naming a field of work ("of human
// resources", "for security"): "Haifeng Digital's director of human resources" heads one
// part of the firm and is held as staff (EMPLOYED_BY), as "its human resources director" is
// (post_fields.go); the post alone ("Haifeng Digital's director") still leads the firm.
func fieldAfterPost(rest []string) bool {
	if len(rest) < 2 || rest[0] != "of" && rest[0] != "for" {
		return false
	}
	return postFields[strings.Join(rest[1:], " ")]
}

// fieldInPost reports a post whose words end in "of" or "for" and a field of work
// ("manager of finance").
func fieldInPost(post string) bool {
	f := strings.Fields(post)
	for i := 1; i < len(f)-1; i++ {
		if f[i] == "of" || f[i] == "for" {
			return fieldAfterPost(f[i:])
		}
	}
	return false
}

// rePossessedConjunct ends the words before a list item that a possessive pronoun ties to
// the item before it: "and his firm ", "and their company ".
var rePossessedConjunct = regexp.MustCompile(`(?i)\b(?:and|or)\s+(?:his|her|their|its)\s+(?:[a-z-]+\s+){0,2}$`)

// possessedConjunct reports a list item named as something the previous item has ("Golden
// Hill Park's owner Aung Myo Htet and his firm Golden Hill Investment"): what the words
// before the list say of the first item (its owner) is not said of this one.
func possessedConjunct(text string, start int) bool {
	return start <= len(text) && rePossessedConjunct.MatchString(text[max(0, start-40):start])
}

// slashJoined reports a pair whose first name starts, or whose second name ends, at a slash
// that joins it to another name ("an officer of the KNU/KNLA Peace Council"): the name is
// one part of a longer name (here another body), so no tie of the part is stated.
func slashJoined(text string, start, end int) bool {
	if start > 0 && start <= len(text) && text[start-1] == '/' {
		return true
	}
	return end >= 0 && end+1 < len(text) && text[end] == '/' && text[end+1] >= 'A' && text[end+1] <= 'Z'
}

// titleBefore reports a person's name written after the description's head as a title
// ("Senator Meas Sophal", "tycoon Chhay Sovannarith", "Oknha Senator Keo Vuthy"): a later
// "the senator" is that person, not the nearest person named (his wife named after him).
func titleBefore(text string, c candidate, ents []*docEntity, head string) bool {
	if ents[c.ent].typ != model.Person || c.s > len(text) || head == "" {
		return false
	}
	before := strings.ToLower(text[max(0, c.s-40):c.s])
	f := strings.Fields(before)
	// The head is the word right before the name, or before one more title ("Senator
	// Oknha X").
	for i := len(f) - 1; i >= 0 && i >= len(f)-2; i-- {
		if strings.TrimRight(f[i], ".,") == head {
			return strings.HasSuffix(before, " ") || strings.HasSuffix(before, "\u00a0")
		}
	}
	return false
}

// kinOfAgent reports an agent read from the name that ends the pair (at end) when that name
// only owns a kin or partner noun after it ("a developer now chaired by the senator's wife,
// Heng Leakhena"): the wife chairs the firm, not the senator.
func kinOfAgent(pred, text string, end int) bool {
	switch pred {
	case model.Owns, model.Operates, model.Directs, model.Protects, model.EmployedBy, model.MemberOf:
	default:
		return false
	}
	return end >= 0 && end < len(text) && reKinAfter.MatchString(strings.ToLower(text[end:min(len(text), end+50)]))
}

// militaryUnits are the units of an armed body a name may qualify ("a BGF battalion").
var militaryUnits = set("battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "platoon",
	"platoons", "column", "columns", "unit", "units", "division", "divisions", "company-sized")

// commandVerbs head a unit.
var commandVerbs = set("commands", "commanded", "leads", "led", "heads", "headed", "runs", "ran")

// unitOfBodyAfter reports a body's name that only qualifies the unit noun after it ("Saw Eh
// Moo commands a BGF battalion"): the verb's object is the battalion, so its commander leads
// a unit of the body and is one of its members, not its head.
func unitOfBodyAfter(text string, end int, typ string) bool {
	if typ != model.Organization {
		return false
	}
	w, _ := wordAfterSpace(text, end)
	return militaryUnits[w]
}
