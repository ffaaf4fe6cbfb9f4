package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// sameShortForm keeps a bare surname on the person it first stood for. When two people share
// it ("Oknha Heng Vuthy" and his daughter "Heng Sreypich"), a writer goes on calling the first
// "Heng" and calls the second by a fuller or another name; the nearest full name, which is
// what shortFormTarget reads, would hand a later "a partner of Heng" to the daughter named
// just before. shortOf maps a short form's key to the person it first joined; target is what
// shortFormTarget chose for mention i.
func sameShortForm(ents []*docEntity, cands []candidate, i, target int, shortOf map[string]int) int {
	if target < 0 || ents[target].typ != model.Person {
		return target
	}
	word := NameKey(cands[i].text)
	if prior, ok := shortOf[word]; ok && prior != target && ents[prior].typ == model.Person {
		for _, p := range ents[prior].parts {
			if p == word {
				return prior
			}
		}
	}
	if _, ok := shortOf[word]; !ok {
		shortOf[word] = target
	}
	return target
}

// frontedPrepositions open a phrase set before a clause's subject: "Through her lawyer,
// Villacorte said" names the speaker after the comma, not the lawyer.
var frontedPrepositions = set("through", "via", "by", "with", "from", "to", "for", "according")

// frontedPhrase reports that the possessive at offset s follows a preposition: the phrase it
// opens ends at the comma, and the name after the comma is the clause's subject.
func frontedPhrase(text string, s int) bool {
	k := s
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	j := k
	for j > 0 && isWordByte(text[j-1]) {
		j--
	}
	return j < k && frontedPrepositions[strings.ToLower(text[j:k])]
}

// partyRoles are the posts through which a person "of" a political party belongs to it.
var partyRoles = set("", "mp", "member", "lawmaker", "legislator", "senator", "congressman", "congresswoman",
	"representative", "councillor", "councilor", "candidate")

// partyTie reads a person's tie to a political party ("MP Prasert Khamkaew of the Pheu Thai
// Party") as membership: a party's lawmakers and members belong to it, they are not its staff.
func partyTie(pred, role string, obj *docEntity) string {
	if pred != model.EmployedBy || obj.typ != model.Organization || !partyRoles[strings.ToLower(strings.TrimSpace(role))] {
		return pred
	}
	f := strings.Fields(strings.ToLower(obj.name))
	if len(f) > 1 && f[len(f)-1] == "party" {
		return model.MemberOf
	}
	return pred
}
